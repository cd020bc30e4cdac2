using System.Net;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Scraping;
using CouncilMinutes.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Tests.Scraping;

/// <summary>
/// The scraper against a fake ModernGov portal on a real socket and a real Azurite. Each test has a portal of its own, on
/// its own port, so its inbox folder and scrape-state partition (both named after host and port) are its own too.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PortalScraperTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Audit = 144;
    private const int Galleries = 163;

    private static readonly byte[] PrintedPdf = File.ReadAllBytes(Parse.CorpusPath("printed", "halton-cyp-2024-09-09.pdf"));

    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero));
    private FakeModernGovPortal _portal = null!;
    private PipelineHost _host = null!;

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    public async Task InitializeAsync()
    {
        _portal = await FakeModernGovPortal.StartAsync();
        _host = await PipelineHost.StartAsync(azurite, Settings(_portal), configure: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _portal.DisposeAsync();
    }

    /// <summary>Fast but otherwise as deployed: no spacing, retries after milliseconds, unless a test says otherwise.</summary>
    internal static Dictionary<string, string?> Settings(FakeModernGovPortal portal) => new()
    {
        ["Portal:BaseUrl"] = portal.BaseUrl.AbsoluteUri,
        ["Portal:Council"] = "Halton Borough Council",
        ["Portal:Contact"] = "https://example.org/minutes-pipeline",
        ["Portal:MinDelay"] = "00:00:00",
        ["Portal:RetryDelay"] = "00:00:00.010",
        ["Portal:RequestTimeout"] = "00:00:05",
        ["Portal:TotalRequestTimeout"] = "00:00:20",
    };

    private PortalScraper Scraper => _host.Service<PortalScraper>();

    [Fact]
    public async Task First_run_uploads_each_published_meeting_once_with_its_hints_and_a_second_run_uploads_nothing()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddCommittee(Galleries, "Art Galleries Committee");
        _portal.AddMeeting(Audit, 5001, Today.AddDays(-20), PrintedPdf);
        _portal.AddMeeting(Galleries, 5002, Today.AddDays(-10)); // minutes published, no printed minutes linked

        var first = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((2, 2, 2, 0, 0), (first.Committees, first.MeetingsSeen, first.DocumentsUploaded, first.SkippedUnchanged, first.Failed));
        var blobs = await InboxAsync();
        Assert.Equal([$"portal/{_portal.Host}/{Audit}/5001/minutes.pdf", $"portal/{_portal.Host}/{Galleries}/5002/meeting.xml"], blobs.Keys);
        Assert.Equal(PrintedPdf, await ContentAsync(blobs.Keys.First()));

        var pdf = blobs[$"portal/{_portal.Host}/{Audit}/5001/minutes.pdf"];
        Assert.Equal("Audit%20Committee", pdf[IngestionService.Metadata.Committee]);
        Assert.Equal(Today.AddDays(-20).ToString("yyyy-MM-dd", null), pdf[IngestionService.Metadata.MeetingDate]);
        Assert.Equal("5001", pdf[IngestionService.Metadata.MeetingId]);
        Assert.Equal("144", pdf[IngestionService.Metadata.CommitteeId]);
        Assert.Equal(_portal.Host, pdf[IngestionService.Metadata.Portal]);
        Assert.Equal("Halton%20Borough%20Council", pdf[IngestionService.Metadata.Council]);
        Assert.Contains("%2Fdocuments%2Fg5001%2F", pdf[IngestionService.Metadata.SourceUrl], StringComparison.Ordinal);
        Assert.Contains("GetMeeting%3FlMeetingId%3D5002", blobs[$"portal/{_portal.Host}/{Galleries}/5002/meeting.xml"][IngestionService.Metadata.SourceUrl],
            StringComparison.Ordinal);

        var second = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((2, 0, 2, 0), (second.MeetingsSeen, second.DocumentsUploaded, second.SkippedUnchanged, second.Failed));
        Assert.Equal(blobs.Values.Select(m => m[IngestionService.Metadata.ContentHash]), (await InboxAsync()).Values.Select(m => m[IngestionService.Metadata.ContentHash]));

        // The second run asked with the ETag it had, and the portal did not send the PDF again.
        Assert.Equal(1, _portal.Downloads(5001));
        Assert.Contains(_portal.Requests, r => r.Path.StartsWith("/documents/g5001/", StringComparison.Ordinal) && r.Status == 304 && r.IfNoneMatch.Length > 0);
    }

    [Fact]
    public async Task A_corrected_pdf_is_uploaded_once_more_and_then_left_alone()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        var meeting = _portal.AddMeeting(Audit, 5101, Today.AddDays(-5), PrintedPdf);
        await Scraper.RunAsync(CancellationToken.None);

        byte[] corrected = [.. PrintedPdf, .. "\n% corrected\n"u8];
        meeting.PrintedMinutes = corrected;
        var afterCorrection = await Scraper.RunAsync(CancellationToken.None);
        var later = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal(1, afterCorrection.DocumentsUploaded);
        Assert.Equal((0, 1), (later.DocumentsUploaded, later.SkippedUnchanged));
        Assert.Equal(corrected, await ContentAsync($"portal/{_portal.Host}/{Audit}/5101/minutes.pdf"));
        Assert.Single(await InboxAsync());
    }

    [Fact]
    public async Task A_server_that_gives_only_last_modified_is_asked_if_modified_since_and_a_correction_still_gets_through()
    {
        _portal.ETags = false;
        _portal.AddCommittee(Audit, "Audit Committee");
        var meeting = _portal.AddMeeting(Audit, 5151, Today.AddDays(-5), PrintedPdf);

        var first = await Scraper.RunAsync(CancellationToken.None);
        var second = await Scraper.RunAsync(CancellationToken.None);
        meeting.PrintedMinutes = [.. PrintedPdf, .. "\n% corrected\n"u8];
        var corrected = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((1, 0, 1), (first.DocumentsUploaded, second.DocumentsUploaded, corrected.DocumentsUploaded));
        Assert.Equal(2, _portal.Downloads(5151)); // the second run's 304 sent nothing
        Assert.Equal(meeting.PrintedMinutes, await ContentAsync($"portal/{_portal.Host}/{Audit}/5151/minutes.pdf"));
    }

    [Fact]
    public async Task Cancelled_and_unpublished_meetings_are_skipped_and_the_unpublished_one_is_picked_up_once_published()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddMeeting(Audit, 5201, Today.AddDays(-30), PrintedPdf, cancelled: true);
        var pending = _portal.AddMeeting(Audit, 5202, Today.AddDays(-3), PrintedPdf, published: false);

        var before = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((2, 0, 1, 1, 0), (before.MeetingsSeen, before.DocumentsUploaded, before.NotYetPublished, before.Cancelled, before.Failed));
        Assert.Empty(await InboxAsync());
        Assert.DoesNotContain(_portal.Requests, r => r.Path.Contains("lMeetingId=5201", StringComparison.Ordinal)); // the listing said so
        Assert.Equal(0, _portal.Downloads(5202));

        pending.Published = true;
        _clock.Advance(TimeSpan.FromDays(2));
        var after = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), (after.DocumentsUploaded, after.NotYetPublished));
        Assert.Equal([$"portal/{_portal.Host}/{Audit}/5202/minutes.pdf"], (await InboxAsync()).Keys);
    }

    [Fact]
    public async Task Intermittent_500s_and_a_429_with_retry_after_are_ridden_out_and_the_run_completes()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddMeeting(Audit, 5301, Today.AddDays(-7), PrintedPdf);
        _portal.AddMeeting(Audit, 5302, Today.AddDays(-6), PrintedPdf);

        _portal.FailNext(2, HttpStatusCode.InternalServerError);
        var first = await Scraper.RunAsync(CancellationToken.None);
        Assert.Equal((2, 0), (first.DocumentsUploaded, first.Failed));

        _portal.AddMeeting(Audit, 5303, Today.AddDays(-1), PrintedPdf);
        _portal.FailNext(1, HttpStatusCode.TooManyRequests, retryAfter: "1");
        var second = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((1, 2, 0), (second.DocumentsUploaded, second.SkippedUnchanged, second.Failed));
        var requests = _portal.Requests;
        var refused = requests.ToList().FindLastIndex(r => r.Status == 429);
        var wait = requests[refused + 1].At - requests[refused].At;

        // The portal asked for a second's rest, far longer than the configured 10 ms backoff: it got it.
        Assert.True(wait >= TimeSpan.FromSeconds(0.9), $"retried after {wait.TotalMilliseconds} ms");
        Assert.Equal(3, (await InboxAsync()).Count);
    }

    [Fact]
    public async Task A_portal_that_is_down_fails_the_run_cleanly_and_a_later_run_catches_up_on_what_it_missed()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddMeeting(Audit, 5401, Today.AddDays(-1), published: false, printedMinutes: PrintedPdf);
        await Scraper.RunAsync(CancellationToken.None); // a good run: the committee's cursor is today

        _portal.Meeting(5401).Published = true;
        _portal.Down = true;
        _clock.Advance(TimeSpan.FromDays(30));
        var down = await Scraper.RunAsync(new ScrapeRequest(), null, CancellationToken.None);
        var scheduled = await Assert.ThrowsAsync<PortalException>(() => Scraper.RunAsync(CancellationToken.None)); // the timer's run fails, visibly

        Assert.True(down.PortalUnreachable);
        Assert.EndsWith("/mgWebService.asmx/GetCommittees", scheduled.Url!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal((0, 0, 1), (down.MeetingsSeen, down.DocumentsUploaded, down.Failed));
        var failure = Assert.Single(down.CommitteeFailures);
        Assert.Null(failure.CommitteeId); // the committee list itself: no committee was looked at
        Assert.EndsWith("/mgWebService.asmx/GetCommittees", failure.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Empty(await InboxAsync());

        // Back 70 days after the last good run: the meeting is older than the usual 60-day window, which reaches back from that run.
        _portal.Down = false;
        _clock.Advance(TimeSpan.FromDays(40));
        var back = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), (back.DocumentsUploaded, back.Failed));
        Assert.Equal([$"portal/{_portal.Host}/{Audit}/5401/minutes.pdf"], (await InboxAsync()).Keys);
    }

    [Fact]
    public async Task Malformed_xml_for_one_committee_is_reported_with_its_url_and_the_others_are_still_scraped()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddCommittee(Galleries, "Art Galleries Committee");
        _portal.AddMeeting(Audit, 5501, Today.AddDays(-4), PrintedPdf);
        _portal.AddMeeting(Galleries, 5502, Today.AddDays(-4), PrintedPdf);
        _portal.MalformedMeetings(Audit);

        var summary = await Scraper.RunAsync(CancellationToken.None);

        var failure = Assert.Single(summary.CommitteeFailures);
        Assert.Equal(Audit, failure.CommitteeId);
        Assert.Contains("lCommitteeId=144", failure.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("malformed", failure.Error, StringComparison.Ordinal);
        Assert.Equal([$"portal/{_portal.Host}/{Galleries}/5502/minutes.pdf"], (await InboxAsync()).Keys);

        _portal.MalformedMeetings(Audit, malformed: false);
        var next = await Scraper.RunAsync(CancellationToken.None);
        Assert.Equal((1, 1, 0), (next.DocumentsUploaded, next.SkippedUnchanged, next.Failed));
    }

    [Fact]
    public async Task Every_current_committee_is_watched_when_none_are_configured_and_double_encoded_titles_are_decoded()
    {
        // Serialised, the ampersand of "&amp;" is encoded again: the answer holds "&amp;amp;", as some councils' do.
        _portal.AddCommittee(310, "Children, Young People &amp; Families");
        _portal.AddCommittee(312, "Appointment Sub Committee", expired: true);
        _portal.AddCommittee(313, "Old Board", deleted: true);
        _portal.AddMeeting(310, 5601, Today.AddDays(-2), PrintedPdf);
        _portal.AddMeeting(312, 5602, Today.AddDays(-2), PrintedPdf);
        _portal.AddMeeting(313, 5603, Today.AddDays(-2), PrintedPdf);

        var summary = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal(1, summary.Committees);
        var meeting = Assert.Single(summary.Meetings);
        Assert.Equal("Children, Young People & Families", meeting.CommitteeTitle);
        var metadata = Assert.Single(await InboxAsync()).Value;
        Assert.Equal("Children, Young People & Families", Uri.UnescapeDataString(metadata[IngestionService.Metadata.Committee]));
        Assert.DoesNotContain(_portal.Requests, r => r.Path.Contains("lCommitteeId=312", StringComparison.Ordinal) || r.Path.Contains("lCommitteeId=313", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_carry_the_user_agent_and_ask_for_dates_as_dd_mm_yyyy()
    {
        _portal.AddCommittee(Audit, "Audit Committee");

        await Scraper.RunAsync(CancellationToken.None);

        Assert.All(_portal.Requests, r => Assert.Equal("CouncilMinutesPipeline/1.0 (+https://example.org/minutes-pipeline)", r.UserAgent));
        var listing = Assert.Single(_portal.Requests, r => r.Path.Contains("GetMeetings", StringComparison.Ordinal));
        // Back over the window for minutes; ahead for the meetings to come, which date actions due "at the next meeting".
        Assert.Contains($"sFromDate={Today.AddDays(-60):dd/MM/yyyy}&sToDate={Today.AddDays(120):dd/MM/yyyy}", Uri.UnescapeDataString(listing.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_to_come_go_into_the_calendar_and_are_not_asked_for_their_minutes()
    {
        // A committee of this test's own: the calendar is keyed by the committee's name.
        const string title = "Calendar Scrutiny Panel";
        _portal.AddCommittee(Audit, title);
        _portal.AddMeeting(Audit, 5801, Today.AddDays(-5), PrintedPdf);
        _portal.AddMeeting(Audit, 5802, Today.AddDays(30), published: false);
        _portal.AddMeeting(Audit, 5803, Today.AddDays(60), published: false, cancelled: true);

        var run = await Scraper.RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), (run.DocumentsUploaded, run.Failed));
        Assert.Equal([Today.AddDays(-5), Today.AddDays(30)], await _host.Service<MeetingCalendar>().DatesAsync("calendar-scrutiny-panel", CancellationToken.None));
        Assert.DoesNotContain(_portal.Requests, r => r.Path.Contains("lMeetingId=5802", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dry_run_reads_the_portal_but_uploads_and_records_nothing()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddMeeting(Audit, 5701, Today.AddDays(-3), PrintedPdf);

        var dry = await Scraper.RunAsync(new ScrapeRequest { DryRun = true }, null, CancellationToken.None);
        Assert.Equal(1, dry.DocumentsUploaded); // would have been
        Assert.Empty(await InboxAsync());

        var real = await Scraper.RunAsync(CancellationToken.None);
        Assert.Equal(1, real.DocumentsUploaded);
    }

    [Fact]
    public async Task Since_and_committee_options_narrow_or_widen_the_run()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddCommittee(Galleries, "Art Galleries Committee");
        _portal.AddMeeting(Audit, 5801, Today.AddDays(-200), PrintedPdf);
        _portal.AddMeeting(Galleries, 5802, Today.AddDays(-3), PrintedPdf);

        var summary = await Scraper.RunAsync(new ScrapeRequest { Committees = [Audit], Since = Today.AddDays(-365) }, null, CancellationToken.None);

        Assert.Equal((1, 1), (summary.Committees, summary.DocumentsUploaded));
        Assert.Equal([$"portal/{_portal.Host}/{Audit}/5801/minutes.pdf"], (await InboxAsync()).Keys);
    }

    [Fact]
    public async Task A_slow_portal_never_has_more_than_two_requests_in_flight()
    {
        var committees = SixCommitteesWithMinutes();
        _portal.Latency = TimeSpan.FromMilliseconds(40);

        var summary = await Scraper.RunAsync(new ScrapeRequest { Committees = committees }, null, CancellationToken.None);

        Assert.Equal((6, 0), (summary.DocumentsUploaded, summary.Failed));
        Assert.Equal(2, _portal.MostInFlight);
    }

    [Fact]
    public async Task Requests_to_one_portal_start_at_least_min_delay_apart()
    {
        var committees = SixCommitteesWithMinutes();
        var settings = Settings(_portal);
        settings["Portal:MinDelay"] = "00:00:00.050";
        await using var polite = await PipelineHost.StartAsync(azurite, settings, configure: s => s.AddSingleton<TimeProvider>(_clock));

        await polite.Service<PortalScraper>().RunAsync(new ScrapeRequest { Committees = committees }, null, CancellationToken.None);

        var starts = _portal.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(6 * 3, starts.Count);

        // Measured where they arrive, single gaps carry connection set-up jitter; the whole run cannot: 17 gaps of at least
        // 50 ms, where the fake portal answers each request in a few.
        Assert.True(starts[^1] - starts[0] >= TimeSpan.FromMilliseconds(17 * 50 - 40), $"{(starts[^1] - starts[0]).TotalMilliseconds} ms from first to last");
    }

    private int[] SixCommitteesWithMinutes()
    {
        for (var id = 1; id <= 6; id++)
        {
            _portal.AddCommittee(id, $"Committee {id}");
            _portal.AddMeeting(id, 6000 + id, Today.AddDays(-id), PrintedPdf);
        }

        return [1, 2, 3, 4, 5, 6];
    }

    [Fact]
    public async Task A_document_over_the_size_limit_fails_its_meeting_without_being_kept_and_the_others_go_on()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.AddMeeting(Audit, 6101, Today.AddDays(-9), PrintedPdf);
        _portal.AddMeeting(Audit, 6102, Today.AddDays(-8)); // its GetMeeting answer, well under the limit
        var settings = Settings(_portal);
        settings["Limits:MaxDocumentBytes"] = (PrintedPdf.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var limited = await PipelineHost.StartAsync(azurite, settings, configure: s => s.AddSingleton<TimeProvider>(_clock));

        var summary = await limited.Service<PortalScraper>().RunAsync(CancellationToken.None);

        var failed = Assert.Single(summary.Meetings, m => m.Outcome == ScrapeOutcome.Failed);
        Assert.Equal(6101, failed.MeetingId);
        Assert.Equal(1, summary.DocumentsUploaded);
        Assert.Equal([$"portal/{_portal.Host}/{Audit}/6102/meeting.xml"], (await InboxAsync()).Keys);
    }

    [Fact]
    public async Task A_portal_that_never_answers_is_given_up_on_after_the_timeouts_and_the_run_ends()
    {
        _portal.AddCommittee(Audit, "Audit Committee");
        _portal.Latency = TimeSpan.FromSeconds(30);
        var settings = Settings(_portal);
        settings["Portal:RequestTimeout"] = "00:00:00.2";
        settings["Portal:TotalRequestTimeout"] = "00:00:02";
        settings["Portal:MaxRetries"] = "1";
        await using var impatient = await PipelineHost.StartAsync(azurite, settings, configure: s => s.AddSingleton<TimeProvider>(_clock));
        var started = DateTimeOffset.UtcNow;

        var summary = await impatient.Service<PortalScraper>().RunAsync(new ScrapeRequest { Committees = [Audit] }, null, CancellationToken.None);

        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5));
        Assert.True(summary.PortalUnreachable);
        Assert.Equal(2, _portal.Arrivals); // the first attempt and one retry, each abandoned after 0.2 s
    }

    /// <summary>This portal's blobs in the inbox, by name, with their metadata.</summary>
    private async Task<SortedDictionary<string, IDictionary<string, string>>> InboxAsync()
    {
        var blobs = new SortedDictionary<string, IDictionary<string, string>>(StringComparer.Ordinal);
        await foreach (var blob in _host.Ingestion.Inbox.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = $"portal/{_portal.Host}/" }))
        {
            blobs[blob.Name] = blob.Metadata;
        }

        return blobs;
    }

    private async Task<byte[]> ContentAsync(string blobName) =>
        (await _host.Ingestion.Inbox.GetBlobClient(blobName).DownloadContentAsync()).Value.Content.ToArray();
}

/// <summary>A clock a test moves by hand; timers and timestamps stay the system's, so nothing waits on it.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
