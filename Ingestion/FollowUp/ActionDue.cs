using System.Globalization;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>When an action falls due: a day where the minutes let one be worked out, else only what it waits for.</summary>
/// <param name="Basis">What the day comes from.</param>
/// <param name="Date">The day it is due by; null while the next meeting is not known, or when the minutes set no time.</param>
public sealed record ActionDue(DueBasis Basis, DateOnly? Date)
{
    /// <summary>No time was set: followed, never overdue.</summary>
    public static ActionDue OpenEnded { get; } = new(DueBasis.None, null);

    /// <summary>
    /// The due day of <paramref name="hint"/> for an action set at a meeting on <paramref name="setAt"/>: "next meeting" is
    /// <paramref name="nextMeeting"/> (the committee's next meeting, once known); a date is that day; a month its last day; a
    /// quarter the last day of that quarter of the financial year (April to March, as UK public bodies count them) that
    /// ends first after the meeting; "future meeting" and phrases have none.
    /// </summary>
    public static ActionDue For(DueHint hint, DateOnly setAt, DateOnly? nextMeeting)
    {
        ArgumentNullException.ThrowIfNull(hint);
        return hint.Kind switch
        {
            DueKind.NextMeeting => new ActionDue(DueBasis.NextMeeting, nextMeeting),
            DueKind.FutureMeeting => new ActionDue(DueBasis.FutureMeeting, null),
            DueKind.Date when DateOnly.TryParseExact(hint.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
                new ActionDue(DueBasis.Date, day),
            DueKind.Month when DateOnly.TryParseExact(hint.Value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) =>
                new ActionDue(DueBasis.MonthEnd, month.AddMonths(1).AddDays(-1)),
            DueKind.Quarter when hint.Value is ['Q', var q] && q is >= '1' and <= '4' => new ActionDue(DueBasis.QuarterEnd, QuarterEnd(q - '0', setAt)),
            _ => OpenEnded,
        };
    }

    /// <summary>
    /// The meeting of <paramref name="meetings"/> the action is due at, where its due names one: the next meeting, or the
    /// meeting held in the month it names ("discuss at the October meeting"). A day or a quarter names no meeting (it may be
    /// when the work is done, "walking the route tomorrow", not when it is reported), so it gives none.
    /// </summary>
    public DateOnly? MeetingIn(IEnumerable<DateOnly> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        return (Basis, Date) switch
        {
            (DueBasis.NextMeeting, { } next) => meetings.Contains(next) ? next : null,
            (DueBasis.MonthEnd, { } end) => meetings.Where(d => d.Year == end.Year && d.Month == end.Month).Order().Cast<DateOnly?>().FirstOrDefault(),
            _ => null,
        };
    }

    /// <summary>The last day of financial quarter <paramref name="quarter"/> (Q1 April to June … Q4 January to March) first ending after <paramref name="after"/>.</summary>
    private static DateOnly QuarterEnd(int quarter, DateOnly after)
    {
        var month = quarter == 4 ? 3 : (quarter * 3) + 3;
        var end = new DateOnly(after.Year, month, 1).AddMonths(1).AddDays(-1);
        return end > after ? end : end.AddYears(1);
    }
}

/// <summary>Where an action's due day comes from.</summary>
public enum DueBasis
{
    /// <summary>The minutes set no time, or none a calendar can hold ("following the meeting").</summary>
    None,

    /// <summary>"At the next meeting": the committee's next meeting after the one that set it.</summary>
    NextMeeting,

    /// <summary>"At a future meeting": followed, with no day.</summary>
    FutureMeeting,

    /// <summary>A day the minutes state.</summary>
    Date,

    /// <summary>A month the minutes state: due by its last day.</summary>
    MonthEnd,

    /// <summary>A quarter the minutes state: due by its last day.</summary>
    QuarterEnd,
}
