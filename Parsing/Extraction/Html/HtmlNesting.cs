using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>
/// A guard before parsing: the HTML parser's cost grows with the square of element nesting, so a hostile page of
/// a few hundred kilobytes of unclosed tags could hold a worker for minutes. Real pages nest a few dozen deep.
/// This scan bounds the nesting from the tags alone, without building a tree.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Far beyond any real page (Word's exports reach about 30), well below a noticeable parse time.</summary>
    public const int MaxDepth = 3000;

    // Elements that are never left open (void) or whose end tag the parser supplies itself: they add no depth.
    private static readonly HashSet<string> NoDepth = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup",
        "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"];

    /// <summary>Throws <see cref="UnreadableDocumentException"/> when the tags open more than <see cref="MaxDepth"/> levels.</summary>
    public static void Check(string html)
    {
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                return;
            }

            i = open + 1;
            if (html.AsSpan(i).StartsWith("!--"))
            {
                var end = html.IndexOf("-->", i + 3, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[i] == '/';
            var nameStart = closing ? i + 1 : i;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            i = nameEnd;
            if (NoDepth.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (Array.IndexOf(RawText, name) >= 0)
            {
                // Text up to the matching end tag is not markup ("<" in a script is not a tag).
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (++depth > MaxDepth)
            {
                throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                    $"The page nests its elements more than {MaxDepth:N0} deep, which no real page does; it was not read.");
            }
        }
    }
}
