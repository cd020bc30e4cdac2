using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// Which body met and when, read from the top of a document when <see cref="MeetingHeader"/>'s phrasings find neither:
/// whole documents name the body in a letterhead, a heading, a "Committee:" field or a title, and state the meeting's
/// date somewhere in their first lines. Each convention is one <see cref="Rule"/>; the first that reads wins.
/// </summary>
internal static partial class MeetingIdentity
{
    /// <summary>How many blocks from the top are read: the title block, letterhead and attendance of whole minutes.</summary>
    public const int OpeningBlocks = 15;

    /// <summary>One way a document names the body that met: the pattern and its <c>committee</c> group.</summary>
    /// <param name="Name">The convention, as a person would name it.</param>
    /// <param name="Pattern">Matches a line that names the body; the body is its <c>committee</c> group.</param>
    public sealed record Rule(string Name, Regex Pattern);

    /// <summary>The conventions, most explicit first.</summary>
    public static IReadOnlyList<Rule> CommitteeRules { get; } =
    [
        new("a field naming it: \"COMMITTEE: Business Management Committee DATE: …\"", CommitteeField()),
        new("minutes of its meeting: \"MINUTES OF THE SOULDERN PARISH COUNCIL MEETING\", \"Minutes from the Sesswick Community Council meeting held …\"", MinutesOfBodyMeeting()),
        new("minute of a meeting of it: \"Minute of Meeting of the Shadow Board held in …\", \"A Minutes of Special Meeting of Mid Shire Council …\", \"MINUTES OF THE ANNUAL GENERAL MEETING OF THE …\", \"Minutes of Meeting (no.441) of …\"", MinuteOfMeetingOfBody()),
        new("a title naming its meeting: \"2017-6-20 Open Standards Board Meeting\"", BodyMeetingTitle()),
        new("a heading that is its name: \"Ayton Community Council\", \"Open Data User Group - Agenda\", \"Senior Officials Group: 2nd Meeting\"", BodyHeading()),
    ];

    /// <summary>The body that met, by the first rule that names one in the opening lines above the attendance, or null.</summary>
    public static string? Committee(IEnumerable<Block> opening)
    {
        // Below "Present:" or "In attendance:" a line naming a body is who came ("Northern Health & Social Care Trust"), not who met.
        var lines = Lines(opening).TakeWhile(l => !AttendanceSection.IsLabel(l)).ToList();
        var named = Named(lines).FirstOrDefault();
        // "MINUTES OF THE COMMITTEE MEETING" over "NORTH OF TYNE LPC COMMITTEE": a bare kind of body yields to its full name below.
        return named is not null && !named.Contains(' ', StringComparison.Ordinal)
            ? Named(lines).FirstOrDefault(n => n.EndsWith(" " + named, StringComparison.OrdinalIgnoreCase)) ?? named
            : named;
    }

