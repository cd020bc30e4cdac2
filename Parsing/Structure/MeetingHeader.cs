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

    /// <summary>What a rule reads besides its own line.</summary>
    public enum Neighbour
    {
        /// <summary>Only the line.</summary>
        None,

        /// <summary>The meeting's date on the line below ("Minutes of the Meeting of the Parish Council" over "22nd November 2018, The Old School").</summary>
        DateBelow,

        /// <summary>The value of a field whose label stands alone ("Place:" over the place).</summary>
        ValueBelow,

        /// <summary>The committee on the title line above a date line ("Planning Committee" over "Monday, 23rd January, 2023").</summary>
        TitleAbove,
    }

    /// <summary>
    /// One way a header line states its meeting. The line is read through the pattern's named groups: <c>committee</c>,
    /// <c>council</c>, <c>venue</c>, and the meeting's date and time from <c>date</c>, <c>when</c> or <c>rest</c> (else the
    /// whole line). What it reads counts with <paramref name="Weight"/>, more near the attendance list when
    /// <paramref name="NearAttendance"/>; the strongest date and committee of the header win.
    /// </summary>
    /// <param name="Name">The convention, as a person would name it.</param>
    /// <param name="Pattern">Matches a line of the convention.</param>
    /// <param name="Weight">How much what it reads counts against other lines.</param>
    /// <param name="NearAttendance">Counts more within three lines above the attendance list, where a header's title sits.</param>
    /// <param name="NeedsDate">Applies only when the line gives a date.</param>
    /// <param name="Reads">What it reads besides its own line.</param>
    public sealed record Rule(string Name, Regex Pattern, int Weight, bool NearAttendance = true, bool NeedsDate = false, Neighbour Reads = Neighbour.None)
    {
        /// <summary>The line's shape, where a pattern alone cannot say it.</summary>
        public Func<string, bool>? Shape { get; init; }

        /// <summary>Applies only to the document's first lines, where its title is.</summary>
        public bool TitleOnly { get; init; }

        /// <summary>The match of <paramref name="line"/>, or null when the rule does not read it.</summary>
        public Match? Reading(string line) => Pattern.Match(line) is { Success: true } m && (Shape?.Invoke(line) ?? true) ? m : null;
    }

    /// <summary>The conventions, tried in order on each line: the first that applies reads it.</summary>
    public static IReadOnlyList<Rule> Rules { get; } =
    [
        new("a portal's meeting line: \"Meeting: 24/01/2022 - Cabinet (Item 25)\"", MeetingLine(), 10, NearAttendance: false),
        new("a decision's date line: \"10/09/2024 - Approval of the budget\"", DecisionLine(), 8, NearAttendance: false),
        new("held on: \"Held on Monday 11 February 2019 at 7.30pm in the Village Hall\"", HeldOn(), 8),
        new("the decision maker: \"Decision Maker: Cabinet\"", DecisionMaker(), 5, NearAttendance: false),
        new("a field label alone: \"Place:\" over the place, \"Decision Made:\" over the date", FieldLabelAlone(), 0, Reads: Neighbour.ValueBelow),
        new("at a meeting of: \"At a meeting of the Executive Board on Monday, 9 September 2024 in the Civic Suite\"", AtAMeetingOf(), 9),
        new("minutes of a meeting of: \"Minutes of Meeting of the Council held in the Chamber on Wednesday 12th February 2020\"", MinutesOfMeetingOf(), 9),
        new("minutes of a body's meeting held: \"Minutes of the Parish Council Meeting held on Monday 11th February 2019\"", MinutesOfCommitteeMeetingHeld(), 8),
        new("a body's meeting held: \"PARISH COUNCIL MEETING held on 20th July 2009 at 7.30pm\"", BodyMeetingHeld(), 8),
        new("minutes of a meeting of a body, the date below: \"Minutes of the Meeting of the Parish Council\"", MinutesOfCommitteeLine(), 7, Reads: Neighbour.DateBelow),
        new("minutes of a body and a date: \"Minutes of the Planning Committee - Monday 9 March 2020\"", MinutesOfCommitteeDate(), 8, NeedsDate: true),
        new("council, committee, place: \"THE FIFE COUNCIL - POLICY AND RESOURCES COMMITTEE - GLENROTHES.\"", CouncilDashCommittee(), 7),
        new("committee and weekday date: \"Council - Wednesday, 13th December, 2006 6.30 p.m.\"", CommitteeDashDate(), 7, NeedsDate: true),
        new("a date line, its committee above: \"Monday, 23rd January, 2023 6.30 p.m.\"", AnyLine(), 6, NeedsDate: true, Reads: Neighbour.TitleAbove) { Shape = IsDateLine },
        new("a body's name, then its minutes: \"WROXTON PARISH COUNCIL MINUTES OF PARISH MEETING AT WROXTON VILLAGE HALL ON\"", BodyThenMinutes(), 7),
        new("a body, a weekday date and a place: \"Amenities and Leisure Committee Tuesday 13th March 2018 Sutton Coldfield Town Hall\"", BodyWeekdayDate(), 6, NeedsDate: true),
        new("a body field: \"Minutes of Meeting of: Council\", \"Committee: Planning Committee\"", BodyField(), 8),
        new("a venue field: \"Venue: Council Chamber, Guildhall\"", VenueLine(), 0),
        new("a council's name in capitals: \"HALTON BOROUGH COUNCIL\"", CouncilLine(), 0),
        new("a date field: \"Date: 5 May 2020 Time: 7.30pm Place: Village Hall\"", DateLabelLine(), 1, NearAttendance: false),
        new("a title ending in its date: \"DHCW TDA 25/07/2025\", \"Finance Committee Meeting Minutes 25 July 2025\"", TitleThenDate(), 4, NearAttendance: false, NeedsDate: true) { TitleOnly = true },
    ];

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
            foreach (var rule in Rules)
            {
                if ((rule.TitleOnly && i >= TitleLines) || rule.Reading(text) is not { } m)
                {
                    continue;
                }

                var below = i + 1 < header.Count ? header[i + 1].Text : null;
                var when = Group(m, "date") ?? Group(m, "when") ?? Group(m, "rest") ?? text;
                var date = CalendarText.FirstDate(when);
                var committee = Group(m, "committee");
                if (rule.Reads == Neighbour.DateBelow && below is not null && DateFirstLine().Match(below) is { Success: true } dateBelow)
                {
                    (date, when) = (CalendarText.FirstDate(dateBelow.Value), dateBelow.Value);
                    venue ??= Group(dateBelow, "venue") is { } placeBelow ? Clean(placeBelow) : null;
                }

                if (rule.Reads == Neighbour.TitleAbove && i > 0 && ItemHeadingRule.IsTitleLike(header[i - 1].Text))
                {
                    committee = header[i - 1].Text;
                }

                if ((rule.NeedsDate && date is null) || (committee is not null && NotACommittee().IsMatch(committee) && rule.Reads != Neighbour.TitleAbove))
                {
                    continue;
                }

                var weight = rule.Weight + (rule.NearAttendance && anchor >= 0 && i < anchor && anchor - i <= 3 ? NearAttendanceBonus : 0);
                Add(dates, date, weight);
                if (committee is not null && !NotACommittee().IsMatch(committee))
                {
                    committees.Add((committee, weight));
                }

                council ??= Group(m, "council") is { } name ? TitleCase(name.Trim()) : null;
                time ??= CalendarText.FirstTime(when);
                venue ??= Group(m, "venue") is { } place ? Clean(place)
                    : rule.Reads == Neighbour.ValueBelow && Group(m, "place") is not null && below is not null ? Clean(below)
                    : HeldIn().Match(when) is { Success: true } heldIn ? Clean(heldIn.Groups["venue"].Value) : null;
                break;
            }
        }

        var chosen = committees.Count == 0 ? null : TidyCommittee(committees.OrderByDescending(c => c.Weight).First().Name);
        DateOnly? meetingDate = dates.Count == 0 ? null : dates.OrderByDescending(d => d.Weight).First().Date;
        return new Facts(council, chosen, meetingDate, time, venue);
    }

    /// <summary>How many of a document's first lines may be its title.</summary>
    private const int TitleLines = 3;

    /// <summary>How much more a line counts within three lines above the attendance list.</summary>
    private const int NearAttendanceBonus = 5;

    private static string? Group(Match m, string name) => m.Groups[name] is { Success: true } g ? g.Value : null;

    /// <summary>True for a line of the meeting's header block (title, date line, venue, contact, a portal page's caption).</summary>
    public static bool IsHeaderLine(string text) => PageCaption().IsMatch(text) || Rules.Any(r => r.Reading(text) is not null);

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

    /// <summary>A committee name as a reader would write it: no "the" or kind of meeting, capitals only where English puts them.</summary>
    public static string? TidyCommittee(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var t = MeetingKindOrThe().Replace(MinutesOfOrMeeting().Replace(name.Trim().Trim('*', ' ', ',', '.', '-', '–'), ""), "");
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
            // A word with no vowel is an abbreviation and keeps its capitals: "NHS", "CCG".
            if (words[i].Length > 1 && words[i].All(char.IsLetter) && !words[i].Any(c => "aeiouy".Contains(c)))
            {
                words[i] = words[i].ToUpperInvariant();
            }
            else if (i == 0 || !SmallWords.Contains(words[i]))
            {
                words[i] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[i]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The small words a title leaves in lower case: "Policy and Resources", "Head of Service".</summary>
    public static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "on", "in", "to", "&" };

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

    [GeneratedRegex(@"^(?:Meeting|Decided at meeting|Meeting date)\s*:\s*(?<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?<committee>.+?)\s*(?:\(\s*Item\b[^)]*\))?\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MeetingLine();

    [GeneratedRegex(@"^(?<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*\S", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionLine();

    // "At a meeting of the Combined Fire Authority … held at Fire and Rescue Service Headquarters, Durham on Thursday …": the body ends at "held".
    [GeneratedRegex(@"^At\s+an?\s+(?:\w+\s+)?(?i:meeting)\s+of\s+(?<committee>(?:(?!\sheld\b).)+?)\s+(?:held\s+(?:(?:at|in)\s+(?<venue>.+?)\s+)?)?on\s+(?<when>(?:(?:" + Vocabulary.Weekday + @"),?\s+)?\d{1,2}\S*\s+\w+,?\s+\d{4}(?:\s+at\s+[\d.:]+\s*[ap]\.?m\.?)?)(?:,?\s+(?:in|at)\s+(?<venue>.+?))?\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AtAMeetingOf();

    [GeneratedRegex(@"^(?i:(?:the\s+)?(?:draft\s+)?(?:minutes?|notes|record)\s+of\s+(?:the\s+|a\s+)?(?:proceedings\s+of\s+(?:the|a)\s+)?(?:\w+\s+)?meeting\s+of)\s+(?<committee>.+?)\s+(?<rest>(?i:held)\s+.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfMeetingOf();

    // "WROXTON & BALSCOTE PARISH COUNCIL MINUTES OF PARISH MEETING AT …", "Ashby Parish Council – Minutes – 5 March 2024",
    // "Public Sector Transparency Board – Minutes, 24th June 2010": the body named as one, then the minutes.
    [GeneratedRegex(@"^(?<committee>[A-Z][\w&',’ -]{2,80}?\b(?:" + Vocabulary.BodyNoun + @"|COUNCIL|COMMITTEE|BOARD|PANEL|AUTHORITY|GROUP|FORUM|TRUST))\s*[-–:]?\s+(?:MINUTES|Minutes)(?:\s+(?:OF|of)\b|\s*[-–,]\s+(?=.*\d{4}))", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyThenMinutes();

    // "Amenities, Leisure and Community Services Tuesday 13th March 2018 Sutton Coldfield Town Hall": title, date, place.
    // "Fire and Rescue Authority - Policy and Strategy Friday, 24th July, 2015 10.00 am": a dash may part the body's names and a time follow the date.
    [GeneratedRegex(@"^(?<committee>[A-Z][\w&'’()/-]*(?:\s+[\w&'’()/-]+){0,7}?)(?:\s+(?i:meeting|minutes|notes|draft))*\s*[-–,:]?\s+(?<date>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + Vocabulary.Month + @")\s+\d{4})$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TitleThenDate();

    [GeneratedRegex(@"^(?<committee>[A-Z](?:(?!\s-\s(?:" + Vocabulary.Weekday + @"))[^\d:;–]){3,100}?),?\s+(?<when>(?:" + Vocabulary.Weekday + @"),?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)?)(?:\s+(?<venue>[A-Z].+))?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyWeekdayDate();

    // "Minutes of Meeting of: Council", "Committee: Planning Committee", "Name of Body: Audit Panel": the body as a form's field.
    [GeneratedRegex(@"^(?:Minutes\s+of\s+(?:the\s+)?(?:[Mm]eeting\s+of|MEETING\s+OF)|[Mm]eeting\s+of|Committee|COMMITTEE|Name\s+of\s+(?:[Bb]ody|[Cc]ommittee)|Body)\s*:\s*(?:the\s+)?(?<committee>[A-Z][^,.:\d]{2,80}?)\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyField();

    // "Minutes of the Meeting of the Parish Council", the date on the line below.
    [GeneratedRegex(@"^Minutes\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?[Mm]eeting\s+of\s+(?:the\s+)?(?<committee>[A-Z][^,.]{2,80}?)\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfCommitteeLine();

    // "Minutes of the Parish Council Meeting held on Monday 11th February 2019".
    [GeneratedRegex(@"^Minutes\s+of\s+(?:the\s+)?(?<committee>[A-Z][\w&' -]{2,80}?)\s+[Mm]eeting\s+held\s+(?<rest>.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfCommitteeMeetingHeld();

    // "PARISH COUNCIL MEETING held on 20th July 2009 at 7.30pm", a parish's title without "Minutes of": the body must be named as one.
    [GeneratedRegex(@"^(?<committee>[A-Z][\w&' -]{2,80}?\b(?:Council|Committee|Board|Cabinet|Panel|Forum|Executive|COUNCIL|COMMITTEE|BOARD|CABINET|PANEL|FORUM|EXECUTIVE))\s+(?:[Mm]eeting|MEETING)\s+held\s+(?<rest>.*\d{4}.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyMeetingHeld();

    // "Minutes of Parish Council 22 November 2023", "Minutes of the Planning Committee - Monday 9 March 2020", "Record of the
    // meeting of the Liaison Group, 5 March 2024", "Minutes – Finance Committee – 5 March 2024": the title and date on one
    // line.
    [GeneratedRegex(@"^(?:(?:Minutes|Notes|Record)\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?|Minutes\s+[-–]\s+)(?<committee>(?![Mm]eeting\b)[A-Z][^,.\d–-]{2,80}?)(?<!\bheld(?:\s+on)?)\s*[-–,]?\s+(?<when>(?:(?:" + Vocabulary.Weekday + @"),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfCommitteeDate();

    // "THE FIFE COUNCIL - POLICY AND RESOURCES COMMITTEE - GLENROTHES.": printed minutes' capitalised title, council first, then the committee, then the place.
    [GeneratedRegex(@"^(?<council>(?:THE\s+)?(?:[A-Z&'’]+\s+){1,5}COUNCIL)\s+[-–]\s+(?<committee>[A-Z][A-Z,&'’ ]{2,100}?)(?:\s+[-–]\s*(?:[A-Z][A-Z ,.]*)?)?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CouncilDashCommittee();

    // "22nd November 2018, The Old School, Kings Caple": a date opening the line, the venue after it.
    [GeneratedRegex(@"^(?:(?:" + Vocabulary.Weekday + @"),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}(?:,\s*(?<venue>.+))?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DateFirstLine();

    [GeneratedRegex(@"held\s+(?:in|at)\s+(?<venue>.+?),?\s+on\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex HeldIn();

    [GeneratedRegex(@"^(?<committee>[^\d][^–]{1,120}?)\s+[-–]\s+(?<when>(?:" + Vocabulary.Weekday + @")\b.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CommitteeDashDate();

    [GeneratedRegex(@"^(?:" + Vocabulary.Weekday + @"),?\s+\d{1,2}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex WeekdayDateLine();

    [GeneratedRegex(@"^(?:Minutes\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+)?[Hh]eld\s+(?:on|at)\s+(?:.*?\d{4})(?:.*?\s+in\s+(?<venue>(?:the\s+)?[A-Z].*?))?\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"^Decision\s+Maker\s*:\s*(?<committee>.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionMaker();

    [GeneratedRegex(@"^(?:(?<place>Place|Venue|Location)|Date|Time|Decision\s+[Mm]ade|Date\s+of\s+[Dd]ecision|Decision\s+[Dd]ate)\s*:\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FieldLabelAlone();

    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?$|^[ap]\.?m\.?$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^.+$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AnyLine();

    [GeneratedRegex(@"^Venue:\s*(?<venue>.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex VenueLine();

    [GeneratedRegex(@"^(?<council>(?:[A-Z&'’]+\s+){1,6}(?:COUNCIL|CORPORATION))$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CouncilLine();

    [GeneratedRegex(@"^(?:Agenda and minutes|Agenda and decisions|Agenda item|Issue - |Decisions for issue|Contact:|Public Document Pack|Please ask for|Direct Dial|E-mail:|Your Ref|Our Ref|Date:|(?:Draft|Unconfirmed|Approved|Confirmed)\s+Minutes$)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PageCaption();

    [GeneratedRegex(@"^Date\s*:", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DateLabelLine();

    [GeneratedRegex(@"\.?\s*View directions\.?", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ViewDirections();

    [GeneratedRegex(@"^(?:Agenda and minutes|Agenda and decisions|Agenda|Minutes?|Notes?\s+of\b|Record\s+of\b|Issue - |Decisions? |Items?$|No\.|Contact:|Venue:|Public Document Pack|Held\b|At\s|In\s+the\b|(?:\d+(?:st|nd|rd|th)?|First|Second|Third|Annual|Extraordinary|Special|Ordinary)\s+(?:General\s+)?Meeting\b)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex NotACommittee();

    // "Minutes of the Planning Committee", "Notes of the meeting of the Forum", "Meeting of the Executive", "Ashby Parish
    // Council Meeting": what the record is and that it was a meeting, around the body's name.
    [GeneratedRegex(@"^(?:(?:Draft\s+|Approved\s+|Confirmed\s+)?(?:Minutes?|Notes?|Record)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:(?:\w+\s+)?meeting|decisions?)\s+of\s+(?:the\s+)?)?|Meeting\s+of\s+(?:the\s+)?)|\s+(?:Meeting|Minutes)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfOrMeeting();

    // "the Planning Committee"; "EGM, National Park Authority", "Extraordinary Meeting, Council": the kind of meeting, not the body;
    // "Autumn Paediatric Group", "2024 Winter …": the season a group meets in.
    [GeneratedRegex(@"^(?:the\s+|(?:(?:19|20)\d{2}\s+)?(?:Spring|Summer|Autumn|Winter)\s+(?=[A-Z])|(?:EGM|AGM|Extraordinary|Special|Annual)(?:\s+(?:General\s+)?Meeting)?,\s+(?:the\s+)?)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MeetingKindOrThe();
}
