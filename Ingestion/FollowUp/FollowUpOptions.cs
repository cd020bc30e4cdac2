namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>How sure the follow-up of actions must be before it calls one done; measured on <c>Tests/Corpus/followup</c>.</summary>
public sealed record FollowUpOptions
{
    /// <summary>The settings section: <c>FollowUp:MinCoverage</c>.</summary>
    public const string SectionName = "FollowUp";

    /// <summary>The share of the action's distinctive words a later passage must use.</summary>
    public double MinCoverage { get; init; } = 0.4;

    /// <summary>The fewest distinctive words a later passage must share with the action.</summary>
    public int MinSharedWords { get; init; } = 2;

    /// <summary>How much a word in the later item's title counts against one in its text.</summary>
    public float TitleWeight { get; init; } = 0.5f;
}
