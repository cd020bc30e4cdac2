using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>
/// The header row of minutes kept as a table of items and their outcomes ("Reference | Item | Outcome", "No | Subject |
/// Decision"): each row an item, its outcome what the meeting decided.
/// </summary>
/// <param name="Title">The item's column.</param>
/// <param name="Outcome">The decision's column.</param>
/// <param name="Reference">The item number's column.</param>
internal sealed partial record DecisionTableHeader(int Title, int Outcome, int Reference)
{
    /// <summary>The header these cells make, or null when they are not all names of such a table's columns.</summary>
    public static DecisionTableHeader? Of(IReadOnlyList<string> cells)
    {
        var texts = cells.Select(c => c.Trim().TrimEnd(':').Trim()).ToList();
        var title = texts.FindIndex(t => TitleName().IsMatch(t));
        var outcome = texts.FindIndex(t => OutcomeName().IsMatch(t));
        // "Item | Decision" alone may number its items under "Item": a reference column tells the title's apart.
        if (texts.Count is < 3 or > 4 || title < 0 || outcome < 0 || texts.Count(t => ReferenceName().IsMatch(t)) != 1
            || !texts.TrueForAll(t => TitleName().IsMatch(t) || OutcomeName().IsMatch(t) || ReferenceName().IsMatch(t)))
        {
            return null;
        }

        return new DecisionTableHeader(title, outcome, texts.FindIndex(t => ReferenceName().IsMatch(t)));
    }

    [GeneratedRegex(@"^(?i:item|agenda\s+item|title|subject|topic)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"^(?i:outcome|decisions?|resolution|resolved|agreed)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OutcomeName();

    [GeneratedRegex(@"^(?i:no\.?|ref\.?|reference|item\s+no\.?|minute(?:\s+no\.?)?|#)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ReferenceName();
}
