namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>A row of <c>Owners</c> (partition: council slug; row: owner slug): a person or body actions go to, and how to reach them.</summary>
public sealed record OwnerRow : TableRow
{
    /// <summary>The name as the council writes it.</summary>
    public string? Name { get; init; }

    /// <summary>Other names the minutes use for them, as a JSON list.</summary>
    public string? Aliases { get; init; }

    /// <summary>Their email addresses, as a JSON list.</summary>
    public string? Emails { get; init; }

    /// <summary>Where the webhook channel posts their digests, if anywhere.</summary>
    public string? Webhook { get; init; }
}
