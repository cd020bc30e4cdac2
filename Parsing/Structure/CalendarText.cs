using System.Globalization;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>Dates and times as British minutes write them: "Monday, 9 September 2024", "13th December, 2006", "the 5th day of March 2024", "24/01/2022", "05.03.2024", "2024-01-24", "6.30 p.m.".</summary>
internal static partial class CalendarText
{
    /// <summary>A date found in text, with where it was.</summary>
    public readonly record struct DateMatch(DateOnly Date, int Index, int Length);

    /// <summary>Every full date (day, month and year) in the text, in order.</summary>
    public static IEnumerable<DateMatch> Dates(string text)
    {
        foreach (Match m in LongDate().Matches(text))
        {
            if (TryDate(m.Groups["year"].Value, Month(m.Groups["month"].Value), m.Groups["day"].Value, out var date))
            {
                yield return new DateMatch(date, m.Index, m.Length);
            }
        }

        foreach (Match m in MonthFirstDate().Matches(text))
        {
            if (TryDate(m.Groups["year"].Value, Month(m.Groups["month"].Value), m.Groups["day"].Value, out var date))
            {
                yield return new DateMatch(date, m.Index, m.Length);
            }
        }

        foreach (Match m in NumericDate().Matches(text).Concat(IsoDate().Matches(text)))
        {
            if (TryDate(m.Groups["year"].Value, int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), m.Groups["day"].Value, out var date))
            {
                yield return new DateMatch(date, m.Index, m.Length);
            }
        }
    }

    /// <summary>The first full date in the text, if any.</summary>
    public static DateOnly? FirstDate(string text) =>
        Dates(text).OrderBy(d => d.Index).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    /// <summary>
    /// The first date of a line that names the meeting: any full date, or one with dots and a two-digit year after the
    /// line's first word ("Parish Council Meeting 3.6.24"), which in prose could number a paragraph but in a title dates it.
    /// </summary>
    public static DateOnly? FirstTitleDate(string line) =>
        Dates(line).Concat(DottedShortDates(line)).OrderBy(d => d.Index).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    private static IEnumerable<DateMatch> DottedShortDates(string line)
    {
        foreach (Match m in DottedShortDate().Matches(line))
        {
            if (TryDate(m.Groups["year"].Value, int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture), m.Groups["day"].Value, out var date))
            {
                yield return new DateMatch(date, m.Index, m.Length);
            }
        }
    }

    /// <summary>A month named with its year and no day ("in July 2018"), as (year, month) pairs.</summary>
    public static IEnumerable<(int Year, int Month, int Index)> MonthsWithYear(string text)
    {
        foreach (Match m in MonthYear().Matches(text))
        {
            yield return (int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), Month(m.Groups["month"].Value), m.Index);
        }
    }

    /// <summary>How many month names the text has, with or without a year.</summary>
    public static int MonthNames(string text) => MonthName().Count(text);

    /// <summary>The first clock time in the text ("6.30 p.m.", "10.00 am", "18:30").</summary>
    public static TimeOnly? FirstTime(string text)
    {
        var m = ClockTime().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = m.Groups["meridiem"].Value.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        if (meridiem == "PM" && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == "AM" && hour == 12)
        {
            hour = 0;
        }

        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static bool TryDate(string year, int month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        y += year.Length == 2 ? 2000 : 0;
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2200 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }

    private static int Month(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private const string MonthPattern = Vocabulary.Month + "|" + Vocabulary.MonthAbbreviation;

    // No word boundary before the day: a time can run into it ("4.00pm21 January 2021").
    // "13th of June 2006", "13 th of June": the day's ordinal may stand apart, and "of" may come before the month.
    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})\s?(?:st|nd|rd|th)?\s*(?:day\s+)?(?:of\s+)?(?<month>" + MonthPattern + @")\.?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex LongDate();

    // "Monday December 19th 2011".
    [GeneratedRegex(@"\b(?<month>" + MonthPattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MonthFirstDate();

    // "24/01/2022", "24/1/22", "05.03.2024": day first, as in Britain; a two-digit year only after slashes ("5.3.24" may number a paragraph).
    [GeneratedRegex(@"(?<![\d/.])(?:(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4}|\d{2})|(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4}))(?![\d/]|\.\d)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NumericDate();

    // "3.6.24" after a word: never a line's leading paragraph number.
    [GeneratedRegex(@"(?<=\S\s+)(?<![\d/.])(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{2})(?![\d/]|\.\d)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DottedShortDate();

    // "2016-11-24", "2017-6-20": the order of digital titles and file names.
    [GeneratedRegex(@"(?<![\d-])(?<year>(?:19|20)\d{2})-(?<month>\d{1,2})-(?<day>\d{1,2})(?![\d-])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d\s*(?:st|nd|rd|th)?\s*)\b(?<month>" + MonthPattern + @")\.?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:" + MonthPattern + @")\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?\s*(?<meridiem>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])|\b(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ClockTime();
}
