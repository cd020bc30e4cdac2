using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>The bullets and numbers that open a list entry when they are written as text, not as markup.</summary>
internal static partial class ListMarkers
{
    /// <summary>The text without its leading bullet glyph, or null when it has none.</summary>
    public static string? StripBullet(string text)
    {
        var match = Bullet().Match(text);
        return match.Success && match.Length < text.Length ? text[match.Length..].TrimStart() : null;
    }

    /// <summary>True for "1)", "2.", "(a)", "b)", "(iv)" and the like at the start.</summary>
    public static bool StartsWithNumber(string text) => Number().IsMatch(text);

    /// <summary>True for a line that starts a list entry of its own: a bullet or a number.</summary>
    public static bool OpensEntry(string text) => StartsWithNumber(text) || StripBullet(text) is not null;

    /// <summary>Word's second-level bullet is a Courier "o" followed by padding; it carries no meaning.</summary>
    public static string StripWordSubBullet(string text) => WordSubBullet().IsMatch(text) ? text[1..].TrimStart() : text;

    /// <summary>The marker an ordered list shows before its <paramref name="ordinal"/>th entry, as the page renders it.</summary>
    public static string Ordinal(int ordinal, string? type) => type switch
    {
        "a" => Letters(ordinal).ToLowerInvariant() + ".",
        "A" => Letters(ordinal) + ".",
        "i" => Roman(ordinal).ToLowerInvariant() + ".",
        "I" => Roman(ordinal) + ".",
        _ => ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
    };

    private static string Letters(int n)
    {
        if (n < 1)
        {
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var s = "";
        while (n > 0)
        {
            n--;
            s = (char)('A' + (n % 26)) + s;
            n /= 26;
        }

        return s;
    }

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999)
        {
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<(int Value, string Numeral)> numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var s = "";
        foreach (var (value, numeral) in numerals)
        {
            while (n >= value)
            {
                s += numeral;
                n -= value;
            }
        }

        return s;
    }

    // Word exports Symbol-font bullets as private-use characters (U+F0B7 and friends).
    [GeneratedRegex(@"^(?:[·•▪◦●○■□➢➤►✓✔\u2043\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8]\s*|[-–*]\s+)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)]|\((?:[a-z]{1,2}|\d{1,2}|[ivx]{1,5})\))(?:\s|$)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Number();

    [GeneratedRegex(@"^o\s+\S", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex WordSubBullet();
}
