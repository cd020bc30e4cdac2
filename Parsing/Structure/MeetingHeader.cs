using System.Globalization;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// The lines that say which meeting the minutes record: "At a meeting of the X on Monday, 9 September 2024 in Y",
/// "Council - Wednesday, 13th December, 2006 6.30 p.m.", a committee line over a date line, "Meeting: 24/01/2022 - X (Item 25)",
/// "Minutes of Meeting of the X held in Y on Wednesday 12th February 2020 at 6.08 pm", "X PARISH COUNCIL MEETING held on …",
/// "Minutes of X 22 November 2023", "THE X COUNCIL - Y COMMITTEE - PLACE.", "Venue: …".
/// </summary>
internal static partial class MeetingHeader
{
    /// <summary>What the header states; each part null when it does not.</summary>
    public sealed record Facts(string? Council, string? Committee, DateOnly? Date, TimeOnly? StartTime, string? Venue);

    /// <summary>Reads the header lines; <paramref name="anchor"/> is where the attendance starts (the header sits just above it), or -1.</summary>
    public static Facts Read(IReadOnlyList<Block> header, int anchor)
    {
        var dates = new List<(DateOnly Date, int Weight)>();
        var committees = new List<(string Name, int Weight)>();
        string? venue = null;
        string? council = null;
        TimeOnly? time = null;
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i].Text;
            var nearAnchor = anchor >= 0 && i < anchor && anchor - i <= 3 ? 5 : 0;
            var m = MeetingLine().Match(text);
            if (m.Success)
            {
                Add(dates, CalendarText.FirstDate(m.Groups["date"].Value), 10);
                committees.Add((m.Groups["committee"].Value, 10));
                continue;
            }

            m = DecisionLine().Match(text);
            if (m.Success)
            {
                Add(dates, CalendarText.FirstDate(m.Groups["date"].Value), 8);
                continue;
            }

            m = HeldOn().Match(text);
            if (m.Success)
            {
                Add(dates, CalendarText.FirstDate(text), 8 + nearAnchor);
                time ??= CalendarText.FirstTime(text);
                venue ??= m.Groups["venue"].Success ? Clean(m.Groups["venue"].Value) : null;
                continue;
            }

            m = DecisionMaker().Match(text);
            if (m.Success)
            {
                committees.Add((m.Groups["committee"].Value, 5));
                continue;
            }

            if (FieldLabelAlone().Match(text) is { Success: true } field && i + 1 < header.Count)
            {
                // "Place:" on one line, the place on the next.
                if (field.Groups["place"].Success)
                {
                    venue ??= Clean(header[i + 1].Text);
                }

                continue;
            }

            m = AtAMeetingOf().Match(text);
            if (m.Success)
            {
                committees.Add((m.Groups["committee"].Value, 9 + nearAnchor));
                Add(dates, CalendarText.FirstDate(m.Groups["when"].Value), 9 + nearAnchor);
                time ??= CalendarText.FirstTime(m.Groups["when"].Value);
                venue ??= Clean(m.Groups["venue"].Value);
                continue;
            }

            m = MinutesOfMeetingOf().Match(text);
            if (m.Success)
            {
                committees.Add((m.Groups["committee"].Value, 9 + nearAnchor));
                var rest = m.Groups["rest"].Value;
                Add(dates, CalendarText.FirstDate(rest), 9 + nearAnchor);
                time ??= CalendarText.FirstTime(rest);
                var place = HeldIn().Match(rest);
                venue ??= place.Success ? Clean(place.Groups["venue"].Value) : null;
                continue;
            }

            m = MinutesOfCommitteeMeetingHeld().Match(text);
            if (!m.Success)
            {
                m = BodyMeetingHeld().Match(text);
            }

            if (m.Success)
            {
                committees.Add((m.Groups["committee"].Value, 8 + nearAnchor));
                Add(dates, CalendarText.FirstDate(m.Groups["rest"].Value), 8 + nearAnchor);
                time ??= CalendarText.FirstTime(m.Groups["rest"].Value);
                continue;
            }

            m = MinutesOfCommitteeLine().Match(text);
            if (m.Success)
            {
                committees.Add((m.Groups["committee"].Value, 7 + nearAnchor));
                if (i + 1 < header.Count && DateFirstLine().Match(header[i + 1].Text) is { Success: true } below)
                {
                    Add(dates, CalendarText.FirstDate(below.Value), 7 + nearAnchor);
                    venue ??= below.Groups["venue"].Success ? Clean(below.Groups["venue"].Value) : null;
                }

                continue;
            }

            m = MinutesOfCommitteeDate().Match(text);
            if (m.Success && CalendarText.FirstDate(m.Groups["when"].Value) is { } titleDate)
            {
                committees.Add((m.Groups["committee"].Value, 8 + nearAnchor));
                Add(dates, titleDate, 8 + nearAnchor);
                continue;
            }

            m = CouncilDashCommittee().Match(text);
            if (m.Success && !NotACommittee().IsMatch(m.Groups["committee"].Value))
            {
                council ??= TitleCase(m.Groups["council"].Value);
                committees.Add((m.Groups["committee"].Value, 7 + nearAnchor));
                continue;
            }

