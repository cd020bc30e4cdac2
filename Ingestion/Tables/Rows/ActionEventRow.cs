namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>ActionHistory</c> (partition: action id; row: the event's key): one change of an action's status, with when
/// and why. A change the meetings show is keyed by the status and its evidence, so deriving it again writes nothing new.
/// </summary>
public sealed record ActionEventRow : TableRow
{
    /// <summary>The key of the meeting that set the action.</summary>
    public string? MeetingKey { get; init; }

    /// <summary>A <see cref="FollowUp.FollowUpStatus"/> by name, or a <see cref="FollowUp.StatusOverride"/> by name for a person's word.</summary>
    public string? Status { get; init; }

    /// <summary>When the pipeline saw the change, or the person made it.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Why: the meeting that shows it, or the person's note.</summary>
    public string? Note { get; init; }

    /// <summary>True for a person's word, false for what the meetings show.</summary>
    public bool? ByPerson { get; init; }

    public string? EvidenceMeeting { get; init; }

    public string? EvidenceItemNumber { get; init; }

    public string? EvidenceItemTitle { get; init; }

    public string? EvidenceText { get; init; }
}
