using System.Globalization;

namespace CouncilMinutes.Parsing.Model;

/// <summary>When an action is due, as precisely as the minutes say it.</summary>
public sealed record DueHint(DueKind Kind, string? Value = null)
{
    public static DueHint None { get; } = new(DueKind.None);
    public static DueHint NextMeeting { get; } = new(DueKind.NextMeeting);
    public static DueHint FutureMeeting { get; } = new(DueKind.FutureMeeting);

    public static DueHint OnDate(DateOnly date) => new(DueKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    public static DueHint InMonth(int year, int month) => new(DueKind.Month, new DateOnly(year, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture));
    public static DueHint InQuarter(int quarter) => new(DueKind.Quarter, "Q" + quarter.ToString(CultureInfo.InvariantCulture));

    /// <summary>The label form: "next meeting", "future meeting", "2015-09", "Q3", or null.</summary>
    public string? Label => Kind switch
    {
        DueKind.None => null,
        DueKind.NextMeeting => "next meeting",
        DueKind.FutureMeeting => "future meeting",
        _ => Value,
    };
}

/// <summary>The kinds of due hint minutes give.</summary>
public enum DueKind
{
    None,
    NextMeeting,
    FutureMeeting,
    Date,
    Month,
    Quarter,

    /// <summary>A phrase with no calendar date ("following the meeting").</summary>
    Phrase,
}