    /// <summary>Every name the rules read in the opening lines, in the rules' order, then the lines'.</summary>
    private static IEnumerable<string> Named(List<string> lines)
    {
        foreach (var rule in CommitteeRules)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (rule.Pattern.Match(lines[i]) is { Success: true } m && MeetingHeader.TidyCommittee(m.Groups["committee"].Value) is { } committee)
                {
                    // An organisation's name over its body's ("DARTMOOR NATIONAL PARK AUTHORITY" / "NATIONAL PARK FORUM"): both,
                    // for the grammar to part as organisation and body.
                    yield return OrganisationName().IsMatch(committee) && i + 1 < lines.Count && BodyHeading().Match(lines[i + 1]) is { Success: true } body
                        ? $"{committee} {MeetingHeader.TidyCommittee(body.Groups["committee"].Value)}"
                        : committee;
                }
            }
        }
    }

    /// <summary>
    /// The body within an organisation that met, where the body found is the organisation and the opening lines name one of
    /// its bodies' meetings: "the Great Western Hospitals NHS Foundation Trust Board meeting held in public", "Essex County
    /// Council – Cabinet meeting"; null where they do not. (A council's own meeting, "Mid Ulster District Council meeting",
    /// names no body within it: a council that meets as a whole is its own committee.)
    /// </summary>
    public static string? BodyWithin(string organisation, IEnumerable<Block> opening)
    {
        if (!OrganisationName().IsMatch(organisation))
        {
            return null;
        }

        foreach (var line in Lines(opening))
        {
            var at = line.IndexOf(organisation, StringComparison.Ordinal);
            if (at >= 0 && BodyMeetingAfterName().Match(line[(at + organisation.Length)..]) is { Success: true } m)
            {
                return m.Groups["body"].Value;
            }
        }

        return null;
    }

    /// <summary>
    /// An organisation's name run into the name of its body that met: "Derby and Derbyshire CCG Governing Body", "Dartmoor
    /// National Park Authority National Park Forum", "Fire and Rescue Authority - Policy and Strategy"; null for one name.
    /// </summary>
    public static (string Organisation, string Body)? OrganisationAndBody(string committee) =>
        OrganisationThenBody().Match(committee) is { Success: true } m ? (m.Groups["organisation"].Value, m.Groups["body"].Value) : null;

    /// <summary>
    /// The body that met, where no heading names it, as the minutes' own prose does: the next meeting announced by the body's
    /// name ("The next Ayton Community Council meeting will take place …"), else the body the minutes most often report
    /// acting ("The Board noted …", "The Council gave consideration to …", "The Council –" over its decisions) where an
    /// organisation has only one such body; null where neither is said.
    /// </summary>
    public static string? CommitteeInProse(IEnumerable<Block> blocks)
    {
        var texts = blocks.Select(b => b.Text).ToList();
        if (texts.Select(t => NextMeetingOfBody().Match(t)).FirstOrDefault(m => m.Success) is { } next)
        {
            return MeetingHeader.TidyCommittee(next.Groups["committee"].Value);
        }

        return texts.SelectMany(t => ActingBody().Matches(t)).Select(m => m.Groups["body"].Value)
            .GroupBy(body => body, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>
    /// The meeting's date: the first full date of a line that names a meeting ("held on", "Meeting", "Minutes", "Date:", a
    /// weekday), or of a short line under one or under the body's name ("HELD IN THE VILLAGE HALL / ON 25 August 2022",
    /// "Full Council / 11 Jul 2017 - 10:00 to 16:00") and is not about another meeting (the last
    /// minutes approved, the next meeting). A date in the minutes' prose says nothing of when they were taken.
    /// </summary>
    public static DateOnly? Date(IEnumerable<Block> opening)
    {
        var lines = Lines(opening).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            // A title or date line, not a sentence of the minutes that mentions a day.
            var named = lines[i].Length <= TitleLine
                        && (MeetingWords().IsMatch(lines[i]) || (i > 0 && lines[i].Length <= ShortLine && (MeetingWords().IsMatch(lines[i - 1]) || BodyHeading().IsMatch(lines[i - 1]))));
            if (named && !OtherMeeting().IsMatch(lines[i]) && CalendarText.FirstTitleDate(lines[i]) is { } date)
            {
                return date;
            }
        }

        return lines.Where(l => l.Length > TitleLine).Select(HeldOnDate).FirstOrDefault(d => d is not null);
    }

    /// <summary>
    /// In a document whose lines were run together ("… At a meeting of the Authority held in the Chamber, No. 1 Mann Island,
    /// on Friday, 15th September, 2017 the following Members were present …"), the first date its opening says the meeting
    /// was held on, where the words before are not about another meeting ("the minutes of the meeting held on …").
    /// </summary>
    private static DateOnly? HeldOnDate(string line)
    {
        var opening = line[..Math.Min(line.Length, FlattenedOpening)];
        foreach (var date in CalendarText.Dates(opening).OrderBy(d => d.Index))
        {
            var from = Math.Max(0, date.Index - HeldReach);
            if (HeldOnBefore().Match(opening[from..date.Index]) is { Success: true } held
                && !OtherMeeting().IsMatch(opening[Math.Max(0, from + held.Index - OtherMeetingReach)..Math.Min(opening.Length, date.Index + date.Length + OtherMeetingReach)]))
            {
                return date.Date;
            }
        }

        return null;
    }

    /// <summary>How much of a run-together line is its opening, where the meeting is stated.</summary>
    private const int FlattenedOpening = 2000;

    /// <summary>The furthest "held" may stand before its date ("held in the Authority Chamber - No. 1 Mann Island, Liverpool, L3 1BP on").</summary>
    private const int HeldReach = 170;

    /// <summary>How far either side of "held … on {date}" a mention of another meeting ("the minutes of the meeting held on … were approved") is looked for.</summary>
    private const int OtherMeetingReach = 50;

    /// <summary>The longest line read as a title or date line.</summary>
    private const int TitleLine = 150;

    /// <summary>The longest line read as the rest of the line above it: a date line, not a paragraph.</summary>
    private const int ShortLine = 60;

    private static IEnumerable<string> Lines(IEnumerable<Block> opening) =>
        opening.Take(OpeningBlocks).SelectMany(b => b.Text.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0);

    private const string BodyNoun = "(?:" + Vocabulary.BodyNoun + ")";

    /// <summary>A name as printed: capitalised words (or capitals) with the small words names have.</summary>
    private const string Name = @"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|the|on|&|[A-Z][\w&'’.-]*)){0,8}";

    // What follows the organisation's name where one of its bodies met: "… Trust Board meeting", "… Council – Cabinet meeting".
    [GeneratedRegex(@"^(?:['’]s)?\s*(?:[–-]\s*)?(?<body>(?:[A-Z][\w&'’-]*\s+){0,2}" + BodyNoun + @")\s+(?i:meeting)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyMeetingAfterName();

    // An organisation's name, then its body's: after a dash any title, else a name ending as bodies' names do. A bare "Board"
    // after the organisation is the organisation's board by its whole name ("Mayoral Combined Authority Board").
    [GeneratedRegex(@"^(?<organisation>.+?\b(?:" + Organisation + @"))\s+(?:[–-]\s+(?<body>[A-Z].+)|(?<body>(?!Board$)(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|&)\s+)?){0,4}(?i:" + BodyNoun + @")))$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OrganisationThenBody();

    /// <summary>The last word of an organisation that meets through its bodies.</summary>
    private const string Organisation = "Council|Authority|Trust|Corporation|Commission|CCG|Commissioning Group";

    // An organisation that meets through its bodies: a trust, a council, an authority.
    [GeneratedRegex(@"\b(?:" + Organisation + @")$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OrganisationName();

    [GeneratedRegex(@"^(?i:committee|meeting|body|board|group|panel)\s*:\s*(?<committee>" + Name + @")(?=\s+(?i:date|time|venue|held)\s*:|\s*$)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CommitteeField();

    [GeneratedRegex(@"^(?i:(?:draft|unconfirmed|approved|confirmed)\s+)?(?i:minutes?)\s+(?i:of|for|from)\s+(?:(?i:the|an?)\s+)?(?:(?i:ordinary|extraordinary|annual|special|full|monthly)\s+)?(?<committee>" + Name + @"\s+(?i:" + BodyNoun + @"))\s+(?:(?i:public|ordinary|extraordinary|annual|special|monthly)\s+)?(?i:meeting)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfBodyMeeting();

    [GeneratedRegex(@"^(?:A\s+)?(?i:(?:draft|unconfirmed|approved|confirmed)\s+)?(?i:minutes?)\s+(?i:of)\s+(?:(?i:the|an?)\s+)?(?:(?i:ordinary|extraordinary|annual|special|general)\s+){0,2}(?i:meeting)(?:\s*\((?i:no)\.?\s*\d+\)|\s+(?i:no)\.?\s*\d+)?\s+(?i:of)\s+(?:(?i:the)\s+)?(?<committee>" + Name + @"\s+(?i:" + BodyNoun + @"))\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinuteOfMeetingOfBody();

    [GeneratedRegex(@"(?:^|\btitle:\s*)(?:[\d/.-]{6,10}\s+)?(?<committee>" + Name + @"\s+(?i:" + BodyNoun + @"))\s+(?i:meeting)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyMeetingTitle();

    [GeneratedRegex(@"^(?<committee>" + Name + @"\s+(?i:" + BodyNoun + @"))(?:\s*[-–:|]\s*(?i:agenda|minutes|draft minutes|notes|(?:\d+(?:st|nd|rd|th)\s+)?meeting))?\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyHeading();

    // "The next Ayton Community Council meeting will …", "The next meeting of the Audit Committee is …": the body that meets in series.
    [GeneratedRegex(@"\b(?i:next)[ \t]+(?:(?i:ordinary|scheduled|full)[ \t]+)?(?:(?i:meeting)[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?(?<committee>[A-Z][\w&'’-]*(?:[ \t]+(?:of|and|for|&|[A-Z][\w&'’-]*)){0,7}?[ \t]+" + BodyNoun + @")\b|(?<committee>[A-Z][\w&'’-]*(?:[ \t]+(?:of|and|for|&|[A-Z][\w&'’-]*)){0,7}?[ \t]+" + BodyNoun + @")[ \t]+(?i:meeting)\b)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NextMeetingOfBody();

    // A minute's subject acting as minutes report it: "The Board noted", "The Council was informed", "The Council –" over its decisions,
    // and as portals open a decision, without the article: "Decision: Cabinet RESOLVED that …", "Council resolved to approve …".
    // Only a body an organisation has one of: "The Committee noted" could be any of a council's committees.
    [GeneratedRegex(@"(?:\b[Tt]he[ \t]+|^[ \t]*|(?<=(?:Decision|Minutes|DECISION|MINUTES)[ \t]*:[ \t]*))(?<body>Council|Cabinet|Executive|Board|Authority|Assembly|Governors|Trust|Commission|Corporation)[ \t]+(?:noted|resolved|agreed|received|considered|gave|welcomed|discussed|approved|heard|thanked|endorsed|RESOLVED|AGREED|NOTED|was[ \t]+(?:informed|advised|asked|told|updated|reminded)|[–-][ \t]*$)", RegexOptions.Multiline, MatchTimeout.Milliseconds)]
    private static partial Regex ActingBody();

    /// <summary>A line about a meeting other than this one: minutes approved, matters arising, the next meeting.</summary>
    [GeneratedRegex(@"\b(?:previous|last|next|following|future)\s+(?:\w+\s+)?meeting\b|\b(?:approve|confirm|receive|accept|sign|agree)\w*\b.{0,40}\bminutes\b|\bminutes\b.{0,100}\b(?:approved|confirmed|signed|accepted|agreed)\b|\b(?:taken\s+as\s+read|(?:correct|true|accurate)\s+record)\b|\bdate\s+of\s+(?:the\s+)?next\b",
        RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex OtherMeeting();

    /// <summary>"held … on" just before a date, "Friday," or "the" between: the words that state when a meeting was held.</summary>
    [GeneratedRegex(@"\bheld\b(?:(?!\bheld\b)[^\n]){0,160}?\bon\s+(?:(?:" + Vocabulary.Weekday + @"),?\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex HeldOnBefore();

    /// <summary>A line that names this meeting: "held on", a weekday, "Meeting", "Minutes", "Date:".</summary>
    [GeneratedRegex(@"\bheld\b|\bmeeting\b|\bminutes\b|\bdate\s*:|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MeetingWords();
}
