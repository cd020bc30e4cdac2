using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>
/// The <c>Notifications</c> table: one row per digest (partition) and recipient (row), so each recipient gets each digest
/// once. A sender claims the row (<c>Pending</c>, held until <see cref="NotificationOptions.ClaimDuration"/> runs out), and
/// moves it to <c>Sent</c> or back with the reason, every write conditional on the ETag it read: of two deliveries of one
/// message, only the one holding the claim sends.
/// </summary>
public sealed class NotificationLedger(StorageClients clients, IOptions<NotificationOptions> options)
{
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.NotificationsTable);

    /// <summary>
    /// Claims the recipient for sending. Returns null when the digest was already sent to them. While another worker holds
    /// the claim, waits for its outcome (it sends, or fails and lets go, or its claim lapses) rather than trusting a worker
    /// that may have died.
    /// </summary>
    internal async Task<LedgerClaim?> ClaimAsync(Digest digest, Recipient recipient, string subject, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        while (true)
        {
            var now = DateTimeOffset.UtcNow;
            var found = await Table.GetEntityIfExistsAsync<NotificationRow>(digest.DigestId, recipient.LedgerKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!found.HasValue)
                {
                    var row = Row(digest, recipient, subject) with { Attempts = 1, ClaimedUntil = now + settings.ClaimDuration };
                    var added = await Table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                    return new LedgerClaim(digest.DigestId, recipient.LedgerKey, added.Headers.ETag ?? ETag.All, 1);
                }

                var stored = found.Value!;
                if (stored.Status == NotificationStatus.Sent)
                {
                    return null;
                }

                if (stored is { Status: NotificationStatus.Pending, ClaimedUntil: { } until } && until > now)
                {
                    var wait = until - now;
                    await Task.Delay(wait < PollInterval ? wait : PollInterval, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var attempts = (stored.Attempts ?? 0) + 1;
                var claim = new NotificationRow
                {
                    PartitionKey = stored.PartitionKey, RowKey = stored.RowKey, Status = NotificationStatus.Pending, Attempts = attempts, ClaimedUntil = now + settings.ClaimDuration,
                };
                var updated = await Table.UpdateEntityAsync(claim, stored.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return new LedgerClaim(digest.DigestId, recipient.LedgerKey, updated.Headers.ETag ?? ETag.All, attempts);
            }
            catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.EntityAlreadyExists || e.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied)
            {
                // Another worker wrote the row between our read and our write: read it again.
            }
        }
    }

    /// <summary>Records the send; the reason an earlier attempt failed stays. False when the claim had lapsed and another worker took the row over (it may send again).</summary>
    internal Task<bool> SentAsync(LedgerClaim claim) =>
        ReleaseAsync(claim, new NotificationRow { Status = NotificationStatus.Sent, SentAt = DateTimeOffset.UtcNow });

    /// <summary>Records a failed send: <c>Failed</c> after the last attempt, else <c>Pending</c> and free for the retry at once.</summary>
    internal Task<bool> FailedAsync(LedgerClaim claim, string reason, bool final) =>
        ReleaseAsync(claim, new NotificationRow
        {
            Status = final ? NotificationStatus.Failed : NotificationStatus.Pending, LastError = reason, ClaimedUntil = DateTimeOffset.UtcNow,
        });

    /// <summary>True when every one of <paramref name="recipients"/> has been sent the digest.</summary>
    internal async Task<bool> AllSentAsync(string digestId, IEnumerable<Recipient> recipients, CancellationToken cancellationToken)
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {digestId} and Status eq {nameof(NotificationStatus.Sent)}");
        await foreach (var row in Table.QueryAsync<NotificationRow>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            sent.Add(row.RowKey);
        }

        return recipients.All(r => sent.Contains(r.LedgerKey));
    }

    /// <summary>Every recipient of every digest, or only those whose last attempt failed; latest first.</summary>
    public async Task<IReadOnlyList<NotificationRecord>> ListAsync(bool failedOnly, CancellationToken cancellationToken)
    {
        var filter = failedOnly ? TableClient.CreateQueryFilter($"Status eq {nameof(NotificationStatus.Failed)}") : null;
        var records = new List<NotificationRecord>();
        await foreach (var row in Table.QueryAsync<NotificationRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(new NotificationRecord
            {
                DigestId = row.PartitionKey,
                Recipient = row.Recipient ?? row.RowKey,
                Status = row.Status ?? NotificationStatus.Pending,
                MeetingKey = row.MeetingKey,
                Owner = row.Owner,
                Subject = row.Subject,
                Attempts = row.Attempts ?? 0,
                LastError = row.LastError,
                SentAt = row.SentAt,
                UpdatedAt = row.Timestamp,
            });
        }

        return records.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Recipient, StringComparer.Ordinal).ToList();
    }

    /// <summary>How often a worker waiting on another's claim looks again.</summary>
    private TimeSpan PollInterval => options.Value.ClaimDuration / 20;

    /// <remarks>
    /// Not cancelled with the work: what happened must be recorded, or the row stays claimed until it lapses. Merged: the
    /// columns <paramref name="change"/> leaves null keep what the row says.
    /// </remarks>
    private async Task<bool> ReleaseAsync(LedgerClaim claim, NotificationRow change)
    {
        try
        {
            await Table.UpdateEntityAsync(change with { PartitionKey = claim.DigestId, RowKey = claim.RecipientKey }, claim.ETag, TableUpdateMode.Merge, CancellationToken.None)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied)
        {
            return false;
        }
    }

    private static NotificationRow Row(Digest digest, Recipient recipient, string subject) => new()
    {
        PartitionKey = digest.DigestId,
        RowKey = recipient.LedgerKey,
        Status = NotificationStatus.Pending,
        Channel = recipient.Channel,
        Recipient = recipient.Shown,
        MeetingKey = digest.MeetingKey,
        Owner = digest.Owner,
        Subject = subject,
        Actions = digest.Actions.Count,
    };
}

/// <summary>A worker's hold on one recipient of one digest: the ETag its next write is conditional on.</summary>
internal sealed record LedgerClaim(string DigestId, string RecipientKey, ETag ETag, int Attempts);

/// <summary>Where a recipient's copy of a digest stands.</summary>
public enum NotificationStatus
{
    /// <summary>Claimed by a sender, or waiting for the queue's next attempt.</summary>
    Pending,
    Sent,

    /// <summary>The last attempt failed: the message is in the poison queue.</summary>
    Failed,
}

/// <summary>One recipient of one digest, as the <c>Notifications</c> ledger holds it.</summary>
public sealed record NotificationRecord
{
    public required string DigestId { get; init; }

    /// <summary>The channel and address (a webhook without its query).</summary>
    public required string Recipient { get; init; }

    public required NotificationStatus Status { get; init; }
    public string? MeetingKey { get; init; }
    public string? Owner { get; init; }
    public string? Subject { get; init; }
    public int Attempts { get; init; }

    /// <summary>Why the last attempt failed, if it did.</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}
