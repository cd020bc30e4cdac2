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

    /// <summary>True for a reminder of actions overdue at <see cref="MeetingDate"/>, the meeting they were due at.</summary>
    public bool Reminder { get; init; }

    /// <summary>Why the digest goes to the fallback recipient instead of its owner; null when it reaches its owner.</summary>
    public string? Unassigned { get; init; }
}

/// <summary>One action of a digest: its item, its words as minuted and when it is due.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="ItemNumber">Its item's number as printed.</param>
/// <param name="ItemTitle">Its item's title.</param>
/// <param name="Text">Its words as minuted.</param>
/// <param name="Due">When it is due as the minutes say it ("next meeting", a date), or null.</param>
/// <param name="DueDate">The day that works out to, once known (the next meeting stored or scheduled).</param>
/// <param name="DoneLink">The signed link that says it is done (<see cref="ActionLinks"/>), when links are configured.</param>
/// <param name="NotMineLink">The signed link that says it is not the owner's.</param>
public sealed record DigestAction(string Id, string? ItemNumber, string? ItemTitle, string Text, string? Due, DateOnly? DueDate = null, Uri? DoneLink = null, Uri? NotMineLink = null)
{
    /// <summary>"at the meeting on 14 March 2022", "by 31 March 2022", "next meeting", or null when the minutes set no time.</summary>
    public string? DueText => (Due, DueDate) switch
    {
        ("next meeting", { } day) => $"at the meeting on {day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}",
        (_, { } day) => $"by {day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}",
        _ => Due,
    };
}
