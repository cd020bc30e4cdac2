using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Marks a digest's actions <c>Notified</c> (with the time), and <c>Unassigned</c> when they went to the fallback, in <c>Actions</c> and its owner index.</summary>
public sealed class NotifiedActions(StorageClients clients)
{
    /// <summary>Updates the rows as read; an action already notified keeps its first time, one deleted since (a corrected document) is passed over.</summary>
    public async Task MarkAsync(IEnumerable<ActionRow> actions, bool unassigned, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var action in actions)
        {
            if (action.Status == ActionStatus.Notified && (action.Unassigned ?? false) == unassigned)
            {
                continue;
            }

            // Merged: only these columns are sent (the rest are null), so the rows keep everything else.
            var change = new ActionRow
            {
                PartitionKey = action.PartitionKey, RowKey = action.RowKey, Status = ActionStatus.Notified, NotifiedAt = action.NotifiedAt ?? now, Unassigned = unassigned,
            };
            await MergeAsync(StorageNames.ActionsTable, change, cancellationToken).ConfigureAwait(false);
            await MergeAsync(StorageNames.ActionsByOwnerTable, new ActionByOwnerRow
            {
                PartitionKey = action.OwnerSlug ?? MeetingRows.Unassigned, RowKey = ActionByOwnerRow.Key(action.MeetingDate, action.RowKey),
                Status = change.Status, NotifiedAt = change.NotifiedAt, Unassigned = change.Unassigned,
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MergeAsync(string table, ActionRow change, CancellationToken cancellationToken)
    {
        try
        {
            await clients.Tables.GetTableClient(table).UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.ResourceNotFound || e.ErrorCode == TableErrorCode.EntityNotFound)
        {
            // A corrected document removed the action after the digest was queued: nothing to mark. Table Storage and Azurite
            // answer ResourceNotFound for a merge into a missing entity; the service's list of table error codes also names
            // EntityNotFound for it, so either means the row is gone.
        }
    }
}
