using AngleSharp.Dom;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>Where a saved page came from, when it says (a &lt;base&gt;, its canonical link): relative links resolve against it.</summary>
internal sealed class PageAddress(Uri? baseUri)
{
    public Uri? BaseUri { get; } = baseUri;

    public static PageAddress Of(IDocument document)
    {
        foreach (var (selector, attribute) in new[]
                 {
                     ("base[href]", "href"), ("link[rel=canonical][href]", "href"), ("meta[property='og:url'][content]", "content"),
                 })
        {
            var value = document.QuerySelector(selector)?.GetAttribute(attribute)?.Trim();
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return new PageAddress(uri);
            }
        }

        return new PageAddress(null);
    }

    /// <summary>The link made absolute against the page's address, or as written when the page gives none.</summary>
    public string? Resolve(string? href)
    {
        var value = href?.Trim();
        if (string.IsNullOrEmpty(value) || value.StartsWith('#')
            || value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        return BaseUri is not null && Uri.TryCreate(BaseUri, value, out var resolved) ? resolved.AbsoluteUri : value;
    }
}
