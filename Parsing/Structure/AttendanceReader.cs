using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// Gathers the attendance wherever the minutes print it — in the header, in a "Calling of the Roll" item, or after the
/// business as some committee systems do — from labelled lists, "X in the Chair" lines, apologies and substitutes minuted
/// in sentences, and attendance stated as data.
/// </summary>
internal static partial class AttendanceReader
{
    /// <param name="blocks">The document's blocks.</param>
    /// <param name="itemHeadings">Positions of item headings: a list never runs on into an item's heading.</param>
    /// <param name="stated">Attendance the format states as data, used when the text names no one.</param>
    public static Attendance Read(IReadOnlyList<Block> blocks, IReadOnlySet<int> itemHeadings, Attendance? stated)
    {
        var lists = Enum.GetValues<AttendanceSection.List>().ToDictionary(l => l, _ => new List<Attendee>());
        var chairs = new List<string>();
        AttendanceSection.List? current = null;
        var awaitingNames = false;

        // A list broken off by the labels of the column beside it ("Mr B Jarvis / Officers in Attendance: / Also in Attendance: /
        // Mr K E Johnson …") goes on below them while its names keep their alphabetical order; the labels take what follows.
        AttendanceSection.List? broken = null;
        AttendanceSection.List? listAbove = null;
        var besideLabels = new Queue<AttendanceSection.List>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];

            // A note a PDF sets in a column beside a list ("Clerk: Gail Williams" beside "Present:") neither ends the list
            // nor belongs to it; a labelled note is a list of its own.
            if (block.Kind == BlockKind.ActionNote)
            {
                if (AttendanceSection.Label(block.Text) is { Remainder.Length: > 0 } note)
                {
                    AttendanceSection.List? noteList = note.List;
                    AddNames(lists, ref noteList, note.Remainder);
                }
                else if (current == AttendanceSection.List.Present && AttendanceSection.IsNamesOnly(block.Text))
                {
                    // "Terry Cook Simon Bridger Peter Cruttenden": the members' second column, set beside the first as a note would be.
                    AddNames(lists, ref current, block.Text);
                }

                continue;
            }

            // An item "Apologies for Absence", or a heading so titled, may list the names under it, one a line, as a label would.
            // Under a list, a line that only says "Apologies" is the next list's label, however it is set.
            var apologiesTitle = (itemHeadings.Contains(i) || block.Kind == BlockKind.Heading || current is not null) && AttendanceSection.IsApologiesTitle(block.Text);
            var listTitle = apologiesTitle ? null : ListItemTitle(block.Text);
            if (apologiesTitle || listTitle is not null || itemHeadings.Contains(i) || block.Kind is not (BlockKind.Text or BlockKind.ListItem or BlockKind.Heading))
            {
                current = apologiesTitle ? AttendanceSection.List.Apologies : listTitle;
                awaitingNames = false;

                // "Cou/285/07-08 Present Members: Cllr P Batty (Chairman), Cllr J Batty, …": a numbered list run into its heading.
                if (itemHeadings.Contains(i) && ItemHeadingRule.NumberedAttendance(block.Text) is { } roll)
                {
                    // "19/18 APOLOGIES – Apologies had been received from Cllrs. Kate Ashfield and Nick Hurst": the minute run on, not a list.
                    if (roll.List == AttendanceSection.List.Apologies && AttendanceSection.FromNarrative(roll.Names) is { } narrative)
                    {
                        AddTold(lists, narrative);
                    }
                    else
                    {
                        AttendanceSection.List? list = roll.List;
                        AddNames(lists, ref list, roll.Names);
                    }
                }
                else if (itemHeadings.Contains(i) && ItemHeadingRule.RunInHeading(block.Text) is { } runIn)
                {
                    // "3. Welcome and Apologies for Absence – Apologies were noted from Cllrs Comber and Skinner.": the minute run on.
                    foreach (var told in SentenceSplitter.Split(runIn.Body).Select(AttendanceSection.FromNarrative).OfType<(List<Attendee> Apologies, List<Attendee> Substitutes)>())
                    {
                        AddTold(lists, told);
                    }
                }

                continue;
            }

