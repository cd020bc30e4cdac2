namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>Actions</c> (partition: meeting key; row: the action id, a hash of meeting, item and text): one follow-up
/// the minutes assign, and whether its owner has been told. <see cref="ActionByOwnerRow"/> is the same row in the owner index.
/// </summary>
public record ActionRow : TableRow
{
    /// <summary>The source sentence, as the minutes word it.</summary>
    public string? Text { get; init; }

    /// <summary>The owner as the minutes name them, or null when they name no one.</summary>
    public string? Owner { get; init; }

    /// <summary>The owner's slug, <c>unassigned</c> when the minutes name no one: the owner index's partition.</summary>
    public string? OwnerSlug { get; init; }

    /// <summary>Where the owner was found (an <see cref="Parsing.Model.OwnerSource"/> by name).</summary>
    public string? OwnerSource { get; init; }

    /// <summary>When it is due as the minutes say it (<c>next meeting</c>, a date, a quarter), or null.</summary>
    public string? Due { get; init; }

    /// <summary>A <see cref="Parsing.Model.DueKind"/> by name.</summary>
    public string? DueKind { get; init; }

    /// <summary>The row key of the item it belongs to.</summary>
    public string? Item { get; init; }

    public string? ItemNumber { get; init; }

    public string? ItemTitle { get; init; }

    /// <summary>The committee as the minutes name it.</summary>
    public string? Committee { get; init; }

    /// <summary><c>yyyy-MM-dd</c>: the owner index's row keys start with it, so an owner's actions read in meeting order.</summary>
    public string? MeetingDate { get; init; }

    /// <summary>The version of the meeting write that wrote the row.</summary>
    public string? Version { get; init; }

    /// <summary>Its place among its item's actions (row keys are hashes, so they keep no order).</summary>
    public int? Ordinal { get; init; }

    /// <summary>An <see cref="Meetings.ActionStatus"/>: <c>Open</c> until its owner is notified.</summary>
    public string? Status { get; init; }

    /// <summary>When its owner was first notified.</summary>
    public DateTimeOffset? NotifiedAt { get; init; }

    /// <summary>True when the notifier could not reach an owner and sent it to the fallback recipient.</summary>
    public bool? Unassigned { get; init; }
}
