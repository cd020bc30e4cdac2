using CouncilMinutes.Ingestion.Keys;

namespace CouncilMinutes.Ingestion.Queries;

/// <summary>A meeting's row in the <c>Meetings</c> table: its header, counts, and whether its rows are complete.</summary>
public sealed record MeetingRecord
{
    public required MeetingKey Key { get; init; }

    /// <summary><c>Complete</c>, or <c>Writing</c> while a document's rows are being written (or a writer died mid-way).</summary>
    public required string Status { get; init; }

    /// <summary><c>whole-meeting</c>, or <c>some-items</c> when only partial documents (an "Issue" page) were read.</summary>
    public string? Scope { get; init; }

    public string? Council { get; init; }

    /// <summary>The committee as the minutes name it; the key holds its slug.</summary>
    public string? Committee { get; init; }

    public DateOnly Date { get; init; }

    /// <summary><c>HH:mm</c>.</summary>
    public string? StartTime { get; init; }

    /// <summary><c>HH:mm</c>.</summary>
    public string? EndTime { get; init; }

    public string? Venue { get; init; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? PreviousMinutesDate { get; init; }

    public int? ItemCount { get; init; }
    public int? ResolutionCount { get; init; }
    public int? ActionCount { get; init; }

    /// <summary>The inbox document last written into the meeting.</summary>
    public string? Source { get; init; }

    /// <summary>Where the document was published (the portal page), when known.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The stored write's version (content hash and parser version).</summary>
    public string? Version { get; init; }

    /// <summary>False while the rows are being written: what is read then may mix two versions of the meeting.</summary>
    public bool IsComplete => Status == Meetings.MeetingStore.Complete;
}

/// <summary>A stored meeting with everything under its key: items (in order, each with its resolutions and actions) and attendance.</summary>
public sealed record MeetingContent(MeetingRecord Meeting, IReadOnlyList<ItemRecord> Items, IReadOnlyList<AttendeeRecord> Attendance);

/// <summary>A committee as stored: its slug (the meetings' partition), its name as its latest minutes give it, and its meetings.</summary>
public sealed record CommitteeRecord(string Slug, string Name, string? Council, int Meetings, DateOnly Latest);
