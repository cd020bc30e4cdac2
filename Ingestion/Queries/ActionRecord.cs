namespace CouncilMinutes.Ingestion.Queries;

/// <summary>One stored follow-up action, as the <c>Actions</c> table and the <c>ActionsByOwner</c> index hold it.</summary>
public sealed record ActionRecord
{
    /// <summary>The action's identity within its meeting (a hash of item and text), stable across re-reads.</summary>
    public required string Id { get; init; }

    public required string MeetingKey { get; init; }

    /// <summary>The committee as the minutes name it.</summary>
    public string? Committee { get; init; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? MeetingDate { get; init; }

    /// <summary>The row key of the item it belongs to.</summary>
    public string? ItemKey { get; init; }

    public string? ItemNumber { get; init; }
    public string? ItemTitle { get; init; }
    public string Text { get; init; } = "";

    /// <summary>The owner as the minutes name them, or null when they name no one.</summary>
    public string? Owner { get; init; }

    /// <summary>The owner's slug, <c>unassigned</c> when the minutes name no one.</summary>
    public required string OwnerSlug { get; init; }

    /// <summary><c>next meeting</c>, <c>future meeting</c>, a date, a month, a quarter, or null.</summary>
    public string? Due { get; init; }

    /// <summary>A <see cref="Parsing.Model.DueKind"/> by name: what <see cref="Due"/> is.</summary>
    public string? DueKind { get; init; }

    /// <summary><c>Open</c> until the owner is notified, then <c>Notified</c>.</summary>
    public string? Status { get; init; }

    /// <summary>When its owner was first sent it.</summary>
    public DateTimeOffset? NotifiedAt { get; init; }

    /// <summary>True when the notifier could not reach an owner and sent it to the fallback recipient: someone has to assign it.</summary>
    public bool Unassigned { get; init; }
}
