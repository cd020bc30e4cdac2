using System.Globalization;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>The markers that number the parts of a decision: <c>1)</c>, <c>(1)</c>, <c>1.</c>, <c>(a)</c>, <c>a)</c>, <c>(i)</c>.</summary>
internal static partial class SubResolutionMarker
{
    /// <summary>A marker at the start of a line, and the text after it.</summary>
    public readonly record struct Marked(string Marker, string Text);

    public static bool Starts(string text) => AtStart().IsMatch(text);

    public static Marked? Read(string text)
    {
        var m = AtStart().Match(text);
        return m.Success ? new Marked(m.Groups["m"].Value, text[m.Length..].Trim()) : null;
    }

    /// <summary>
    /// Splits "That (1) …; and (2) …" or "That the Board 1) note …; and 2) agrees …" at markers that count up from the first
    /// (1, 2, 3 / a, b, c / i, ii, iii), so a reference such as "resolution (1) above" inside a part is not a cut.
    /// </summary>
    public static (string Preamble, List<Marked> Parts)? SplitInline(string text)
    {
        var candidates = Inline().Matches(text).Cast<Match>().ToList();
        if (candidates.Count < 2)
        {
            return null;
        }

        var chosen = new List<Match>();
        foreach (var m in candidates)
        {
            var marker = m.Groups["m"].Value;
            if (chosen.Count == 0 ? Ordinal(marker) == 1 : Follows(chosen[^1].Groups["m"].Value, marker))
            {
                chosen.Add(m);
            }
        }

        if (chosen.Count < 2)
        {
            return null;
        }

        var parts = new List<Marked>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var start = chosen[i].Index + chosen[i].Length;
            var end = i + 1 < chosen.Count ? chosen[i + 1].Index : text.Length;
            parts.Add(new Marked(chosen[i].Groups["m"].Value, text[start..end].Trim()));
        }

        return (text[..chosen[0].Index].Trim(), parts);
    }

    /// <summary>The position a marker stands for: 1 for "1", "a" and "i"; 2 for "2", "b", "ii"…</summary>
    public static int Ordinal(string marker)
    {
        if (int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        // "i" reads as roman: lettered lists rarely reach their ninth letter, roman ones always start there.
        var lower = marker.ToLowerInvariant();
        return RomanNumeral().IsMatch(lower) ? Roman(lower) : lower.Length == 1 ? lower[0] - 'a' + 1 : 0;
    }

    /// <summary>Whether <paramref name="next"/> is the marker after <paramref name="marker"/> in its series ("b" after "a", "3" after "2").</summary>
    public static bool Follows(string marker, string next) => Ordinal(next) == Ordinal(marker) + 1 && SameSeries(marker, next);

    private static bool SameSeries(string a, string b) =>
        char.IsDigit(a[0]) == char.IsDigit(b[0]) && (char.IsDigit(a[0]) || RomanNumeral().IsMatch(a) == RomanNumeral().IsMatch(b));

    private static int Roman(string s)
    {
        var total = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var v = Value(s[i]);
            total += i + 1 < s.Length && Value(s[i + 1]) > v ? -v : v;
        }

        return total;

        static int Value(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, _ => 0 };
    }

    [GeneratedRegex(@"^(?:\((?<m>\d{1,2}|[a-z]{1,2}|[ivxl]{1,6})\)|(?<m>\d{1,2}|[a-z]|[ivxl]{1,6})[.)]|(?<m>[A-Z]):)(?:\s+|$)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AtStart();

    [GeneratedRegex(@"(?<=^|[\s:;,–-])(?:\((?<m>\d{1,2}|[a-z]|[ivx]{1,5})\)|(?<m>\d{1,2}|[a-z]|[ivx]{1,5})\))\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Inline();

    [GeneratedRegex(@"^[ivxl]+$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RomanNumeral();
}
