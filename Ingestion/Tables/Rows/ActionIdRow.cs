namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>ActionIds</c> (partition: the id's first two characters; row: the action id): which meeting holds an action,
/// so that an action is found by its id with two point reads rather than a scan of <c>Actions</c>.
/// </summary>
public sealed record ActionIdRow : TableRow
{
    public ActionIdRow()
    {
    }

    /// <summary>The index row of <paramref name="action"/>.</summary>
    public ActionIdRow(ActionRow action)
    {
        ArgumentNullException.ThrowIfNull(action);
        PartitionKey = Partition(action.RowKey);
        RowKey = action.RowKey;
        MeetingKey = action.PartitionKey;
    }

    /// <summary>The key of the action's meeting (the <c>Actions</c> table's partition).</summary>
    public string? MeetingKey { get; init; }

    /// <summary>The partition of an id: ids are hex hashes, so their first two characters spread the index over 256 partitions.</summary>
    public static string Partition(string actionId) => actionId.Length >= 2 ? actionId[..2] : actionId;
}
