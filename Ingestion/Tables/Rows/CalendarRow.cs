namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>MeetingCalendar</c> (partition: committee slug, as in meeting keys; row: <c>yyyy-MM-dd</c>): a meeting the
/// council's portal lists, held or to come, so that an action due "at the next meeting" has a day before that meeting's
/// minutes are stored; or (row: <c>also-{slug}</c>) another name the committee is known by.
/// </summary>
public sealed record CalendarRow : TableRow
{
    /// <summary>The portal's host, which listed it.</summary>
    public string? Portal { get; init; }

    /// <summary>The portal's id of the meeting.</summary>
    public int? MeetingId { get; init; }

    /// <summary>The committee's name as the portal gives it.</summary>
    public string? Committee { get; init; }
}
