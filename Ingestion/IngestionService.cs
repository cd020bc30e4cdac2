using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Search;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Telemetry;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion;

/// <summary>
/// Ingests one document of <c>minutes-inbox</c>: reads it (within the size limit), skips it if this parser already read
/// this content, parses it, stores the parsed JSON and the meeting's rows, queues the owners' notifications, and records
/// success last. A document that cannot be ingested is quarantined with its reason and the call returns normally; a
/// storage failure is thrown, so the host retries and the retry converges.
/// </summary>
public sealed partial class IngestionService(
    StorageClients clients,
    MinutesParser parser,
    DocumentLedger ledger,
    MeetingStore meetings,
    QuarantineStore quarantine,
    ActionNotificationOutbox outbox,
    FollowUpLog followUp,
    MeetingCalendar calendar,
    MinutesSearch search,
    IOptions<IngestionOptions> options,
    ILogger<IngestionService> logger)
{
    private readonly IngestionOptions _options = options.Value;

    /// <summary>Blob metadata keys an uploader or the scraper sets to fill what a document's text lacks.</summary>
    public static class Metadata
    {
        public const string Council = "council";
        public const string Committee = "committee";

        /// <summary><c>yyyy-MM-dd</c>.</summary>
        public const string MeetingDate = "meetingdate";

        public const string MeetingId = "meetingid";
        public const string SourceUrl = "sourceurl";

        /// <summary>The host of the portal the scraper took the document from.</summary>
        public const string Portal = "portal";

        /// <summary>The portal's id of the committee.</summary>
        public const string CommitteeId = "committeeid";

        /// <summary>SHA-256 of the content, hex, as the scraper uploaded it: how it knows the blob already holds a document.</summary>
        public const string ContentHash = "contenthash";
    }

    public BlobContainerClient Inbox => clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer);

    /// <summary>Processes the inbox blob of that name.</summary>
    public Task<IngestionResult> ProcessAsync(string blobName, bool force = false, CancellationToken cancellationToken = default) =>
        ProcessAsync(Inbox.GetBlobClient(blobName), force, cancellationToken);

    /// <summary>Processes one inbox blob, as the blob trigger hands it over.</summary>
    /// <param name="blob">The inbox blob.</param>
    /// <param name="force">Read it again even if this parser already read this content.</param>
    /// <param name="cancellationToken">Cancels the work; a cancelled document is read again next time.</param>
    public async Task<IngestionResult> ProcessAsync(BlobClient blob, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        using var activity = PipelineTelemetry.StartIngest(blob.BlobContainerName, blob.Name);
        var result = await ProcessCoreAsync(blob, force, cancellationToken).ConfigureAwait(false);
        PipelineTelemetry.Ingest(activity, result);
        return result;
    }

    private async Task<IngestionResult> ProcessCoreAsync(BlobClient blob, bool force, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (content, properties) = await ReadAsync(blob, cancellationToken).ConfigureAwait(false);
        var hash = content is null ? $"size-{properties.ContentLength}-{properties.ETag}" : Hash(content);

        // Claimed by another worker: either the same blob delivered twice at once, or a worker that died holding it. Only a retry
        // after the claim lapses tells them apart, so that is a transient failure (thrown), never a success.
        // The parse needs nothing of the claim, so it runs while the claim is on its way; a document already read wastes a parse.
        var claiming = ledger.ClaimAsync(blob.BlobContainerName, blob.Name, hash, MinutesParser.Version, properties.ContentLength, force, _options.ClaimDuration,
            cancellationToken);
        ParseResult? parsed;
        try
        {
            parsed = content is null ? null : parser.Parse(content, blob.Name, Hints(properties.Metadata), cancellationToken);
        }
        catch
        {
            await ReleaseAsync(claiming).ConfigureAwait(false);
            throw;
        }

        var claim = await claiming.ConfigureAwait(false);
        if (claim.AlreadyDone)
        {
            return new IngestionResult { BlobName = blob.Name, Status = IngestionStatus.Unchanged, MeetingKey = claim.Record.MeetingKey, Elapsed = clock.Elapsed };
        }

        try
        {
            try
            {
                return await IngestAsync(blob, parsed, properties, hash, claim, clock, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (PipelineFault.Of(e) is { } fault)
            {
                // Retrying cannot help: the same document fails the same way. It is quarantined, so nothing is lost and the
                // host does not retry it into the poison queue; it is read again once the pipeline is fixed (minutes reprocess).
                LogFault(logger, e, blob.Name, fault.Reason);
                return await QuarantineAsync(blob, claim, fault.Reason, fault.Message, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not DocumentBusyException)
        {
            await ledger.ReleaseAsync(claim).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Gives up a claim still on its way when the work alongside it failed; a claim that failed itself has nothing to give up.</summary>
    private async Task ReleaseAsync(Task<DocumentClaim> claiming)
    {
        await ((Task)claiming).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (claiming.IsCompletedSuccessfully && claiming.Result is { AlreadyDone: false } claim)
        {
            await ledger.ReleaseAsync(claim).ConfigureAwait(false);
        }
    }

    private async Task<IngestionResult> IngestAsync(BlobClient blob, ParseResult? parsed, BlobDownloadDetails properties, string hash, DocumentClaim claim, Stopwatch clock,
        CancellationToken cancellationToken)
    {
        if (parsed is null)
        {
            var setting = DocumentLimits.SettingOf(DocumentLimit.MaxDocumentBytes);
            return await QuarantineAsync(blob, claim, QuarantineReason.TooLarge,
                $"The document is {DocumentLimits.Size(properties.ContentLength)}, over the limit of {DocumentLimits.Size(parser.Limits.MaxDocumentBytes)} ({setting}). "
                + $"Split it into smaller documents, or raise {setting} and reprocess it.",
                clock, cancellationToken).ConfigureAwait(false);
        }

        if (parsed.Failure?.Detail is { } detail)
        {
            LogUnreadable(logger, blob.Name, parsed.Failure.Reason.ToString(), detail);
        }

        if (Problem(parsed, VouchedForAsMinutes(properties.Metadata)) is { } problem)
        {
            return await QuarantineAsync(blob, claim, problem.Reason, problem.Message, clock, cancellationToken).ConfigureAwait(false);
        }

        var meeting = parsed.Meeting!;
        var key = MeetingKey.For(meeting.Committee!, meeting.Date!.Value);
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{hash}{MinutesParser.Version}/{MeetingRows.Layout}")))[..16];

        // The parsed JSON is written with the rows, before the meeting says complete; a meeting found complete at this
        // version already has it (its path is this content's hash).
        var stored = await meetings.WriteAsync(meeting, key, version, blob.Name,
            (storedKey, ct) => WriteParsedJsonAsync(storedKey, hash, meeting, parsed.Diagnostics, blob.Name, ct), cancellationToken).ConfigureAwait(false);
        var notifications = await outbox.QueueAsync(stored, blob.Name, cancellationToken).ConfigureAwait(false);

        // The committee as the portal or a clerk named it, where the minutes head it otherwise: its calendar is under that name.
        if (Hints(properties.Metadata).Committee is { } namedAs)
        {
            await calendar.AliasAsync(stored.Key.Committee, namedAs, cancellationToken).ConfigureAwait(false);
        }

        // Before success is recorded: a crash here is retried, and the retry derives the committee's follow-ups again.
        await followUp.ReconcileAsync(stored.Key, cancellationToken).ConfigureAwait(false);
        await search.IndexAsync(stored.Key, cancellationToken).ConfigureAwait(false);
        await ledger.SucceededAsync(claim, stored.Key.Value, cancellationToken).ConfigureAwait(false);

        LogIngested(logger, blob.Name, stored.Key.Value, meeting.Items.Count, meeting.Items.Sum(i => i.Actions.Count), notifications);
        return new IngestionResult
        {
            BlobName = blob.Name,
            Status = IngestionStatus.Ingested,
            MeetingKey = stored.Key.Value,
            Items = meeting.Items.Count,
            Resolutions = meeting.Items.Sum(i => i.Resolutions.Count),
            Actions = meeting.Items.Sum(i => i.Actions.Count),
            Notifications = notifications,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Why a parse cannot be stored as a meeting, if it cannot.</summary>
    /// <param name="parsed">The parse.</param>
    /// <param name="vouched">The uploader named the committee and the date: a person says it is minutes, whatever its layout.</param>
    private static (QuarantineReason Reason, string Message)? Problem(ParseResult parsed, bool vouched)
    {
        if (parsed.Failure is { } failure)
        {
            return (failure.Reason.ToQuarantineReason(), failure.Message);
        }

        if (parsed.Evidence is { AreMinutes: false } evidence && !vouched)
        {
            return (QuarantineReason.NotMinutes,
                $"This document does not read as minutes ({evidence.Missing}). Agendas, reports, letters and lists are not ingested. "
                + "If it is minutes, check that the whole document was uploaded, set its 'committee' and 'meetingdate' metadata, and reprocess it.");
        }

        var meeting = parsed.Meeting!;
        if (meeting.Date is null)
        {
            return (QuarantineReason.NoMeetingDate, "The minutes do not say when the meeting was held. Set the document's 'meetingdate' metadata (yyyy-MM-dd) and reprocess it.");
        }

        // A committee of punctuation alone has no key.
        return meeting.Committee is null || Slug.From(meeting.Committee).Length == 0
            ? (QuarantineReason.NoCommittee, "The minutes do not name the committee. Set the document's 'committee' metadata and reprocess it.")
            : null;
    }

    private async Task<IngestionResult> QuarantineAsync(BlobClient blob, DocumentClaim claim, QuarantineReason reason, string message, Stopwatch clock, CancellationToken cancellationToken)
    {
        await quarantine.CopyAsync(blob, reason, message, cancellationToken).ConfigureAwait(false);
        await ledger.FailedAsync(claim, reason, message, cancellationToken).ConfigureAwait(false);
        LogQuarantined(logger, blob.Name, reason, message);
        return new IngestionResult { BlobName = blob.Name, Status = IngestionStatus.Quarantined, Reason = reason, Message = message, Elapsed = clock.Elapsed };
    }

    /// <summary>The blob's bytes and properties, in one request; no bytes (and no more reading) when it is over the size limit.</summary>
    private async Task<(byte[]? Content, BlobDownloadDetails Properties)> ReadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var download = (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        await using var stream = download.Content;

        // The length the blob declares settles a document over the limit before a byte of it is downloaded.
        return download.Details.ContentLength > parser.Limits.MaxDocumentBytes
            ? (null, download.Details)
            : (await CappedRead.ToArrayAsync(stream, parser.Limits.MaxDocumentBytes, cancellationToken).ConfigureAwait(false), download.Details);
    }

    private async Task WriteParsedJsonAsync(MeetingKey key, string hash, MeetingMinutes meeting, IEnumerable<Diagnostic> diagnostics, string source, CancellationToken cancellationToken)
    {
        var json = MinutesJsonMapper.ToJson(meeting, source, diagnostics).ToJson();
        var parsed = clients.Blobs.GetBlobContainerClient(StorageNames.ParsedContainer).GetBlobClient($"{key.Value}/{hash[..16]}.json");
        await parsed.UploadAsync(BinaryData.FromString(json), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken)
            .ConfigureAwait(false);
    }

    private static bool VouchedForAsMinutes(IDictionary<string, string> metadata) =>
        Hints(metadata) is { Committee: not null, MeetingDate: not null };

    private static SourceHints Hints(IDictionary<string, string> metadata)
    {
        string? Get(string name) => metadata.FirstOrDefault(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } v
            ? Uri.UnescapeDataString(v)
            : null;

        return new SourceHints
        {
            Council = Get(Metadata.Council),
            Committee = Get(Metadata.Committee),
            MeetingDate = DateOnly.TryParseExact(Get(Metadata.MeetingDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            MeetingId = Get(Metadata.MeetingId),
            SourceUrl = Get(Metadata.SourceUrl),
        };
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {BlobName} as {MeetingKey}: {Items} items, {Actions} actions, {Notifications} notifications queued")]
    private static partial void LogIngested(ILogger logger, string blobName, string meetingKey, int items, int actions, int notifications);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {BlobName} failed in the pipeline ({Reason}); the document is quarantined")]
    private static partial void LogFault(ILogger logger, Exception exception, string blobName, QuarantineReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reading {BlobName} failed ({Reason}); the reader said: {Detail}")]
    private static partial void LogUnreadable(ILogger logger, string blobName, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {BlobName} ({Reason}): {Error}")]
    private static partial void LogQuarantined(ILogger logger, string blobName, QuarantineReason reason, string error);
}
