using AngleSharp.Dom;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>Parts of a page that are not its content: scripts, styles, navigation, forms, hidden elements.</summary>
internal static class HtmlChrome
{
    private static readonly HashSet<string> NeverContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
        "svg", "math", "canvas", "iframe", "frame", "frameset", "object", "embed", "audio", "video", "source", "track",
        "map", "area", "input", "select", "option", "optgroup", "textarea", "button", "datalist", "output",
        "progress", "meter", "dialog", "nav",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "search", "banner", "contentinfo", "menu", "menubar", "toolbar", "dialog", "alertdialog",
    };

    private static readonly HashSet<string> ProseElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "article", "main", "section", "blockquote",
    };

    /// <summary>True for an element whose text a reader of the page never sees as content.</summary>
    public static bool IsDropped(IElement element)
    {
        var name = element.LocalName;
        if (NeverContent.Contains(name) || IsHidden(element))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim()))
        {
            return true;
        }

        return name switch
        {
            // ASP.NET pages (ModernGov among them) wrap the whole page in one <form>: only a form with no prose
            // in it (a search box, a login, a cookie banner) is chrome.
            "form" => !HasProse(element),
            // A page's own footer (links, copyright) is chrome; an article's footer is content.
            "footer" => !InsideContent(element),
            _ => false,
        };
    }

    /// <summary>True when the page hides the element: the hidden attribute, aria-hidden, or an inline display:none.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal)
               || compact.Contains("visibility:hidden", StringComparison.Ordinal)
               || compact.Contains("mso-hide:all", StringComparison.Ordinal);
    }

    private static bool HasProse(IElement element)
    {
        foreach (var descendant in HtmlText.Descendants(element))
        {
            if (ProseElements.Contains(descendant.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideContent(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "article" or "main" or "section" or "td"
                || string.Equals(parent.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
