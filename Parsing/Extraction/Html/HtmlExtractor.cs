using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>
/// HTML pages: a ModernGov portal page is read by its markup (item rows, sub-titles, file links); any other page
/// by its headings, paragraphs, lists and tables, leaving out scripts, navigation, forms and hidden parts.
/// </summary>
internal sealed class HtmlExtractor : IDocumentExtractor
{
    public ExtractedDocument Extract(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = Parse(TextDecoding.Decode(content), budget);
        cancellationToken.ThrowIfCancellationRequested();

        var address = PageAddress.Of(document);
        var modernGov = ModernGovPage.Recognise(document, address);
        var writer = new BlockWriter(keepLines: true);
        var walker = new HtmlBlockWalker(writer, modernGov, cancellationToken);
        if (ContentRoot(document, modernGov) is { } root)
        {
            walker.WriteChildren(root);
        }

        return new ExtractedDocument(SourceFormat.Html, LineJoiner.Join([.. writer.Finish()]), new SourceHints { SourceUrl = address.BaseUri?.AbsoluteUri });
    }

    /// <summary>Parses HTML the way a browser does, scripting off so that &lt;noscript&gt; is plain markup to drop; nested no deeper than the budget allows.</summary>
    /// <exception cref="LimitExceededException">The markup nests deeper than <see cref="DocumentLimits.MaxNestingDepth"/>.</exception>
    public static IDocument Parse(string html, ReadingBudget budget)
    {
        HtmlNesting.Check(html, budget);
        return new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
    }

    /// <summary>Where the content is: ModernGov's own part of the page, else a single &lt;main&gt;, else the body.</summary>
    private static IElement? ContentRoot(IDocument document, ModernGovPage? modernGov)
    {
        if (modernGov is not null)
        {
            return modernGov.Root;
        }

        var mains = document.QuerySelectorAll("main, [role=main]").Where(m => !HtmlChrome.IsDropped(m)).ToList();
        return mains.Count == 1 && !string.IsNullOrWhiteSpace(HtmlText.Of(mains[0])) ? mains[0] : document.Body;
    }
}
