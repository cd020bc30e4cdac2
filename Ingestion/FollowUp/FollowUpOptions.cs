namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>How sure the follow-up of actions must be before it calls one done; measured on <c>Tests/Corpus/followup</c>.</summary>
public sealed record FollowUpOptions
{
    /// <summary>The settings section: <c>FollowUp:MinCoverage</c>.</summary>
    public const string SectionName = "FollowUp";

    /// <summary>The share of the action's distinctive words a later passage must use.</summary>
    public double MinCoverage { get; init; } = 0.4;

    /// <summary>The share of the action's distinctive words past which a later passage mentions it, so that it is not called overdue.</summary>
    public double MentionCoverage { get; init; } = 0.2;

    /// <summary>The fewest distinctive words a later passage must share with the action.</summary>
    public int MinSharedWords { get; init; } = 2;

    /// <summary>How much a word in the later item's title counts against one in its text.</summary>
    public float TitleWeight { get; init; } = 0.5f;

    /// <summary>How much a word of what the action refers to (its item's title, the sentence before it) counts against one of its own.</summary>
    public double ContextWeight { get; init; } = 0.5;

    /// <summary>How much a word found only in the sentences either side of a later passage counts against one in the passage itself.</summary>
    public double NeighbourWeight { get; init; } = 0.5;

    /// <summary>The most meetings of a committee followed at once, newest first: older actions keep the follow-up they had.</summary>
    public int MaxMeetings { get; init; } = 100;

    /// <summary>The share of the action's own words past which a later passage only repeats it (an action list carried forward).</summary>
    public double RestatementShare { get; init; } = 0.9;
}
