using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>
/// Queues one <see cref="ActionDigestMessage"/> per owner per meeting, once. A <c>Digests</c> row claims each digest
/// (conditional insert, so one document wins when two carry the same meeting) and says when it was queued; a crash between
/// queueing and recording it re-queues on the retry, which the notifier's own ledger makes harmless.
/// </summary>
public sealed class ActionNotificationOutbox(StorageClients clients)
{
    private const string Pending = "Pending";
    private const string Queued = "Queued";

    private TableClient Digests => clients.Tables.GetTableClient(StorageNames.DigestsTable);

    /// <summary>Queues each owner's digest of the meeting's actions unless that digest was queued before; returns how many were sent.</summary>
    /// <param name="meeting">The stored meeting.</param>
    /// <param name="claim">Who is queueing: the inbox document, so its own retry can finish what it started.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<int> QueueAsync(StoredMeeting meeting, string claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var queue = clients.Queues.GetQueueClient(StorageNames.ActionNotificationsQueue);
        var sent = 0;
        foreach (var owner in meeting.Actions.GroupBy(a => a.GetString("OwnerSlug") ?? MeetingRows.Unassigned, StringComparer.Ordinal))
        {
            var ids = owner.Select(a => a.RowKey).Order(StringComparer.Ordinal).ToList();
            var message = new ActionDigestMessage
            {
                DigestId = DigestId(meeting.Key.Value, owner.Key, ids),
                MeetingKey = meeting.Key.Value,
                Committee = owner.First().GetString("Committee"),
                MeetingDate = owner.First().GetString("MeetingDate"),
                Owner = owner.First().GetString("Owner"),
                OwnerSlug = owner.Key,
                ActionIds = ids,
                Source = claim,
            };

            if (await ClaimAsync(message, claim, cancellationToken).ConfigureAwait(false) is not { } etag)
            {
                continue;
            }

            await queue.SendMessageAsync(message.ToJson(), cancellationToken).ConfigureAwait(false);
            sent++;
            await Digests.UpdateEntityAsync(
                new TableEntity(message.MeetingKey, message.OwnerSlug) { ["Status"] = Queued, ["QueuedAt"] = DateTimeOffset.UtcNow },
                etag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }

    /// <summary>The ETag of this document's claim on the digest, or null when it is queued already or another document holds it.</summary>
    private async Task<ETag?> ClaimAsync(ActionDigestMessage message, string claim, CancellationToken cancellationToken)
    {
        var row = new TableEntity(message.MeetingKey, message.OwnerSlug)
        {
            ["DigestId"] = message.DigestId,
            ["ActionIds"] = JsonSerializer.Serialize(message.ActionIds),
            ["Claim"] = claim,
            ["Status"] = Pending,
        };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var existing = await Digests.GetEntityIfExistsAsync<TableEntity>(message.MeetingKey, message.OwnerSlug, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    return (await Digests.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)).Headers.ETag;
                }

                var stored = existing.Value!;
                if (stored.GetString("DigestId") == message.DigestId)
                {
                    // The same digest: done, or another document is sending it, or this document's crashed attempt left it.
                    return stored.GetString("Status") == Pending && stored.GetString("Claim") == claim ? stored.ETag : null;
                }

                // The owner's actions changed (a corrected document): the new digest replaces the old one.
                return (await Digests.UpdateEntityAsync(row, stored.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)).Headers.ETag;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another writer got there between our read and write: read again.
            }
        }

        return null;
    }

    private static string DigestId(string meetingKey, string ownerSlug, IEnumerable<string> actionIds) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{meetingKey}\n{ownerSlug}\n{string.Join(',', actionIds)}")))[..20];
}
