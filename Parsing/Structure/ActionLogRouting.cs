using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// A table of actions that names, in each row, the minute the action was agreed under ("72/2122 | Signed minutes to
/// Headteacher | Clerk") lists this meeting's actions in one place: each belongs to the item of that number.
/// </summary>
internal static partial class ActionLogRouting
{
    /// <summary>Each item's passages, a tabled action moved to the item its row's reference numbers, where one does.</summary>
    public static List<List<Passage>> Route(IReadOnlyList<(AgendaItem Item, List<Passage> Passages)> items)
    {
        var routed = items.Select(i => new List<Passage>(i.Passages)).ToList();
        for (var from = 0; from < items.Count; from++)
        {
            foreach (var passage in items[from].Passages.Where(p => p.IsTabled && p.Reference is { } r && MinuteReference().IsMatch(r)))
            {
                var to = Numbered(items, passage.Reference!);
                if (to >= 0 && to != from)
                {
                    routed[from].Remove(passage);
                    routed[to].Add(passage);
                }
            }
        }

        return routed;
    }

    /// <summary>
    /// The items without the rows of an action summary that restate an action the minutes already set in another item's text
    /// ("ACTION LIST SUMMARY … Swing Bridge - HD to draft a letter to CRT" after "HD to draft a letter and liaise with …"), or in
    /// an earlier item's table (the summary repeating the rows the clerk's report listed).
    /// </summary>
    public static List<AgendaItem> WithoutRepeatedRows(IReadOnlyList<AgendaItem> items, IReadOnlyList<List<Passage>> routed)
    {
        var tabled = routed.Select(passages => passages.Where(p => p.IsTabled).Select(p => ActionFinder.Tidy(p.Text)).ToHashSet(StringComparer.Ordinal)).ToList();
        var set = items.SelectMany((item, i) => item.Actions.Select(a => (Item: i, a.Text, Tabled: tabled[i].Contains(a.Text)))).ToList();
        return items.Select((item, i) => item with
        {
            Actions = [.. item.Actions.Where(a => !tabled[i].Contains(a.Text)
                || !set.Any(m => (m.Tabled ? m.Item < i : m.Item != i) && Restatement.Of(a.Text, m.Text)))],
        }).ToList();
    }

    /// <summary>
    /// The item whose number is the reference, or ends with it after a prefix ("BM 72/2122"), a part's letter aside
    /// ("75b/2122" is of minute 75/2122); -1 for none.
    /// </summary>
    private static int Numbered(IReadOnlyList<(AgendaItem Item, List<Passage> Passages)> items, string reference)
    {
        var key = PartLetter().Replace(reference.Trim().TrimEnd('.'), "");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Item.Number is { } number
                && (number.Equals(key, StringComparison.OrdinalIgnoreCase) || number.EndsWith(" " + key, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"(?<=\d)[a-z](?=[./])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PartLetter();

    // A minute number that is unique across meetings: a year or session with the number ("72/2122", "08.22.05", "PLA146/14").
    // A bare "3" may number an item of any meeting, so a row citing it stays where it is.
    [GeneratedRegex(@"^[A-Za-z]{0,4}\s?\d+[a-z]?(?:[./]\d+){1,2}\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinuteReference();
}
