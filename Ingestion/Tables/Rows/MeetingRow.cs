namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>Meetings</c> (partition: committee slug; row: <c>yyyy-MM-dd</c>, <c>-n</c> for a second meeting that day):
/// the meeting's header and counts, and the state of its write (status, lock, row manifest, owners' digests).
/// </summary>
public sealed record MeetingRow : TableRow
{
    /// <summary><c>Writing</c> while a document's rows are written, <c>Complete</c> once they all are (<see cref="Meetings.MeetingStore"/>).</summary>
    public string? Status { get; init; }

    /// <summary><c>whole-meeting</c>, or <c>some-items</c> when only partial documents (an item's page) were read.</summary>
    public string? Scope { get; init; }

    public string? Council { get; init; }

    /// <summary>The committee as the minutes name it; the partition holds its slug.</summary>
    public string? Committee { get; init; }

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; init; }

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

    /// <summary>The portal page the minutes came from, when they came from one.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The write's version (content hash and parser version); every child row carries it too.</summary>
    public string? Version { get; init; }

    /// <summary>
    /// The document holding the meeting's write lock while <see cref="Status"/> is <c>Writing</c>; its own retry takes the lock
    /// over. A row locked before writers were documents holds an attempt's id, which no document matches: it waits for the lapse.
    /// </summary>
    public string? Writer { get; init; }

    /// <summary>When the writer's lock lapses, so a writer that died does not hold the meeting for ever.</summary>
    public DateTimeOffset? WritingUntil { get; init; }

    /// <summary>The stored version's item row keys, comma-separated (<see cref="Meetings.RowManifest"/>).</summary>
    public string? ItemKeys { get; init; }

    /// <summary>The stored version's resolution row keys, comma-separated.</summary>
    public string? ResolutionKeys { get; init; }

    /// <summary>The stored version's attendance row keys, comma-separated.</summary>
    public string? AttendanceKeys { get; init; }

    /// <summary>Each owner's current digest and its sender, as JSON (<see cref="Meetings.OwnerDigests"/>).</summary>
    public string? Digests { get; init; }
}
