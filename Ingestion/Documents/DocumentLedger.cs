using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// The <c>Documents</c> table: one row per inbox document, so a document already read is not read again and a failed one
/// says why. The row is also the document's claim: one worker reads it at a time, and its outcome is written against the claim.
/// </summary>
public sealed class DocumentLedger(StorageClients clients)
{
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.DocumentsTable);

    public async Task<DocumentRecord?> GetAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<DocumentRow>(container, TableKey.Escape(blobName), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>
    /// Claims the document for this attempt, unless this parser already read this content (and <paramref name="force"/> is
    /// off): then the claim says so and carries the stored record. One conditional write for a document never seen, the
    /// usual case; a claim lapses after <paramref name="duration"/>, so a worker that died does not hold it for ever.
    /// </summary>
    /// <exception cref="DocumentBusyException">Another worker's claim is live: a duplicate delivery being read now, or a worker that stopped.</exception>
    public async Task<DocumentClaim> ClaimAsync(string container, string blobName, string contentHash, string parserVersion, long size, bool force, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        var record = new DocumentRecord
        {
            Container = container, BlobName = blobName, Status = DocumentStatus.Processing, ContentHash = contentHash, ParserVersion = parserVersion,
            Attempts = 1, Size = size, UpdatedAt = now,
        };
        try
        {
            var added = await Table.AddEntityAsync(Row(record, id, now + duration), cancellationToken).ConfigureAwait(false);
            return new DocumentClaim(record, id, added.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.EntityAlreadyExists)
        {
            // Seen before, or this very claim with its response lost: the row decides.
        }

        var stored = await StoredAsync(container, blobName, cancellationToken).ConfigureAwait(false);
        var previous = Read(stored);
        if (stored.Claim == id)
        {
            return new DocumentClaim(record, id, stored.ETag);
        }

        if (!force && previous is { Status: DocumentStatus.Succeeded } && previous.ContentHash == contentHash && previous.ParserVersion == parserVersion)
        {
            return new DocumentClaim(previous, null, stored.ETag);
        }

        if (previous.Status == DocumentStatus.Processing && stored.ClaimedUntil > now)
        {
            throw new DocumentBusyException(blobName, duration);
        }

        record = record with { Attempts = previous.Attempts + 1, MeetingKey = previous.MeetingKey };
        try
        {
            var taken = await Table.UpdateEntityAsync(Row(record, id, now + duration), stored.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new DocumentClaim(record, id, taken.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied)
        {
            var current = await StoredAsync(container, blobName, cancellationToken).ConfigureAwait(false);
            return current.Claim == id ? new DocumentClaim(record, id, current.ETag) : throw new DocumentBusyException(blobName, duration);
        }
    }

    /// <summary>Records success, against the claim. Written last, so a crash before it leaves the document to be read again.</summary>
    /// <exception cref="DocumentBusyException">The claim lapsed and another worker took the document over; it records the outcome.</exception>
    public Task SucceededAsync(DocumentClaim claim, string meetingKey, CancellationToken cancellationToken) =>
        WriteAsync(claim, claim.Record with { Status = DocumentStatus.Succeeded, MeetingKey = meetingKey, Reason = null, Error = null, UpdatedAt = DateTimeOffset.UtcNow },
            cancellationToken);

    /// <summary>Records a permanent failure and its reason, against the claim.</summary>
    /// <exception cref="DocumentBusyException">The claim lapsed and another worker took the document over; it records the outcome.</exception>
    public Task FailedAsync(DocumentClaim claim, QuarantineReason reason, string error, CancellationToken cancellationToken) =>
        WriteAsync(claim, claim.Record with { Status = DocumentStatus.Failed, Reason = reason, Error = error, UpdatedAt = DateTimeOffset.UtcNow }, cancellationToken);

    /// <summary>Gives the claim up after a transient failure, so the retry need not wait for it to lapse. Best effort: if storage is down, it lapses.</summary>
    public async Task ReleaseAsync(DocumentClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        // Merged: only the claim's lapse is sent; every other column stays as it is.
        var row = new DocumentRow { PartitionKey = claim.Record.Container, RowKey = TableKey.Escape(claim.Record.BlobName), ClaimedUntil = DateTimeOffset.UtcNow };
        try
        {
            await Table.UpdateEntityAsync(row, claim.ETag, TableUpdateMode.Merge, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or IOException or TimeoutException)
        {
            // Storage is failing (the likely reason for the release): the claim lapses instead, and the caller's own error is the one to report.
        }
    }

    /// <summary>Every document of a container, optionally only those with one status.</summary>
    public async IAsyncEnumerable<DocumentRecord> ListAsync(string container, DocumentStatus? status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = status is { } s
            ? TableClient.CreateQueryFilter($"PartitionKey eq {container} and Status eq {s.ToString()}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {container}");
        await foreach (var row in Table.QueryAsync<DocumentRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return Read(row);
        }
    }

    private async Task WriteAsync(DocumentClaim claim, DocumentRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateEntityAsync(Row(record, claim.Id, null), claim.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied)
        {
            throw new DocumentBusyException($"{record.BlobName}: this worker's claim lapsed and another took the document over; it records the outcome.", e);
        }
    }

    private async Task<DocumentRow> StoredAsync(string container, string blobName, CancellationToken cancellationToken) =>
        (await Table.GetEntityAsync<DocumentRow>(container, TableKey.Escape(blobName), cancellationToken: cancellationToken).ConfigureAwait(false)).Value;

    private static DocumentRow Row(DocumentRecord record, string? claim, DateTimeOffset? claimedUntil) => new()
    {
        PartitionKey = record.Container,
        RowKey = TableKey.Escape(record.BlobName),
        BlobName = record.BlobName,
        Status = record.Status,
        ContentHash = record.ContentHash,
        ParserVersion = record.ParserVersion,
        MeetingKey = record.MeetingKey,
        Reason = record.Reason?.ToString(),
        Error = record.Error,
        Attempts = record.Attempts,
        Size = record.Size,
        UpdatedAt = record.UpdatedAt,
        Claim = claim,
        ClaimedUntil = claimedUntil,
    };

    /// <summary>The row's reason; a name this version does not know reads as none rather than leaving the row unreadable.</summary>
    private static QuarantineReason? QuarantineReasonOf(DocumentRow row) =>
        Enum.TryParse<QuarantineReason>(row.Reason, ignoreCase: false, out var reason) && Enum.IsDefined(reason) ? reason : null;

    private static DocumentRecord Read(DocumentRow row) => new()
    {
        Container = row.PartitionKey,
        BlobName = row.BlobName ?? TableKey.Unescape(row.RowKey),
        Status = row.Status ?? DocumentStatus.Processing,
        ContentHash = row.ContentHash,
        ParserVersion = row.ParserVersion,
        MeetingKey = row.MeetingKey,
        Reason = QuarantineReasonOf(row),
        Error = row.Error,
        Attempts = row.Attempts ?? 0,
        Size = row.Size,
        UpdatedAt = row.UpdatedAt,
    };
}
