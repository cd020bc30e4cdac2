using System.Text;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>Puts the lines of a wrapped paragraph back into one string, undoing the hyphens the wrapping added.</summary>
internal static class WrappedText
{
    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = Clean(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length == 0)
            {
                text.Append(line);
                continue;
            }

            var last = text[^1];
            if (last == '\u00AD')
            {
                // A soft hyphen is only ever printed where a word was broken.
                text.Length--;
            }
            else if (last is '-' or '\u2010' && text.Length > 1 && char.IsLower(text[^2]) && char.IsLower(line[0]))
            {
                // "improve-" / "ment": a word hyphenated at the line end.
                text.Length--;
            }
            else if (!(last is '-' or '\u2010' && text.Length > 1 && char.IsDigit(text[^2]) && char.IsDigit(line[0])))
            {
                // "2024-" / "25" is a range that wrapped: it keeps its hyphen and gains no space.
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.Replace("\u00AD", "").ToString();
    }

    /// <summary>Whitespace collapsed and typographic ligatures spelled out, so words match what a reader typed.</summary>
    public static string Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': result.Append("ff"); break;
                case '\uFB01': result.Append("fi"); break;
                case '\uFB02': result.Append("fl"); break;
                case '\uFB03': result.Append("ffi"); break;
                case '\uFB04': result.Append("ffl"); break;
                case var space when char.IsWhiteSpace(space):
                    if (result.Length > 0 && result[^1] != ' ')
                    {
                        result.Append(' ');
                    }

                    break;
                default: result.Append(c); break;
            }
        }

        return result.ToString().Trim();
    }
}
