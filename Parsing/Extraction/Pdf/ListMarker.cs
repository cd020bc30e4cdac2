using System.Globalization;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>The marker a list entry starts with: a bullet (dropped) or a number or letter (kept: minutes cite it).</summary>
internal static partial class ListMarker
{
    /// <summary>True when <paramref name="word"/> starts with a bullet glyph (alone, or run into the entry's first word).</summary>
    /// <remarks>Symbol-font bullets come out as private-use characters (U+F0B7 from Word's Symbol bullet).</remarks>
    public static bool StartsWithGlyph(string word) =>
        word.Length > 0 && (IsBulletGlyph(word[0]) || char.GetUnicodeCategory(word[0]) == UnicodeCategory.PrivateUse);

    /// <summary>True for a dash or star standing alone: a bullet when it starts an entry, punctuation when it starts a wrapped line.</summary>
    public static bool IsDash(string word) => word is "-" or "–" or "*";

    /// <summary>True for "1.", "2)", "(a)", "b)", "(iv)": an entry that keeps its marker.</summary>
    public static bool IsNumbering(string word) => Numbering().IsMatch(word);

    /// <summary>True for a minute's reference with its year or month: "46/24", "C30/16", "08.22.05"; each starts a minute of its own.</summary>
    public static bool IsMinuteReference(string word) => MinuteReference().IsMatch(word);

    private static bool IsBulletGlyph(char c) =>
        c is '•' or '·' or '▪' or '◦' or '●' or '○' or '■' or '□' or '➢' or '➤' or '✓' or '✔' or '►' or '▸' or '‣' or '⁃' or '∙';

    [GeneratedRegex(@"^(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|\([ivxIVX]{1,5}\)|[ivxIVX]{1,5}[.)])$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(?:[A-Z]{0,5}\d{1,4}/\d{2}(?:\d{2})?|\d{2}\.\d{2}\.\d{2,3})$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinuteReference();
}
