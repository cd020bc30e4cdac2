using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Queries;

/// <summary>Reads stored actions back: one owner's from the <c>ActionsByOwner</c> index, or every meeting's from <c>Actions</c>.</summary>
public sealed class ActionQueries(StorageClients clients)
{
    /// <summary>The actions of one owner (by name or slug; <c>unassigned</c> for those naming no one), oldest meeting first.</summary>
    /// <param name="owner">The owner's name as the minutes give it, or its slug.</param>
    /// <param name="openOnly">Only actions still <c>Open</c>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<ActionRecord>> ByOwnerAsync(string owner, bool openOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var slug = Slug.From(owner);
        var filter = openOnly
            ? TableClient.CreateQueryFilter($"PartitionKey eq {slug} and Status eq {ActionStatus.Open}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {slug}");

        // The index's row key is the meeting date then the action id, so a partition reads in meeting order.
        return await ReadAsync<ActionByOwnerRow>(StorageNames.ActionsByOwnerTable, filter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every stored action of every meeting: a scan of the <c>Actions</c> table, by owner, then meeting date.</summary>
    public async Task<IReadOnlyList<ActionRecord>> AllAsync(bool openOnly, CancellationToken cancellationToken)
    {
        var filter = openOnly ? TableClient.CreateQueryFilter($"Status eq {ActionStatus.Open}") : null;
        var actions = await ReadAsync<ActionRow>(StorageNames.ActionsTable, filter, cancellationToken).ConfigureAwait(false);
        return actions
            .OrderBy(a => a.OwnerSlug, StringComparer.Ordinal)
            .ThenBy(a => a.MeetingDate, StringComparer.Ordinal)
            .ThenBy(a => a.MeetingKey, StringComparer.Ordinal)
            .ThenBy(a => a.ItemKey, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The action of that id, or null: the id index names its meeting, whose partition holds it.</summary>
    public async Task<ActionRecord?> ByIdAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var indexed = await clients.Tables.GetTableClient(StorageNames.ActionIdsTable)
            .GetEntityIfExistsAsync<ActionIdRow>(ActionIdRow.Partition(id), id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!indexed.HasValue || indexed.Value!.MeetingKey is not { } meetingKey)
        {
            return null;
        }

        var action = await clients.Tables.GetTableClient(StorageNames.ActionsTable)
            .GetEntityIfExistsAsync<ActionRow>(meetingKey, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return action.HasValue ? Read(action.Value!) : null;
    }

    /// <summary>An action from a row of either table: an <c>Actions</c> row is keyed by meeting and id, an index row by owner and date-id.</summary>
    internal static ActionRecord Read(ActionRow row)
    {
        var indexed = row as ActionByOwnerRow;
        var meetingKey = indexed?.MeetingKey ?? row.PartitionKey;
        var meetingDate = row.MeetingDate;
        var id = indexed?.MeetingKey is not null && meetingDate is not null && row.RowKey.StartsWith(meetingDate + "-", StringComparison.Ordinal)
            ? row.RowKey[(meetingDate.Length + 1)..]
            : row.RowKey;
        return new ActionRecord
        {
            Id = id,
            MeetingKey = meetingKey,
            Committee = row.Committee,
            MeetingDate = meetingDate,
            ItemKey = row.Item,
            ItemNumber = row.ItemNumber,
            ItemTitle = row.ItemTitle,
            Text = row.Text ?? "",
            Owner = row.Owner,
            OwnerSlug = row.OwnerSlug ?? MeetingRows.Unassigned,
            Due = row.Due,
            DueKind = row.DueKind,
            Status = row.Status,
            NotifiedAt = row.NotifiedAt,
            Unassigned = row.Unassigned ?? false,
        };
    }

    private async Task<List<ActionRecord>> ReadAsync<TRow>(string table, string? filter, CancellationToken cancellationToken)
        where TRow : ActionRow
    {
        var actions = new List<ActionRecord>();
        await foreach (var row in clients.Tables.GetTableClient(table).QueryAsync<TRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            actions.Add(Read(row));
        }

        return actions;
    }
}
