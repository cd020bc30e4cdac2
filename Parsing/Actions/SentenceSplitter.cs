using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Actions;

/// <summary>Cuts a paragraph into sentences, without cutting at initials ("P. Lloyd Jones") or abbreviations ("No. 5").</summary>
internal static partial class SentenceSplitter
{
    public static IEnumerable<string> Split(string paragraph)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var end = m.Index + 1;
            if (Abbreviation().IsMatch(paragraph[..end]))
            {
                continue;
            }

            var sentence = paragraph[start..end].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = m.Index + m.Length;
        }

        var last = paragraph[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    [GeneratedRegex(@"[.!?][""”’)]?\s+(?=[A-Z""“‘'(])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b[A-Z]\.|\b(?:Cllr|Mr|Mrs|Ms|Dr|No|Nos|St|Rev|Prof|Cllrs|e\.g|i\.e|cf|approx|incl|para|Para|Ref|ref|Vol|vol)\.)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Abbreviation();
}
