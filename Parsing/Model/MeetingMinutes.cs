namespace CouncilMinutes.Parsing.Model;

/// <summary>One meeting as its minutes record it: header, attendance and the items in order.</summary>
public sealed record MeetingMinutes
{
    public string? Council { get; init; }
    public string? Committee { get; init; }
    public DateOnly? Date { get; init; }
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
    public string? Venue { get; init; }

    /// <summary>The date of the earlier meeting whose minutes this meeting approved.</summary>
    public DateOnly? PreviousMinutesDate { get; init; }

    public Attendance Attendance { get; init; } = Attendance.Empty;
    public IReadOnlyList<AgendaItem> Items { get; init; } = [];

    /// <summary>Whether the document records the whole meeting or only some of its items (an "Issue" page).</summary>
    public DocumentScope Scope { get; init; } = DocumentScope.WholeMeeting;

    public string? SourceUrl { get; init; }

    public IEnumerable<ActionItem> Actions => Items.SelectMany(i => i.Actions);
}

/// <summary>How much of a meeting one document covers.</summary>
public enum DocumentScope
{
    WholeMeeting,
    SomeItems,
}