            var text = block.Text;

            // "| Cllr John Smith | Chair |": a cell beside a name that only says "Chair" makes that person the chair, and is no one.
            if (current is { } row && block is { Column: > 0, StartsRow: false } && lists[row].Count > 0 && AttendanceSection.ChairCell(text) is { } chairCell)
            {
                lists[row][^1] = lists[row][^1] with { Role = chairCell };
                continue;
            }

            // "1 APOLOGIES" / "Councillors:" / "V Gay …": under an apologies title, a group of members is still the apologies.
            if (current == AttendanceSection.List.Apologies && lists[AttendanceSection.List.Apologies].Count == 0 && MemberGroup().IsMatch(text))
            {
                awaitingNames = true;
                continue;
            }

            if (AttendanceSection.Label(text) is { } label)
            {
                // "Attendees:" over "Apologies:" with the names below: labels of a layout's columns, read as the first. Set a blank
                // line or more apart ("IN ATTENDANCE:" with no one under it, then "APOLOGIES:"), the first list is only empty.
                var stacked = label.Remainder.Length == 0 && awaitingNames && current is not null && block.GapBefore < 2;
                if (stacked && listAbove is { } above)
                {
                    (broken, current) = (above, above);
                    besideLabels.Enqueue(label.List);
                }
                else if (!stacked)
                {
                    listAbove = label.Remainder.Length == 0 && !awaitingNames && current is { } open && lists[open].Count > 0 ? open : null;
                    besideLabels.Clear();
                    besideLabels.Enqueue(label.List);
                    broken = null;
                    current = label.List;
                    AddNames(lists, ref current, label.Remainder);
                }

                awaitingNames = label.Remainder.Length == 0;
                continue;
            }

            if (current is not null && (AttendanceSection.NamesNobody(text) || GroupLabel().IsMatch(text)))
            {
                awaitingNames = false;
                continue;
            }

            // A bulleted list ends where its bullets do: the plain line after it is the minutes' next line, not a name.
            var afterBullets = block.Kind == BlockKind.Text && i > 0 && blocks[i - 1].Kind == BlockKind.ListItem;
            if (current is not null && AttendanceSection.IsNameListLine(text) && AttendanceSection.ChairLine(text) is null && !afterBullets
                && (block.Kind == BlockKind.Text || (block.Kind == BlockKind.ListItem && AttendanceSection.IsPersonEntry(text)) || AttendanceSection.NamesSeveralPeople(text)
                    || (block.Kind == BlockKind.Heading && awaitingNames)))
            {
                if (broken is { } resumed && AttendanceSection.Names(text, AttendeeRole.Member).FirstOrDefault() is { } first && !ComesAfter(lists[resumed], first))
                {
                    broken = null;
                    current = besideLabels.Dequeue();
                }

                AddNames(lists, ref current, text);
                awaitingNames = false;

                // "…; and Paul Manning, Chief Executive (South Lanarkshire Council).": a list of people parted by semicolons, written as
                // a sentence, ends with it.
                if (ListSentenceEnd().IsMatch(text))
                {
                    current = null;
                }

                continue;
            }

            awaitingNames = false;
            if (AttendanceSection.TrailingLabel(text) is { } trailing)
            {
                current = trailing;
                awaitingNames = true;
                continue;
            }

