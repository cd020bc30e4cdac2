using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>Whether one text says again what another says: most words of the shorter are in the longer.</summary>
internal static partial class Restatement
{
    public static bool Of(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        var (small, large) = left.Count <= right.Count ? (left, right) : (right, left);
        return small.Count > 0 && small.Count(large.Contains) * 4 >= small.Count * 3;
    }

    // Plural and possessive endings dropped: "responses to members questions" restates "response to a member's question".
    private static HashSet<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.TrimEnd('s')).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*|\p{N}+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Word();
}
