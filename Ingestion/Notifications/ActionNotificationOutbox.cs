using System.Globalization;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>
/// Queues one <see cref="ActionDigestMessage"/> per owner per meeting: the digests the meeting row names this document the
/// sender of (<see cref="OwnerDigests"/>). A crash after the meeting is complete and before the ledger records success
/// queues them again on the retry, which the notifier's own ledger makes harmless; no digest is ever left unqueued.
/// </summary>
public sealed class ActionNotificationOutbox(StorageClients clients, MeetingStore meetings)
{
    /// <summary>Queues the digests <paramref name="source"/> is the sender of; returns how many.</summary>
    /// <param name="meeting">The stored meeting.</param>
    /// <param name="source">The inbox document that wrote it, or found it written.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<int> QueueAsync(StoredMeeting meeting, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var owners = meeting.Digests.SentBy(source);
        if (owners.Count == 0)
        {
            return 0;
        }

        // Only a retry that finds its own write complete has no action rows in hand.
        var actions = meeting.Actions ?? await meetings.ActionsAsync(meeting.Key, cancellationToken).ConfigureAwait(false);
        var queue = clients.Queues.GetQueueClient(StorageNames.ActionNotificationsQueue);
        var messages = OwnerDigests.ByOwner(actions).Where(o => owners.Contains(o.Key)).Select(o =>
        {
            var (owner, ids) = o;
            var first = actions.First(a => a.RowKey == ids[0]);
            return new ActionDigestMessage
            {
                DigestId = meeting.Digests.Owners[owner].Id,
                MeetingKey = meeting.Key.Value,
                Committee = first.Committee,
                MeetingDate = first.MeetingDate ?? meeting.Key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Owner = first.Owner,
                OwnerSlug = owner,
                ActionIds = ids,
                Source = source,
            };
        }).ToList();

        // Each digest is its own message, so they go side by side; if one fails, the retry sends them all again (harmless).
        await Task.WhenAll(messages.Select(m => queue.SendMessageAsync(m.ToJson(), cancellationToken))).ConfigureAwait(false);
        return messages.Count;
    }
}
