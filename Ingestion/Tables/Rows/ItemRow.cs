namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>A row of <c>Items</c> (partition: meeting key; row: the item's ordinal, <c>001</c>): one agenda item as minuted.</summary>
public sealed record ItemRow : TableRow
{
    /// <summary>The item's number as printed (<c>CYP14</c>, <c>25</c>), if it has one.</summary>
    public string? Number { get; init; }

    public string? Title { get; init; }

    /// <summary>The minuted text; an excerpt when <see cref="TextTruncated"/> (the parsed JSON blob has all of it).</summary>
    public string? Text { get; init; }

    public bool? TextTruncated { get; init; }

    /// <summary>The item's bullet points, as a JSON list.</summary>
    public string? Bullets { get; init; }

    /// <summary>The documents the item links to, as a JSON list.</summary>
    public string? Documents { get; init; }

    /// <summary>The printed minutes' Action-column text beside the item.</summary>
    public string? ActionOwner { get; init; }

    public int? ResolutionCount { get; init; }

    public int? ActionCount { get; init; }

    /// <summary>The version of the meeting write that wrote the row.</summary>
    public string? Version { get; init; }
}
