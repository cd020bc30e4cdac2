using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>Gathers the attendance: the header's labelled lists, apologies minuted as an item, and attendance stated as data.</summary>
internal static partial class AttendanceReader
{
    public static Attendance Read(List<Block> header, IReadOnlyList<AgendaItem> items, Attendance? stated)
    {
        var lists = new Dictionary<AttendanceSection.List, List<Attendee>>();
        foreach (var list in Enum.GetValues<AttendanceSection.List>())
        {
            lists[list] = [];
        }

        ReadLabelledLists(header, lists);
        foreach (var item in items.Take(8))
        {
            foreach (var sentence in SentenceSplitter.Split(item.Text))
            {
                if (AttendanceSection.FromNarrative(sentence) is { } narrative)
                {
                    lists[AttendanceSection.List.Apologies].AddRange(narrative.Apologies);
                    lists[AttendanceSection.List.Substitutes].AddRange(narrative.Substitutes);
                }
            }
        }

        var substitutes = Distinct(lists[AttendanceSection.List.Substitutes]);
        var read = new Attendance
        {
            Present = Distinct([.. lists[AttendanceSection.List.Present], .. substitutes]),
            Apologies = Distinct(lists[AttendanceSection.List.Apologies]),
            Officers = Distinct(lists[AttendanceSection.List.Officers]),
            AlsoAttending = Distinct(lists[AttendanceSection.List.AlsoAttending]),
            Substitutes = substitutes,
        };
        return stated is null || stated.IsEmpty || !read.IsEmpty ? read : stated;
    }

    private static void ReadLabelledLists(List<Block> header, Dictionary<AttendanceSection.List, List<Attendee>> lists)
    {
        AttendanceSection.List? current = null;
        foreach (var block in header)
        {
            if (AttendanceSection.Label(block.Text) is { } label)
            {
                current = label.List;
                AddNames(lists, ref current, label.Remainder);
            }
            else if (current is not null && block.Kind == BlockKind.Text && AttendanceSection.IsNameListLine(block.Text))
            {
                AddNames(lists, ref current, block.Text);
            }
            else
            {
                current = null;
            }
        }
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

    private static List<Attendee> Distinct(IEnumerable<Attendee> people) =>
        people.DistinctBy(p => p.Name.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant()).ToList();

    [GeneratedRegex(@"^(?:[A-Z][\w&'’-]*\s+|&\s+|and\s+|of\s+|for\s+|the\s+){0,8}(?:Council|Authority|Commission|Commissioner|Trust|Service|Police|Board|for|of)$")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"\bCouncil$")]
    private static partial Regex CouncilBody();
}
