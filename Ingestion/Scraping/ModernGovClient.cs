using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;

namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>What HTTP offers to ask whether a document changed since it was fetched: its ETag and Last-Modified.</summary>
internal sealed record Validators(string? ETag, DateTimeOffset? LastModified);

/// <summary>A document as the portal served it, with its validators.</summary>
internal sealed record FetchedDocument(byte[] Content, Validators Validators);

/// <summary>
/// The ModernGov web service (<c>{portal}/mgWebService.asmx</c>, plain GETs) and the files a meeting links. The HttpClient
/// it is given carries the politeness and resilience (see <see cref="PortalScraperServiceCollectionExtensions"/>); every
/// failure comes out of here as a <see cref="PortalException"/> naming the URL.
/// </summary>
internal sealed class ModernGovClient(HttpClient http)
{
    /// <summary>The name of the client factory's HttpClient for portals.</summary>
    public const string HttpClientName = "ModernGov";

    private const string DateFormat = "dd/MM/yyyy";

    public static Uri CommitteesUrl(Uri portal) => Service(portal, "GetCommittees");

    /// <remarks>Both dates are required, and must be dd/mm/yyyy: the service ignores an ISO date and answers with everything.</remarks>
    public static Uri MeetingsUrl(Uri portal, int committeeId, DateOnly from, DateOnly to) => Service(portal,
        string.Create(CultureInfo.InvariantCulture, $"GetMeetings?lCommitteeId={committeeId}&sFromDate={from.ToString(DateFormat, CultureInfo.InvariantCulture)}&sToDate={to.ToString(DateFormat, CultureInfo.InvariantCulture)}"));

    public static Uri MeetingUrl(Uri portal, int meetingId) => Service(portal, string.Create(CultureInfo.InvariantCulture, $"GetMeeting?lMeetingId={meetingId}"));

    public async Task<IReadOnlyList<PortalCommittee>> GetCommitteesAsync(Uri portal, CancellationToken cancellationToken)
    {
        var url = CommitteesUrl(portal);
        return ModernGovXml.Committees((await GetAsync(url, null, cancellationToken).ConfigureAwait(false))!.Content, url);
    }

    public async Task<CommitteeMeetings> GetMeetingsAsync(Uri portal, int committeeId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var url = MeetingsUrl(portal, committeeId, from, to);
        return ModernGovXml.Meetings((await GetAsync(url, null, cancellationToken).ConfigureAwait(false))!.Content, url, committeeId);
    }

    /// <summary>The meeting, and the answer's bytes: a document the parser reads when no printed minutes are linked.</summary>
    public async Task<(PortalMeeting Meeting, byte[] Content)> GetMeetingAsync(Uri portal, int meetingId, CancellationToken cancellationToken)
    {
        var url = MeetingUrl(portal, meetingId);
        var content = (await GetAsync(url, null, cancellationToken).ConfigureAwait(false))!.Content;
        var meeting = ModernGovXml.Meeting(content, url);
        return meeting.Id == meetingId ? (meeting, content) : throw new PortalException(url, $"the answer is meeting {meeting.Id}, not {meetingId}.");
    }

    /// <summary>The file, or null when the portal says it has not changed since it had the validators <paramref name="known"/>.</summary>
    public Task<FetchedDocument?> GetDocumentAsync(Uri url, Validators? known, CancellationToken cancellationToken) => GetAsync(url, known, cancellationToken);

    private async Task<FetchedDocument?> GetAsync(Uri url, Validators? known, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (known?.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        try
        {
            // Read whole, so the client's buffer limit (the largest document ingestion reads) bounds the body.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified && known is not null)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new PortalException(url, $"the portal answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new FetchedDocument(content, new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified));
        }
        catch (Exception e) when (e is HttpRequestException or ExecutionRejectedException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Retries spent, a timeout, the circuit open, or a body over the size limit: the run goes on without this answer.
            throw new PortalException(url, e is OperationCanceledException ? "no answer in time." : e.Message, e);
        }
    }

    private static Uri Service(Uri portal, string operation) =>
        new(new Uri(portal.AbsoluteUri.EndsWith('/') ? portal.AbsoluteUri : portal.AbsoluteUri + "/"), "mgWebService.asmx/" + operation);
}
