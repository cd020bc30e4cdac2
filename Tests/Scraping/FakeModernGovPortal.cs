using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilMinutes.Tests.Scraping;

/// <summary>
/// A ModernGov portal on 127.0.0.1 (Kestrel, a free port): <c>mgWebService.asmx</c>'s <c>GetCommittees</c>,
/// <c>GetMeetings</c> and <c>GetMeeting</c> answered in the shapes of the real responses in <c>Fixtures/ModernGovXml</c>
/// (each answer is that fixture with this portal's committees, meetings and links put in), printed minutes served with an
/// ETag and <c>304 Not Modified</c>, and switches for the ways real portals fail.
/// </summary>
internal sealed class FakeModernGovPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, FakeCommittee> _committees = new();
    private readonly ConcurrentDictionary<int, FakeMeeting> _meetings = new();
    private readonly ConcurrentQueue<PortalRequest> _requests = new();
    private readonly ConcurrentDictionary<int, bool> _malformed = new();
    private int _failures;
    private HttpStatusCode _failureStatus;
    private string? _failureRetryAfter;
    private int _inFlight;
    private int _arrivals;
    private int _mostInFlight;

    private FakeModernGovPortal(WebApplication app) => _app = app;

    public static async Task<FakeModernGovPortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var portal = new FakeModernGovPortal(app);
        app.Run(portal.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        portal.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return portal;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The host the scraper files this portal under: <c>127.0.0.1:{port}</c>.</summary>
    public string Host => $"{BaseUrl.Host}:{BaseUrl.Port}";

    /// <summary>Every request answered (or dropped by <see cref="Down"/>), in the order they arrived.</summary>
    public IReadOnlyList<PortalRequest> Requests => [.. _requests];

    /// <summary>How long each answer takes: a slow portal, so that requests overlap if the client lets them.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Requests that arrived, answered or not (<see cref="Requests"/> holds those answered).</summary>
    public int Arrivals => Volatile.Read(ref _arrivals);

    /// <summary>The most requests that were ever being answered at once.</summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    /// <summary>Off, documents carry only Last-Modified, as some servers send them: the scraper must ask with If-Modified-Since.</summary>
    public bool ETags { get; set; } = true;

    /// <summary>Down: every connection is dropped without an answer.</summary>
    public bool Down { get; set; }

    public FakeCommittee AddCommittee(int id, string title, bool deleted = false, bool expired = false) =>
        _committees[id] = new FakeCommittee(id, title, deleted, expired);

    /// <summary>A meeting; with <paramref name="printedMinutes"/> its minutes are published as that PDF, linked from the meeting.</summary>
    public FakeMeeting AddMeeting(int committeeId, int meetingId, DateOnly date, byte[]? printedMinutes = null, bool published = true, bool cancelled = false,
        string publishedAnswer = "meeting_with_minutes.xml") =>
        _meetings[meetingId] = new FakeMeeting(committeeId, meetingId, date)
        {
            PrintedMinutes = printedMinutes, Published = published, Cancelled = cancelled, PublishedAnswer = publishedAnswer,
        };

    public FakeMeeting Meeting(int meetingId) => _meetings[meetingId];

    /// <summary>The next <paramref name="count"/> requests are answered with <paramref name="status"/> (and a Retry-After, if given).</summary>
    public void FailNext(int count, HttpStatusCode status, string? retryAfter = null)
    {
        _failureStatus = status;
        _failureRetryAfter = retryAfter;
        Volatile.Write(ref _failures, count);
    }

    /// <summary>This committee's <c>GetMeetings</c> answers with a truncated document while <paramref name="malformed"/>.</summary>
    public void MalformedMeetings(int committeeId, bool malformed = true) => _malformed[committeeId] = malformed;

    /// <summary>How many times the printed minutes of the meeting were sent in full (not a 304).</summary>
    public int Downloads(int meetingId) =>
        _requests.Count(r => r.Path.StartsWith($"/documents/g{meetingId}/", StringComparison.Ordinal) && r.Status == StatusCodes.Status200OK);

    private async Task AnswerAsync(HttpContext context)
    {
        var arrived = DateTimeOffset.UtcNow;
        Interlocked.Increment(ref _arrivals);
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            InterlockedMax(ref _mostInFlight, inFlight);
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, context.RequestAborted);
            }

            await AnswerNowAsync(context, arrived);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int location, int value)
    {
        for (var seen = Volatile.Read(ref location); value > seen; seen = Volatile.Read(ref location))
        {
            if (Interlocked.CompareExchange(ref location, value, seen) == seen)
            {
                return;
            }
        }
    }

    private async Task AnswerNowAsync(HttpContext context, DateTimeOffset arrived)
    {
        var path = context.Request.Path.Value ?? "";
        var request = new PortalRequest(path + context.Request.QueryString, arrived, context.Request.Headers.UserAgent.ToString(),
            context.Request.Headers.IfNoneMatch.ToString());
        if (Down)
        {
            _requests.Enqueue(request with { Status = 0 });
            context.Abort();
            return;
        }

        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            _requests.Enqueue(request with { Status = (int)_failureStatus });
            context.Response.StatusCode = (int)_failureStatus;
            if (_failureRetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = _failureRetryAfter;
            }

            return;
        }

        if (path.StartsWith("/documents/", StringComparison.Ordinal))
        {
            await ServeDocumentAsync(context, request);
            return;
        }

        var (status, body, contentType) = Answer(path, context.Request.Query);
        _requests.Enqueue(request with { Status = status });
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        }
    }

    private (int Status, byte[]? Body, string? ContentType) Answer(string path, IQueryCollection query)
    {
        const string Xml = "text/xml; charset=utf-8";
        switch (path)
        {
            case "/mgWebService.asmx/GetCommittees":
                return (200, Serialize(Committees()), Xml);
            case "/mgWebService.asmx/GetMeetings":
                var committeeId = int.Parse(query["lCommitteeId"].ToString(), CultureInfo.InvariantCulture);
                var from = DateOnly.ParseExact(query["sFromDate"].ToString(), "dd/MM/yyyy", CultureInfo.InvariantCulture);
                var to = DateOnly.ParseExact(query["sToDate"].ToString(), "dd/MM/yyyy", CultureInfo.InvariantCulture);
                var meetings = Serialize(Meetings(committeeId, from, to));
                return (200, _malformed.GetValueOrDefault(committeeId) ? meetings[..(meetings.Length / 2)] : meetings, Xml);
            case "/mgWebService.asmx/GetMeeting":
                return _meetings.TryGetValue(int.Parse(query["lMeetingId"].ToString(), CultureInfo.InvariantCulture), out var meeting)
                    ? (200, Serialize(Meeting(meeting)), Xml)
                    : (404, null, null);
        }

        return (404, null, null);
    }

    /// <summary>The printed minutes, with an ETag (unless <see cref="ETags"/> is off) and Last-Modified, honouring both conditions.</summary>
    private async Task ServeDocumentAsync(HttpContext context, PortalRequest request)
    {
        var printed = _meetings.Values.FirstOrDefault(m => m.PrintedMinutesPath == context.Request.Path.Value);
        if (printed is not { PrintedMinutes: { } pdf, Published: true })
        {
            _requests.Enqueue(request with { Status = 404 });
            context.Response.StatusCode = 404;
            return;
        }

        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))[..16]}\"";
        var headers = context.Request.GetTypedHeaders();
        var unchanged = ETags && headers.IfNoneMatch.Count > 0
            ? headers.IfNoneMatch.Any(tag => tag.Tag == etag)
            : headers.IfModifiedSince is { } since && printed.LastModified <= since;
        if (ETags)
        {
            context.Response.Headers.ETag = etag;
        }

        context.Response.GetTypedHeaders().LastModified = printed.LastModified;
        _requests.Enqueue(request with { Status = unchanged ? 304 : 200 });
        context.Response.StatusCode = unchanged ? 304 : 200;
        if (!unchanged)
        {
            context.Response.ContentType = "application/pdf";
            await context.Response.Body.WriteAsync(pdf);
        }
    }

    private XDocument Committees()
    {
        var document = Fixture("committees.xml");
        var template = document.Root!.Element("committee")!;
        document.Root.Elements("committee").Remove();
        document.Root.Element("committeescount")!.Value = $" {_committees.Count}";
        foreach (var committee in _committees.Values.OrderBy(c => c.Id))
        {
            var element = new XElement(template);
            element.Element("committeeid")!.Value = committee.Id.ToString(CultureInfo.InvariantCulture);
            element.Element("committeetitle")!.Value = committee.Title;
            element.Element("committeedeleted")!.Value = committee.Deleted ? "True" : "False";
            element.Element("committeeexpired")!.Value = committee.Expired ? "True" : "False";
            document.Root.Add(element);
        }

        return document;
    }

    private XDocument Meetings(int committeeId, DateOnly from, DateOnly to)
    {
        var document = Fixture("meetings.xml");
        var committee = document.Root!.Element("committee")!;
        var template = committee.Element("committeemeetings")!.Element("meeting")!;
        var meetings = _meetings.Values.Where(m => m.CommitteeId == committeeId && m.Date >= from && m.Date <= to).OrderBy(m => m.Date).ToList();
        if (meetings.Count == 0 || !_committees.TryGetValue(committeeId, out var known))
        {
            // As the service answers a window with no meetings: no committee element at all.
            committee.Remove();
            document.Root.Element("meetingscount")!.Value = " 0";
            document.Root.Element("committeescount")!.Value = " 0";
            return document;
        }

        committee.Element("committeeid")!.Value = committeeId.ToString(CultureInfo.InvariantCulture);
        committee.Element("committeetitle")!.Value = known.Title;
        committee.Element("committeemeetings")!.RemoveNodes();
        foreach (var meeting in meetings)
        {
            var element = new XElement(template);
            element.Element("meetingid")!.Value = meeting.Id.ToString(CultureInfo.InvariantCulture);
            element.Element("meetingdate")!.Value = meeting.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            element.Element("meetingstatus")!.Value = meeting.Cancelled ? "Cancelled" : "Confirmed";
            committee.Element("committeemeetings")!.Add(element);
        }

        return document;
    }

    private XDocument Meeting(FakeMeeting meeting)
    {
        var document = Fixture(meeting.Published ? meeting.PublishedAnswer : "meeting_no_minutes.xml");
        var root = document.Root!;
        root.Element("meetingid")!.Value = meeting.Id.ToString(CultureInfo.InvariantCulture);
        root.Element("meetingdate")!.Value = meeting.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        root.Element("meetingstatus")!.Value = meeting.Cancelled ? "Cancelled" : "Confirmed";
        root.Element("minutepublished")!.Value = meeting.Published ? "True" : "False";
        if (meeting.Published && meeting.PrintedMinutes is not null)
        {
            // The real answer's first item (approving the previous minutes) links those; the printed minutes hang from the last.
            var doc = new XElement(root.Descendants("linkeddoc").First());
            doc.Element("title")!.Value = $"Printed minutes {meeting.Date:dd/MM/yyyy}";
            doc.Element("url")!.Value = new Uri(BaseUrl, meeting.PrintedMinutesPath).AbsoluteUri;
            root.Element("agendaitems")!.Elements("agendaitem").Last().Element("linkeddocuments")?.Add(doc);
        }

        return document;
    }

    private static XDocument Fixture(string name) => XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ModernGovXml", name));

    private static byte[] Serialize(XDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A committee the fake portal lists.</summary>
internal sealed record FakeCommittee(int Id, string Title, bool Deleted, bool Expired);

/// <summary>A meeting on the fake portal; its minutes can be published or corrected while the portal runs.</summary>
internal sealed class FakeMeeting(int committeeId, int id, DateOnly date)
{
    public int CommitteeId { get; } = committeeId;

    public int Id { get; } = id;

    public DateOnly Date { get; } = date;

    public bool Cancelled { get; set; }

    public bool Published { get; set; }

    /// <summary>The PDF; setting it (a correction) moves <see cref="LastModified"/> on by a minute at least.</summary>
    public byte[]? PrintedMinutes
    {
        get;
        set
        {
            field = value;
            var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            LastModified = now > LastModified.AddMinutes(1) ? now : LastModified.AddMinutes(1);
        }
    }

    /// <summary>When the PDF last changed, to the second as HTTP dates go.</summary>
    public DateTimeOffset LastModified { get; private set; } = DateTimeOffset.UnixEpoch;

    /// <summary>The fixture <c>GetMeeting</c> answers from once the minutes are published.</summary>
    public string PublishedAnswer { get; init; } = "meeting_with_minutes.xml";

    /// <summary>Where ModernGov files printed minutes (spaces and all).</summary>
    public string PrintedMinutesPath => $"/documents/g{Id}/Printed minutes {Date:ddMMyyyy} 18.30 Committee.pdf";
}

/// <summary>A request the fake portal received, and the status it answered (0: the connection was dropped).</summary>
internal sealed record PortalRequest(string Path, DateTimeOffset At, string UserAgent, string IfNoneMatch, int Status = 0);
