using System.Buffers;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>
/// Characters a page never shows: zero-width spaces and joiners, the word joiner, a byte-order mark, the soft hyphen. Some
/// publishers set one after every line (Google Docs' PDFs), where it would hide a label's or a heading's end from every rule.
/// </summary>
internal static class InvisibleCharacters
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD");

    /// <summary>Whether <paramref name="c"/> is invisible on the page.</summary>
    public static bool Is(char c) => Invisible.Contains(c);

    /// <summary><paramref name="text"/> without its invisible characters (the same string where it has none).</summary>
    public static string Strip(string text) =>
        text.AsSpan().ContainsAny(Invisible) ? string.Concat(text.Where(c => !Invisible.Contains(c))) : text;
}
