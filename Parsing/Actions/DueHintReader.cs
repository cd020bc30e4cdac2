using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Parsing.Structure;

namespace CouncilMinutes.Parsing.Actions;

/// <summary>
/// When a commitment is due, as precisely as its sentence says: the next meeting, a future meeting or a report to a committee,
/// one calendar date or month, a quarter, "tomorrow" (from the meeting date), "following the meeting", or nothing.
/// </summary>
public static partial class DueHintReader
{
    public static DueHint Read(string sentence, DateOnly? meetingDate)
    {
        if (Tomorrow().IsMatch(sentence))
        {
            return meetingDate is { } d ? DueHint.OnDate(d.AddDays(1)) : new DueHint(DueKind.Phrase, "tomorrow");
        }

        if (NextMeeting().IsMatch(sentence))
        {
            return DueHint.NextMeeting;
        }

        if (AfterMeeting().IsMatch(sentence) && !CalendarText.Dates(sentence).Any())
        {
            return new DueHint(DueKind.Phrase, "following the meeting");
        }

        if (Quarter().Match(sentence) is { Success: true } q)
        {
            return DueHint.InQuarter(int.Parse(q.Groups["q"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        // "at the September meeting", "on the February PC agenda": that month's meeting, the first September after the meeting that said so.
        if (meetingDate is { } held && MonthMeeting().Matches(sentence) is { Count: 1 } named
            && DateTime.TryParseExact(named[0].Groups["month"].Value, "MMMM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month))
        {
            var year = month.Month > held.Month ? held.Year : held.Year + 1;
            return DueHint.InMonth(year, month.Month);
        }

        // A period ("covering the period up to 31st March 2017") says what a report covers, not when it is due.
        var dueText = Period().Replace(sentence, " ");
        var dates = CalendarText.Dates(dueText).ToList();
        var months = CalendarText.MonthsWithYear(dueText).ToList();

        // "by the end of July", "(due end of July)": a month with no year is the next such month from the meeting on.
        if (meetingDate is { } said && dates.Count + months.Count == 0 && MonthDue().Matches(dueText) is { Count: 1 } by
            && DateTime.TryParseExact(by[0].Groups["month"].Value, "MMMM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var dueMonth))
        {
            return DueHint.InMonth(dueMonth.Month >= said.Month ? said.Year : said.Year + 1, dueMonth.Month);
        }

        var meeting = FutureMeeting().IsMatch(dueText);
        var several = SeveralDays().IsMatch(dueText) || CalendarText.MonthNames(dueText) > dates.Count + months.Count;
        if (dates.Count + months.Count == 1 && !several)
        {
            return dates.Count == 1 ? DueHint.OnDate(dates[0].Date) : DueHint.InMonth(months[0].Year, months[0].Month);
        }

        if (meeting || ((several || dates.Count + months.Count > 1) && MeetingWord().IsMatch(dueText)))
        {
            return DueHint.FutureMeeting;
        }

        return DueHint.None;
    }

    /// <summary>
    /// A due date as an action table's cell gives it: a day and month alone ("07/11") is the first such day on or after the
    /// meeting; else as a sentence would say it.
    /// </summary>
    public static DueHint ReadCell(string cell, DateOnly? meetingDate)
    {
        if (meetingDate is { } held && DayMonth().Match(cell.Trim()) is { Success: true } m
            && int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) is var day and >= 1 and <= 31
            && int.Parse(m.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
            && day <= DateTime.DaysInMonth(held.Year + 1, month))
        {
            var date = day <= DateTime.DaysInMonth(held.Year, month) ? new DateOnly(held.Year, month, day) : new DateOnly(held.Year + 1, month, day);
            return DueHint.OnDate(date < held ? date.AddYears(1) : date);
        }

        return Read(cell, meetingDate);
    }

    [GeneratedRegex(@"^(?<day>\d{1,2})/(?<month>\d{1,2})$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DayMonth();

    // "on the 16th and 23rd July": more than one day, so no single due date.
    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|or)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SeveralDays();

    [GeneratedRegex(@"\btomorrow", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:next|following)\s+(?!the\b)(?:\w+\s+)?meeting\b|\bnext\s+(?:Board|Committee|Panel)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"\b(?:Q(?<q>[1-4])\b|quarter\s+(?<q>[1-4])\b)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:period|up\s+to|since|from|between|covering|ending|ended)\s+(?:the\s+)?(?:\d{1,2}\S*\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(?:future|later|subsequent|forthcoming)\s+(?:\w+\s+)?meetings?\b|\b(?:at|to|until|for)\s+(?:a|the|its|their)\s+(?:\w+\s+){0,2}?meetings?\b|\bmeeting\s+of\s+the\s+\w+(?:\s+\w+)?\s+in\s+[A-Z]|\bmeeting\s+in\s+[A-Z]|\b(?:future|further|update)\s+(?:update\s+)?reports?\b|\breports?\s+(?:would|will|should)\s+be\s+(?:submitted|presented|brought)\b|\bon\s+(?:a|the)\s+(?:future\s+)?agenda\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex FutureMeeting();

    // The body may stand between month and meeting, and the agenda for the meeting: "the March Meeting", "the February PC
    // agenda", "the September P.C. meeting".
    [GeneratedRegex(@"\b(?<month>" + Vocabulary.Month + @")\s+(?:[A-Z][\w.]*\s+)?(?i:meeting|agenda)\b(?!\s+(?:of\s+)?\d)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MonthMeeting();

    // "by July", "before the end of March", "due end of July": a month work is due in, named without its year; not "at the end of
    // June", when an event takes place.
    [GeneratedRegex(@"\b(?i:by|before|due|until)\s+(?:(?i:the)\s+)?(?:(?i:end\s+of)\s+)?(?<month>" + Vocabulary.Month + @")\b(?!\s+\d)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MonthDue();

    [GeneratedRegex(@"\bmeetings?\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"\b(?:following|after)\s+the\s+meeting\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex AfterMeeting();
}
