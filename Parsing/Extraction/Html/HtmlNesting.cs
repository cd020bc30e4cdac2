using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>
/// A guard before parsing: the HTML parser's cost grows with the square of element nesting, and the walkers recurse
/// per level, so a hostile page of a few hundred kilobytes of unclosed tags could hold a worker for minutes. Real pages
/// nest a few dozen deep. This scan bounds the nesting from the tags alone, without building a tree: it keeps the
/// stack of open elements, and an end tag closes only an element that is open (a stray one closes nothing, as in a browser).
/// </summary>
internal static class HtmlNesting
{
    // Elements that are never left open (void) or whose end tag the parser supplies itself: they add no depth.
    private static readonly HashSet<string> NoDepth = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup",
        "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"];

    /// <summary>Throws when the tags open more levels than the budget's nesting limit.</summary>
    /// <exception cref="LimitExceededException">Deeper than <see cref="DocumentLimits.MaxNestingDepth"/>.</exception>
    public static void Check(string html, ReadingBudget budget)
    {
        var open = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var tag = html.IndexOf('<', i);
            if (tag < 0 || tag + 1 >= html.Length)
            {
                return;
            }

            i = tag + 1;
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
                var at = open.LastIndexOf(name);
                if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }

                continue;
            }

            if (Array.IndexOf(RawText, name) >= 0)
            {
                // Text up to the matching end tag is not markup ("<" in a script is not a tag).
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            open.Add(name);
            budget.CheckDepth(open.Count, "The page");
        }
    }
}
