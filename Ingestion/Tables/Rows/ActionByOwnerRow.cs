namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>ActionsByOwner</c> (partition: owner slug; row: <c>{meeting date}-{action id}</c>): an action again, with
/// its meeting's key, so one owner's actions are one partition query.
/// </summary>
public sealed record ActionByOwnerRow : ActionRow
{
    public ActionByOwnerRow()
    {
    }

    /// <summary>The index row of <paramref name="action"/>: its owner's partition, keyed by meeting date then action id.</summary>
    public ActionByOwnerRow(ActionRow action)
        : base(action)
    {
        PartitionKey = action.OwnerSlug ?? "";
        RowKey = Key(action.MeetingDate, action.RowKey);
        MeetingKey = action.PartitionKey;
        Timestamp = null;
        ETag = default;
    }

    /// <summary>The key of the action's meeting (the <c>Actions</c> table's partition).</summary>
    public string? MeetingKey { get; init; }

    /// <summary>The row key of an action in the index: meeting date, then action id.</summary>
    public static string Key(string? meetingDate, string actionId) => $"{meetingDate}-{actionId}";
}
