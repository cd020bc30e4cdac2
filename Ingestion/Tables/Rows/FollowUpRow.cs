namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>FollowUps</c> (partition: committee slug; row: action id): what the stored later meetings show of one action,
/// derived again whenever a meeting of the committee is stored, and a person's override of it, which only they write.
/// </summary>
public sealed record FollowUpRow : TableRow
{
    /// <summary>The key of the meeting that set the action.</summary>
    public string? MeetingKey { get; init; }

    /// <summary>A <see cref="FollowUp.FollowUpStatus"/> by name, as the meetings show it: <c>Open</c>, <c>CarriedForward</c>, <c>Done</c> or <c>Overdue</c>.</summary>
    public string? Status { get; init; }

    /// <summary><c>yyyy-MM-dd</c>, or empty when no day can be worked out yet.</summary>
    public string? DueDate { get; init; }

    /// <summary>A <see cref="FollowUp.DueBasis"/> by name.</summary>
    public string? DueBasis { get; init; }

    /// <summary>The key of the stored meeting it is due at, or empty.</summary>
    public string? DueMeeting { get; init; }

    /// <summary>The meeting holding the evidence, or empty.</summary>
    public string? EvidenceMeeting { get; init; }

    public string? EvidenceItemNumber { get; init; }

    public string? EvidenceItemTitle { get; init; }

    /// <summary>The sentence that shows it done or carried forward.</summary>
    public string? EvidenceText { get; init; }

    /// <summary>A <see cref="FollowUp.StatusOverride"/> by name, or empty: what a person said of the action.</summary>
    public string? Override { get; init; }

    public string? OverrideNote { get; init; }

    public DateTimeOffset? OverrideAt { get; init; }

    /// <summary>The evidence the person saw when they overrode it; new evidence lifts the override.</summary>
    public string? OverrideEvidence { get; init; }
}
