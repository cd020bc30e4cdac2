namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>One owner's actions from one meeting, as the notifier sends them.</summary>
public sealed record Digest
{
    /// <summary>The identity the outbox gave it (meeting, owner and action ids): each recipient gets it once.</summary>
    public required string DigestId { get; init; }

    public required string MeetingKey { get; init; }

    /// <summary>The committee as the minutes name it.</summary>
    public required string Committee { get; init; }

    public required DateOnly MeetingDate { get; init; }

    /// <summary>The owner as the minutes name them; null when they name no one.</summary>
    public string? Owner { get; init; }

    /// <summary>The owner's slug, <c>unassigned</c> when the minutes name no one.</summary>
    public required string OwnerSlug { get; init; }

    /// <summary>The actions, in the order of the minutes.</summary>
    public required IReadOnlyList<DigestAction> Actions { get; init; }

    /// <summary>Where the minutes can be read, if anywhere.</summary>
    public Uri? SourceLink { get; init; }

    /// <summary>Why the digest goes to the fallback recipient instead of its owner; null when it reaches its owner.</summary>
    public string? Unassigned { get; init; }
}

/// <summary>One action of a digest: its item, its words as minuted and when it is due.</summary>
public sealed record DigestAction(string Id, string? ItemNumber, string? ItemTitle, string Text, string? Due);