            m = CommitteeDashDate().Match(text);
            if (m.Success && CalendarText.FirstDate(m.Groups["when"].Value) is { } dashDate)
            {
                committees.Add((m.Groups["committee"].Value, 7 + nearAnchor));
                Add(dates, dashDate, 7 + nearAnchor);
                time ??= CalendarText.FirstTime(m.Groups["when"].Value);
                continue;
            }

            if (IsDateLine(text) && CalendarText.FirstDate(text) is { } lineDate)
            {
                Add(dates, lineDate, 6 + nearAnchor);
                time ??= CalendarText.FirstTime(text);
                if (i > 0 && ItemHeadingRule.IsTitleLike(header[i - 1].Text) && !NotACommittee().IsMatch(header[i - 1].Text))
                {
                    committees.Add((header[i - 1].Text, 6 + nearAnchor));
                }

                continue;
            }

            m = VenueLine().Match(text);
            if (m.Success)
            {
                venue ??= Clean(m.Groups["venue"].Value);
                continue;
            }

            m = CouncilLine().Match(text);
            if (m.Success)
            {
                council ??= TitleCase(text.Trim());
                continue;
            }

            if (DateLabelLine().IsMatch(text))
            {
                Add(dates, CalendarText.FirstDate(text), 1);
            }
        }

        var committee = committees.Count == 0 ? null : TidyCommittee(committees.OrderByDescending(c => c.Weight).First().Name);
        DateOnly? date = dates.Count == 0 ? null : dates.OrderByDescending(d => d.Weight).First().Date;
        return new Facts(council, committee, date, time, venue);
    }

    /// <summary>True for a line of the meeting's header block (title, date line, venue, contact, a portal page's caption).</summary>
    public static bool IsHeaderLine(string text) =>
        MeetingLine().IsMatch(text) || DecisionLine().IsMatch(text) || AtAMeetingOf().IsMatch(text) || MinutesOfMeetingOf().IsMatch(text)
        || CommitteeDashDate().IsMatch(text) || IsDateLine(text) || VenueLine().IsMatch(text) || CouncilLine().IsMatch(text)
        || PageCaption().IsMatch(text) || HeldOn().IsMatch(text) || FieldLabelAlone().IsMatch(text)
        || MinutesOfCommitteeLine().IsMatch(text) || MinutesOfCommitteeMeetingHeld().IsMatch(text) || BodyMeetingHeld().IsMatch(text)
        || MinutesOfCommitteeDate().IsMatch(text) || CouncilDashCommittee().IsMatch(text);

    /// <summary>True for a line with a meeting's lines: "Meeting: 24/01/2022 - X (Item 25)", "Decided at meeting: …".</summary>
    public static bool IsMeetingLine(string text) => MeetingLine().IsMatch(text) || DecisionMaker().IsMatch(text);

    /// <summary>A line that is a date and little else: "Monday, 23rd January, 2023 6.30 p.m.", "4.00pm21 January 2021".</summary>
    private static bool IsDateLine(string text)
    {
        if (DateFirstLine().IsMatch(text))
        {
            return true;
        }

        if (text.Length > 60 || CalendarText.Dates(text).FirstOrDefault() is not { Length: > 0 } date)
        {
            return false;
        }

        var rest = text.Remove(date.Index, date.Length);
        return WeekdayDateLine().IsMatch(text) || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter) && !Clock().IsMatch(w)) <= 1;
    }

    /// <summary>A committee name as a reader would write it: no "the", capitals only where English puts them.</summary>
    public static string? TidyCommittee(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var t = LeadingThe().Replace(name.Trim().Trim('*', ' ', ',', '.', '-', '–'), "");
        return t.Length == 0 ? null : TitleCase(t);
    }

    /// <summary>"PLANNING COMMITTEE" reads "Planning Committee"; mixed case is kept as printed.</summary>
    public static string TitleCase(string text)
    {
        if (text.Any(char.IsLower))
        {
            return text;
        }

        var words = text.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i == 0 || !SmallWords.Contains(words[i]))
            {
                words[i] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[i]);
            }
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "on", "in", "to", "&" };

    private static void Add(List<(DateOnly, int)> dates, DateOnly? date, int weight)
    {
        if (date is { } d)
        {
            dates.Add((d, weight));
        }
    }

    private static string? Clean(string value)
    {
        var t = ViewDirections().Replace(value, "").Trim().TrimEnd('.', ',', ' ');
        return t.Length == 0 ? null : t;
    }

    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

    [GeneratedRegex(@"^(?:Meeting|Decided at meeting|Meeting date)\s*:\s*(?<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?<committee>.+?)\s*(?:\(\s*Item\b[^)]*\))?\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MeetingLine();

    [GeneratedRegex(@"^(?<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*\S", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionLine();

    [GeneratedRegex(@"^At\s+an?\s+(?:\w+\s+)?meeting\s+of\s+(?<committee>.+?)\s+(?:held\s+)?on\s+(?<when>(?:(?:" + Weekday + @"),?\s+)?\d{1,2}\S*\s+\w+,?\s+\d{4}(?:\s+at\s+[\d.:]+\s*[ap]\.?m\.?)?)(?:,?\s+(?:in|at)\s+(?<venue>.+?))?\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AtAMeetingOf();

    [GeneratedRegex(@"^Minutes\s+of\s+(?:the\s+|a\s+)?(?:[Pp]roceedings\s+of\s+(?:the|a)\s+)?(?:\w+\s+)?(?:meeting|Meeting|MEETING)\s+of\s+(?<committee>.+?)\s+(?<rest>held\s+.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfMeetingOf();

    // "Minutes of the Meeting of the Parish Council", the date on the line below.
    [GeneratedRegex(@"^Minutes\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?[Mm]eeting\s+of\s+(?:the\s+)?(?<committee>[A-Z][^,.]{2,80}?)\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfCommitteeLine();

    // "Minutes of the Parish Council Meeting held on Monday 11th February 2019".
    [GeneratedRegex(@"^Minutes\s+of\s+(?:the\s+)?(?<committee>[A-Z][\w&' -]{2,80}?)\s+[Mm]eeting\s+held\s+(?<rest>.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfCommitteeMeetingHeld();

    // "PARISH COUNCIL MEETING held on 20th July 2009 at 7.30pm", a parish's title without "Minutes of": the body must be named as one.
    [GeneratedRegex(@"^(?<committee>[A-Z][\w&' -]{2,80}?\b(?:Council|Committee|Board|Cabinet|Panel|Forum|Executive|COUNCIL|COMMITTEE|BOARD|CABINET|PANEL|FORUM|EXECUTIVE))\s+(?:[Mm]eeting|MEETING)\s+held\s+(?<rest>.*\d{4}.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyMeetingHeld();

    // "Minutes of Parish Council 22 November 2023", "Minutes of the Planning Committee - Monday 9 March 2020": the title and date on one line.
    [GeneratedRegex(@"^Minutes\s+of\s+(?:the\s+)?(?<committee>(?![Mm]eeting\b)[A-Z][^,.\d–-]{2,80}?)(?<!\bheld(?:\s+on)?)\s*[-–,]?\s+(?<when>(?:(?:" + Weekday + @"),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfCommitteeDate();

    // "THE FIFE COUNCIL - POLICY AND RESOURCES COMMITTEE - GLENROTHES.": printed minutes' capitalised title, council first, then the committee, then the place.
    [GeneratedRegex(@"^(?<council>(?:THE\s+)?(?:[A-Z&'’]+\s+){1,5}COUNCIL)\s+[-–]\s+(?<committee>[A-Z][A-Z,&'’ ]{2,100}?)(?:\s+[-–]\s*(?:[A-Z][A-Z ,.]*)?)?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CouncilDashCommittee();

    // "22nd November 2018, The Old School, Kings Caple": a date opening the line, the venue after it.
    [GeneratedRegex(@"^(?:(?:" + Weekday + @"),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}(?:,\s*(?<venue>.+))?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DateFirstLine();

    [GeneratedRegex(@"held\s+(?:in|at)\s+(?<venue>.+?),?\s+on\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex HeldIn();

    [GeneratedRegex(@"^(?<committee>[^\d][^–]{1,120}?)\s+[-–]\s+(?<when>(?:" + Weekday + @")\b.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CommitteeDashDate();

    [GeneratedRegex(@"^(?:" + Weekday + @"),?\s+\d{1,2}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex WeekdayDateLine();

    [GeneratedRegex(@"^(?:Minutes\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+)?[Hh]eld\s+(?:on|at)\s+(?:.*?\d{4})(?:.*?\s+in\s+(?<venue>(?:the\s+)?[A-Z].*?))?\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"^Decision\s+Maker\s*:\s*(?<committee>.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionMaker();

    [GeneratedRegex(@"^(?:(?<place>Place|Venue|Location)|Date|Time)\s*:\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FieldLabelAlone();

    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?$|^[ap]\.?m\.?$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^Venue:\s*(?<venue>.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex VenueLine();

    [GeneratedRegex(@"^(?:[A-Z&'’]+\s+){1,6}(?:COUNCIL|CORPORATION)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CouncilLine();

    [GeneratedRegex(@"^(?:Agenda and minutes|Agenda and decisions|Agenda item|Issue - |Decisions for issue|Contact:|Public Document Pack|Held\b|At\s|In\s+the\b|Please ask for|Direct Dial|E-mail:|Your Ref|Our Ref|Date:|(?:Draft|Unconfirmed|Approved|Confirmed)\s+Minutes$)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PageCaption();

    [GeneratedRegex(@"^Date\s*:", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DateLabelLine();

    [GeneratedRegex(@"\.?\s*View directions\.?", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ViewDirections();

    [GeneratedRegex(@"^(?:Agenda and minutes|Agenda and decisions|Agenda|Minutes|Issue - |Decisions? |Items?$|No\.|Contact:|Venue:|Public Document Pack|Held\b|At\s|In\s+the\b|(?:\d+(?:st|nd|rd|th)?|First|Second|Third|Annual|Extraordinary|Special|Ordinary)\s+(?:General\s+)?Meeting\b)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex NotACommittee();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThe();
}