            current = null;
            if (AttendanceSection.ChairLine(text) is { } chair)
            {
                chairs.Add(chair);
            }
            else if (AttendanceSection.IsUnlabelledPresentList(text, bulleted: block.Kind == BlockKind.ListItem))
            {
                // The lines under it go on with it, as under a label: "C Pinnells, Acting Town Clerk", whom their post makes an officer.
                current = AttendanceSection.List.Present;
                AddNames(lists, ref current, text);
            }
            else if (AttendanceSection.AlsoAttendingSentence(text) is { } visitors)
            {
                lists[AttendanceSection.List.AlsoAttending].AddRange(AttendanceSection.Names(visitors, AttendeeRole.AlsoAttending));
            }
            else if (AttendanceSection.SubstituteLine(text) is { } substitute)
            {
                lists[AttendanceSection.List.Substitutes].Add(new Attendee(substitute, AttendeeRole.Substitute));
            }
            else
            {
                foreach (var sentence in SentenceSplitter.Split(text))
                {
                    if (AttendanceSection.FromNarrative(sentence) is { } narrative)
                    {
                        // "Apologies were received from Cllr Grey": the "Cllr F Grey" the apologies list already gave.
                        var listed = lists[AttendanceSection.List.Apologies];
                        listed.AddRange(narrative.Apologies.Where(p => p.Name.Contains(' ', StringComparison.Ordinal) || !listed.Any(l => SameName(Surname(l.Name), p.Name))));
                        lists[AttendanceSection.List.Substitutes].AddRange(narrative.Substitutes);
                    }

                    lists[AttendanceSection.List.Present].AddRange(AttendanceSection.JoinedSentence(sentence));
                }
            }
        }

        // "In the Chair: Councillor C Casey / In attendance: Councillor T Andrews Councillor P Brown …": where no list says who
        // was present, the councillors in attendance, the chair among them, are the members present.
        var councillorsInAttendance = lists[AttendanceSection.List.Officers].Where(p => p.Role is AttendeeRole.AlsoAttending or AttendeeRole.Chair or AttendeeRole.ViceChair).ToList();
        if (lists[AttendanceSection.List.Present].All(p => p.Role is AttendeeRole.Chair or AttendeeRole.ViceChair) && councillorsInAttendance.Count >= MembersInAttendance)
        {
            lists[AttendanceSection.List.Present].AddRange(councillorsInAttendance.Select(p => p.Role == AttendeeRole.AlsoAttending ? p with { Role = AttendeeRole.Member } : p));
            lists[AttendanceSection.List.Officers].RemoveAll(councillorsInAttendance.Contains);
        }

        // People go where their role puts them, whichever heading listed them: staff named with a job title are officers,
        // a councillor under "In attendance" is a visiting member.
        Move(lists, AttendanceSection.List.Present, AttendanceSection.List.Officers, AttendeeRole.Officer);
        Move(lists, AttendanceSection.List.AlsoAttending, AttendanceSection.List.Officers, AttendeeRole.Officer);
        Move(lists, AttendanceSection.List.Officers, AttendanceSection.List.AlsoAttending, AttendeeRole.AlsoAttending);

        var substitutes = Distinct(lists[AttendanceSection.List.Substitutes]);
        var present = Distinct([.. lists[AttendanceSection.List.Present], .. substitutes.Select(s => s with { Role = AttendeeRole.Member })])
            .Select(p => chairs.Any(c => SameName(c, p.Name)) ? p with { Role = AttendeeRole.Chair } : p)
            .ToList();
        var read = new Attendance
        {
            Present = present,
            Apologies = Distinct(lists[AttendanceSection.List.Apologies]),
            Officers = Distinct(lists[AttendanceSection.List.Officers]),
            AlsoAttending = Distinct(lists[AttendanceSection.List.AlsoAttending]),
            Substitutes = substitutes,
        };
        return stated is null || stated.IsEmpty || !read.IsEmpty ? read : stated;
    }

    /// <summary>"1. Present", "3 In Attendance": an item titled only by a list's label opens that list on the lines under it.</summary>
    private static AttendanceSection.List? ListItemTitle(string heading) =>
        ItemHeadingRule.AfterNumber(heading) is { } title
        && AttendanceSection.Label(title.TrimEnd(':', ' ') + ":") is { Remainder.Length: 0, List: AttendanceSection.List.Present or AttendanceSection.List.Officers or AttendanceSection.List.AlsoAttending } label
            ? label.List
            : null;

    /// <summary>How many councillors "In attendance" must name to be read as the members present when nothing else names them.</summary>
    private const int MembersInAttendance = 3;

    /// <summary>The apologies and substitutes a minute's sentence reports ("Apologies were noted from Cllrs X and Y").</summary>
    private static void AddTold(Dictionary<AttendanceSection.List, List<Attendee>> lists, (List<Attendee> Apologies, List<Attendee> Substitutes) told)
    {
        lists[AttendanceSection.List.Apologies].AddRange(told.Apologies);
        lists[AttendanceSection.List.Substitutes].AddRange(told.Substitutes);
    }

    private static void AddNames(Dictionary<AttendanceSection.List, List<Attendee>> lists, ref AttendanceSection.List? current, string text)
    {
        if (current is not { } list || list == AttendanceSection.List.Ignored || text.Length == 0)
        {
            return;
        }

        // Under "In attendance", a line naming a body opens its group: the council's own officers, then visitors.
        if (list is AttendanceSection.List.Officers or AttendanceSection.List.AlsoAttending && GroupHeading().IsMatch(text))
        {
            current = CouncilBody().IsMatch(text) ? AttendanceSection.List.Officers : AttendanceSection.List.AlsoAttending;
            return;
        }

        // "PRESENT:- Lord Mayor (Councillor Yvonne Mosquito) in the Chair.": the chair heads the members present.
        if (list == AttendanceSection.List.Present && AttendanceSection.ChairLine(text) is { } chair)
        {
            lists[list].Add(new Attendee(chair, AttendeeRole.Chair));
            return;
        }

        if (list is AttendanceSection.List.Chair or AttendanceSection.List.ViceChair)
        {
            var chairRole = list == AttendanceSection.List.Chair ? AttendeeRole.Chair : AttendeeRole.ViceChair;
            lists[AttendanceSection.List.Present].AddRange(AttendanceSection.Names(text, chairRole));
            return;
        }

        var role = list switch
        {
            AttendanceSection.List.Apologies => AttendeeRole.Apology,
            AttendanceSection.List.Officers => AttendeeRole.Officer,
            AttendanceSection.List.AlsoAttending => AttendeeRole.AlsoAttending,
            AttendanceSection.List.Substitutes => AttendeeRole.Substitute,
            _ => AttendeeRole.Member,
        };
        var entries = list == AttendanceSection.List.Officers && !text.Contains(',', StringComparison.Ordinal) && !text.Contains(" and ", StringComparison.Ordinal)
            ? AttendanceSection.SplitRoles(text).SelectMany(r => AttendanceSection.Names(r, role))
            : AttendanceSection.Names(text, role);
        lists[list].AddRange(entries);
    }

    /// <summary>Whether <paramref name="next"/> comes after the last of <paramref name="list"/> in order of surname.</summary>
    private static bool ComesAfter(List<Attendee> list, Attendee next) =>
        list.Count > 0 && string.Compare(Surname(list[^1].Name), Surname(next.Name), StringComparison.OrdinalIgnoreCase) <= 0;

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last] ? last : name;

    private static void Move(Dictionary<AttendanceSection.List, List<Attendee>> lists, AttendanceSection.List from, AttendanceSection.List to, AttendeeRole role)
    {
        lists[to].AddRange(lists[from].Where(p => p.Role == role));
        lists[from].RemoveAll(p => p.Role == role);
    }

    private static List<Attendee> Distinct(IEnumerable<Attendee> people) => people.DistinctBy(p => Key(p.Name)).ToList();

    private static bool SameName(string a, string b) => Key(a) == Key(b);

    private static string Key(string name) => name.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    [GeneratedRegex(@"^(?:[A-Z][\w&'’-]*\s+|&\s+|and\s+|of\s+|for\s+|the\s+){0,8}(?:Council|Authority|Commission|Commissioner|Trust|Service|Police|Board|for|of)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@";\s+and\s+[^;]+\.$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ListSentenceEnd();

    // "Durham County Councillors:", "Independent Standards Members:": a group of the list, named by a few words and a colon.
    [GeneratedRegex(@"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}\s*:$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex GroupLabel();

    [GeneratedRegex(@"\bCouncil$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CouncilBody();

    [GeneratedRegex(@"^(?:Councillors|Members|Cllrs)\s*:?$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MemberGroup();
}
