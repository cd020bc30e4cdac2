using System.Globalization;
using System.Security.Cryptography;
using CouncilMinutes.Ingestion.Meetings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>
/// Finds newly published minutes on a council's ModernGov portal and drops them into <c>minutes-inbox</c>, where ingestion
/// takes over (the scraper never writes meeting rows). For each watched committee: <c>GetMeetings</c> over the window, then
/// for each meeting neither cancelled nor unpublished <c>GetMeeting</c>, then its printed minutes (or, with none linked,
/// the <c>GetMeeting</c> answer itself, which the parser reads). A document is uploaded only when new or changed.
/// </summary>
/// <remarks>
/// It leaves ingestion to the blob trigger, which fires for every upload: ingesting here as well would read each document
/// twice. A portal failure (no answer, an error after the retries, a malformed answer) is logged with its URL and costs
/// only that committee or meeting, whose cursor stays put so the next run looks again; a storage failure is thrown.
/// </remarks>
public sealed partial class PortalScraper(
    IHttpClientFactory httpClients,
    ScrapeStateStore state,
    PortalInbox inbox,
    MeetingCalendar calendar,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<PortalScraper> logger)
{
    private readonly PortalOptions _options = options.Value;

    /// <summary>A scheduled run: the settings' portal and committees, each from where its last good run left off.</summary>
    /// <exception cref="PortalException">Nothing came from the portal. Thrown so the host records a failed run; the cursors stay, so the next run catches up.</exception>
    public async Task<ScrapeSummary> RunAsync(CancellationToken cancellationToken)
    {
        var summary = await RunAsync(ScrapeRequest.Scheduled, null, cancellationToken).ConfigureAwait(false);
        return summary.PortalUnreachable
            ? throw new PortalException(summary.CommitteeFailures[0].Url, $"the portal is unreachable ({summary.CommitteeFailures[0].Error}); the next run catches up")
            : summary;
    }

    /// <summary>A run as <paramref name="request"/> says, reporting each meeting to <paramref name="progress"/> as it is done.</summary>
    public async Task<ScrapeSummary> RunAsync(ScrapeRequest request, IProgress<ScrapedMeeting>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var portal = request.Portal ?? _options.BaseUrl;
        var run = new Run(portal, new ModernGovClient(httpClients.CreateClient(ModernGovClient.HttpClientName)), request, progress,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (string.IsNullOrWhiteSpace(_options.Contact))
        {
            LogNoContact(logger, run.Host);
        }

        var committees = await CommitteesAsync(run, cancellationToken).ConfigureAwait(false);
        LogStarted(logger, run.Host, committees.Count, request.DryRun);
        await Parallel.ForEachAsync(committees, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentRequests, CancellationToken = cancellationToken },
            async (committee, token) => await ScrapeCommitteeAsync(run, committee.Id, committee.Title, token).ConfigureAwait(false)).ConfigureAwait(false);

        var summary = run.Summary(committees.Count);
        if (summary.PortalUnreachable)
        {
            LogUnreachable(logger, summary.Portal);
        }

        LogFinished(logger, summary.Portal, summary.Committees, summary.MeetingsSeen, summary.DocumentsUploaded, summary.SkippedUnchanged, summary.NotYetPublished,
            summary.Failed);
        return summary;
    }

    /// <summary>The committees asked for, else the settings', else every current one the portal lists.</summary>
    private async Task<IReadOnlyList<(int Id, string? Title)>> CommitteesAsync(Run run, CancellationToken cancellationToken)
    {
        var chosen = run.Request.Committees.Count > 0 ? run.Request.Committees : _options.Committees;
        if (chosen.Count > 0)
        {
            return [.. chosen.Distinct().Select(id => (id, (string?)null))];
        }

        try
        {
            var listed = await run.Client.GetCommitteesAsync(run.Portal, cancellationToken).ConfigureAwait(false);
            return [.. listed.Where(c => c.Current).Select(c => (c.Id, (string?)c.Title))];
        }
        catch (PortalException e)
        {
            LogCommitteeFailed(logger, run.Host, null, e.Url, e.Reason);
            run.Failed(new CommitteeFailure(null, e.Url!, e.Reason));
            return [];
        }
    }

    private async Task ScrapeCommitteeAsync(Run run, int committeeId, string? title, CancellationToken cancellationToken)
    {
        var stored = await state.GetCommitteeAsync(run.Host, committeeId, cancellationToken).ConfigureAwait(false);

        // The window reaches back from the last run that missed nothing, so a run after an outage catches up on it.
        var usual = (stored?.Cursor is { } cursor && cursor < run.Today ? cursor : run.Today).AddDays(-_options.WindowDays);
        var from = run.Request.Since ?? usual;
        CommitteeMeetings listing;
        try
        {
            listing = await run.Client.GetMeetingsAsync(run.Portal, committeeId, from, run.Today.AddDays(_options.CalendarDays), cancellationToken).ConfigureAwait(false);
        }
        catch (PortalException e)
        {
            LogCommitteeFailed(logger, run.Host, committeeId, e.Url, e.Reason);
            run.Failed(new CommitteeFailure(committeeId, e.Url!, e.Reason));
            await SaveRunAsync(run, committeeId, title ?? "", cursor: null, e.Reason, cancellationToken).ConfigureAwait(false);
            return;
        }

        title = listing.Title ?? title ?? committeeId.ToString(CultureInfo.InvariantCulture);
        var failed = 0;
        if (!run.Request.DryRun && listing.Title is not null)
        {
            await calendar.RecordAsync(run.Host, title, listing.Meetings, cancellationToken).ConfigureAwait(false);
        }

        // The service filters by date itself; this guards against one that answers with everything (as it does for a date it cannot read).
        foreach (var meeting in listing.Meetings.Where(m => m.Date >= from && m.Date <= run.Today))
        {
            var scraped = await ScrapeMeetingAsync(run, committeeId, title, meeting, cancellationToken).ConfigureAwait(false);
            failed += scraped.Outcome == ScrapeOutcome.Failed ? 1 : 0;
            run.Add(scraped);
        }

        // The cursor moves only when this run covered at least the usual window and failed at nothing in it.
        var moved = failed == 0 && from <= usual ? run.Today : (DateOnly?)null;
        var error = failed == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{failed} meetings failed");
        await SaveRunAsync(run, committeeId, title, moved, error, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScrapedMeeting> ScrapeMeetingAsync(Run run, int committeeId, string title, MeetingListing listing, CancellationToken cancellationToken)
    {
        var seen = new ScrapedMeeting(committeeId, title, listing.Id, listing.Date, ScrapeOutcome.Cancelled);
        if (listing.Cancelled)
        {
            return seen;
        }

        try
        {
            var (meeting, answer) = await run.Client.GetMeetingAsync(run.Portal, listing.Id, cancellationToken).ConfigureAwait(false);
            if (meeting.Cancelled)
            {
                return seen;
            }

            seen = seen with { Date = meeting.Date ?? listing.Date };
            var stored = await state.GetMeetingAsync(run.Host, listing.Id, cancellationToken).ConfigureAwait(false);
            var waiting = new MeetingState { CommitteeId = committeeId, MeetingId = listing.Id, MeetingDate = seen.Date, Status = ScrapeOutcome.NotYetPublished };
            if (!meeting.MinutesPublished)
            {
                await SaveAsync(run, stored, waiting, cancellationToken).ConfigureAwait(false);
                return seen with { Outcome = ScrapeOutcome.NotYetPublished };
            }

            var printed = PrintedMinutes.Find(meeting, run.Portal);
            var document = new ScrapedDocument
            {
                Portal = run.Host,
                Council = _options.Council,
                CommitteeId = committeeId,
                CommitteeTitle = title,
                MeetingId = listing.Id,
                MeetingDate = seen.Date,
                SourceUrl = printed ?? ModernGovClient.MeetingUrl(run.Portal, listing.Id),
                FileName = printed is null ? "meeting.xml" : FileName(printed),
            };
            seen = seen with { BlobName = document.BlobName, SourceUrl = document.SourceUrl };

            // Ask only whether the document changed when what is known of it came from the same place.
            var known = stored is { Status: ScrapeOutcome.Uploaded } && stored.SourceUrl == document.SourceUrl ? new Validators(stored.ETag, stored.LastModified) : null;
            var fetched = printed is null
                ? new FetchedDocument(answer, new Validators(null, null))
                : await run.Client.GetDocumentAsync(printed, known, cancellationToken).ConfigureAwait(false);
            if (fetched is null)
            {
                return seen with { Outcome = ScrapeOutcome.Unchanged };
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(fetched.Content));
            var changed = stored?.ContentHash != hash || stored.BlobName != document.BlobName;
            var uploaded = changed && (run.Request.DryRun || await inbox.UploadAsync(document, fetched.Content, hash, cancellationToken).ConfigureAwait(false));
            await SaveAsync(run, stored, waiting with
            {
                Status = ScrapeOutcome.Uploaded,
                SourceUrl = document.SourceUrl,
                ETag = fetched.Validators.ETag,
                LastModified = fetched.Validators.LastModified,
                ContentHash = hash,
                BlobName = document.BlobName,
            }, cancellationToken).ConfigureAwait(false);
            if (uploaded)
            {
                LogUploaded(logger, document.BlobName, document.SourceUrl);
            }

            return seen with { Outcome = uploaded ? ScrapeOutcome.Uploaded : ScrapeOutcome.Unchanged };
        }
        catch (PortalException e)
        {
            LogMeetingFailed(logger, listing.Id, committeeId, e.Url, e.Reason);
            return seen with { Outcome = ScrapeOutcome.Failed, Error = e.Reason };
        }
    }

    /// <summary>Writes the meeting's row when it says something new; a dry run writes nothing.</summary>
    private async Task SaveAsync(Run run, MeetingState? stored, MeetingState next, CancellationToken cancellationToken)
    {
        if (!run.Request.DryRun && next != stored)
        {
            await state.SaveMeetingAsync(run.Host, next, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SaveRunAsync(Run run, int committeeId, string title, DateOnly? cursor, string? error, CancellationToken cancellationToken)
    {
        if (!run.Request.DryRun)
        {
            await state.SaveCommitteeRunAsync(run.Host, committeeId, title, clock.GetUtcNow(), cursor, error, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>minutes.pdf</c>, or <c>minutes.docx</c> for a Word file: one name per meeting, so a correction replaces the blob.</summary>
    private static string FileName(Uri printed) =>
        string.Equals(Path.GetExtension(printed.AbsolutePath), ".docx", StringComparison.OrdinalIgnoreCase) ? "minutes.docx" : "minutes.pdf";

    /// <summary>One run's portal, request and findings; committees are scraped side by side, so the findings are locked.</summary>
    private sealed class Run(Uri portal, ModernGovClient client, ScrapeRequest request, IProgress<ScrapedMeeting>? progress, DateOnly today)
    {
        private readonly List<ScrapedMeeting> _meetings = [];
        private readonly List<CommitteeFailure> _failures = [];
        private readonly Lock _lock = new();

        public Uri Portal { get; } = portal;

        /// <summary>The portal's host, ASCII, with its port unless the scheme's own: the scrape state's partition and the inbox folder.</summary>
        public string Host { get; } = portal.IsDefaultPort ? portal.IdnHost : string.Create(CultureInfo.InvariantCulture, $"{portal.IdnHost}:{portal.Port}");

        public ModernGovClient Client { get; } = client;

        public ScrapeRequest Request { get; } = request;

        public DateOnly Today { get; } = today;

        public void Add(ScrapedMeeting meeting)
        {
            lock (_lock)
            {
                _meetings.Add(meeting);
            }

            progress?.Report(meeting);
        }

        public void Failed(CommitteeFailure failure)
        {
            lock (_lock)
            {
                _failures.Add(failure);
            }
        }

        public ScrapeSummary Summary(int committees)
        {
            lock (_lock)
            {
                return new ScrapeSummary(Host, committees, [.. _meetings], [.. _failures], Request.DryRun);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Portal:Contact is not set, so the User-Agent gives {Portal} no way to reach whoever runs the scraper; set it to an email address or URL")]
    private static partial void LogNoContact(ILogger logger, string portal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scraping {Portal}: {Committees} committees (dry run: {DryRun})")]
    private static partial void LogStarted(ILogger logger, string portal, int committees, bool dryRun);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped committee {CommitteeId} of {Portal}, to be tried again next run: {Url}: {Reason}")]
    private static partial void LogCommitteeFailed(ILogger logger, string portal, int? committeeId, Uri? url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped meeting {MeetingId} of committee {CommitteeId}, to be tried again next run: {Url}: {Reason}")]
    private static partial void LogMeetingFailed(ILogger logger, int meetingId, int committeeId, Uri? url, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nothing came from {Portal}: it is down or refuses us; the next run catches up")]
    private static partial void LogUnreachable(ILogger logger, string portal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploaded {BlobName} from {SourceUrl}")]
    private static partial void LogUploaded(ILogger logger, string blobName, Uri sourceUrl);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Scraped {Portal}: {Committees} committees, {Meetings} meetings, {Uploaded} uploaded, {Unchanged} unchanged, {NotYetPublished} not yet published, {Failed} failed")]
    private static partial void LogFinished(ILogger logger, string portal, int committees, int meetings, int uploaded, int unchanged, int notYetPublished, int failed);
}
