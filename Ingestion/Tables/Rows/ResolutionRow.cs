namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>A row of <c>Resolutions</c> (partition: meeting key; row: <c>{item}-{n}</c>, <c>003-02</c>): one decision of an item.</summary>
public sealed record ResolutionRow : TableRow
{
    public string? Text { get; init; }

    /// <summary>The sub-resolution's marker as printed (<c>1</c>, <c>a</c>), or null for a single decision.</summary>
    public string? Marker { get; init; }

    /// <summary>The row key of the item it belongs to.</summary>
    public string? Item { get; init; }

    public string? ItemNumber { get; init; }

    /// <summary>The version of the meeting write that wrote the row.</summary>
    public string? Version { get; init; }
}
