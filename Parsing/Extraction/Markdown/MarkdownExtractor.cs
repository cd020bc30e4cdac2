using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction.Html;
using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using Markdig;

namespace CouncilMinutes.Parsing.Extraction.Markdown;

/// <summary>
/// Markdown pages, as sites built with Jekyll or Hugo keep their minutes: rendered to HTML by Markdig (headings, lists,
/// tables and the HTML a page may embed keep their meaning) and read as HTML; the front matter's title heads the page.
/// </summary>
internal sealed partial class MarkdownExtractor : IDocumentExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseSoftlineBreakAsHardlineBreak().Build();

    public ExtractedDocument Extract(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        var text = TextDecoding.Decode(content);
        budget.CheckText(text.Length);
        CheckNesting(text, budget);
        cancellationToken.ThrowIfCancellationRequested();

        var frontMatter = FrontMatter().Match(text).Value;
        var title = TitleField().Match(frontMatter) is { Success: true } m ? m.Groups["title"].Value.Trim().Trim('"', '\'') : null;
        var html = (title is null ? "" : $"<h1>{WebUtility.HtmlEncode(WebUtility.HtmlDecode(title))}</h1>") + Markdig.Markdown.ToHtml(text, Pipeline);
        var document = new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html), budget, cancellationToken);
        return document with { Format = SourceFormat.Markdown, Facts = document.Facts with { MeetingDate = Date(frontMatter) } };
    }

    /// <summary>The front matter's <c>date: 2024-06-03</c>: a minutes page's date as its site states it, used where the text states none.</summary>
    private static DateOnly? Date(string frontMatter) =>
        DateField().Match(frontMatter) is { Success: true } field
        && DateOnly.TryParseExact(field.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>
    /// Block quotes and lists nest by a line's leading markers, and the Markdown renderer recurses per level: a line
    /// deeper than the nesting limit is refused before it renders.
    /// </summary>
    private static void CheckNesting(string text, ReadingBudget budget)
    {
        foreach (Match line in LeadingMarkers().Matches(text))
        {
            var markers = line.Value.Count(c => c is '>' or '-' or '*' or '+') + line.Value.Count(c => c == ' ') / 4;
            budget.CheckDepth(markers, "The Markdown page");
        }
    }

    /// <summary>The front matter between the opening <c>---</c> line and the next (or the end): empty where the page has none.</summary>
    [GeneratedRegex(@"\A\uFEFF?---\s*\n(?:(?!---)[^\n]*(?:\n|\z))*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FrontMatter();

    /// <summary>The front matter's title: <c>title: 2016-11-24 Open Standards Board Meeting</c>.</summary>
    [GeneratedRegex(@"(?m)^title:\s*(?<title>[^\n]+)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TitleField();

    [GeneratedRegex(@"(?m)^date:\s*[""']?(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DateField();

    [GeneratedRegex(@"(?m)^[ \t>*+-]{8,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingMarkers();
}
