namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>The HTML elements that start a new block of text; all others flow inline within one.</summary>
internal static class BlockElements
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "body", "main", "article", "section", "aside", "header", "footer", "nav", "div", "p", "blockquote",
        "pre", "address", "figure", "figcaption", "center", "fieldset", "legend", "details", "summary", "dl", "dt", "dd",
        "ul", "ol", "li", "menu", "dir", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "form", "hgroup", "search",
    };

    public static bool IsBlock(string localName) => Names.Contains(localName);

    /// <summary>The heading level of h1–h6, or 0.</summary>
    public static int HeadingLevel(string localName) =>
        localName.Length == 2 && localName[0] is 'h' or 'H' && localName[1] is >= '1' and <= '6' ? localName[1] - '0' : 0;
}
