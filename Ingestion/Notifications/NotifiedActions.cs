using Azure;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Marks a digest's actions <c>Notified</c> (with the time), and <c>Unassigned</c> when they went to the fallback, in <c>Actions</c> and its owner index.</summary>
public sealed class NotifiedActions(StorageClients clients)
{
    /// <summary>Updates the rows as read; an action already notified keeps its first time, one deleted since (a corrected document) is passed over.</summary>
    public async Task MarkAsync(IEnumerable<TableEntity> actions, bool unassigned, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var action in actions)
        {
            if (action.GetString("Status") == ActionStatus.Notified && (action.GetBoolean("Unassigned") ?? false) == unassigned)
            {
                continue;
            }

            var change = new TableEntity
            {
                ["Status"] = ActionStatus.Notified,
                ["NotifiedAt"] = action.GetDateTimeOffset("NotifiedAt") ?? now,
                ["Unassigned"] = unassigned,
            };
            await MergeAsync(StorageNames.ActionsTable, action.PartitionKey, action.RowKey, change, cancellationToken).ConfigureAwait(false);
            await MergeAsync(StorageNames.ActionsByOwnerTable, action.GetString("OwnerSlug") ?? MeetingRows.Unassigned,
                MeetingRows.OwnerIndexKey(action.GetString("MeetingDate"), action.RowKey), change, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MergeAsync(string table, string partitionKey, string rowKey, TableEntity change, CancellationToken cancellationToken)
    {
        var row = new TableEntity(change) { PartitionKey = partitionKey, RowKey = rowKey };
        try
        {
            await clients.Tables.GetTableClient(table).UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // A corrected document removed the action after the digest was queued: nothing to mark.
        }
    }
}
