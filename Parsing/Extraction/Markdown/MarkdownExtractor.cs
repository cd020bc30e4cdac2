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

        var title = FrontMatterTitle().Match(text) is { Success: true } m ? m.Groups["title"].Value.Trim().Trim('"', '\'') : null;
        var html = (title is null ? "" : $"<h1>{WebUtility.HtmlEncode(WebUtility.HtmlDecode(title))}</h1>") + Markdig.Markdown.ToHtml(text, Pipeline);
        var document = new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html), budget, cancellationToken);
        return document with { Format = SourceFormat.Markdown, Facts = document.Facts with { MeetingDate = FrontMatterDate(text) } };
    }

    /// <summary>The front matter's <c>date: 2024-06-03</c>: a minutes page's date as its site states it, used where the text states none.</summary>
    private static DateOnly? FrontMatterDate(string text) =>
        FrontMatter().Match(text) is { Success: true } front && FrontMatterDateField().Match(front.Value) is { Success: true } field
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

    /// <summary>The front matter's title: <c>title: 2016-11-24 Open Standards Board Meeting</c> between the opening <c>---</c> lines.</summary>
    [GeneratedRegex(@"\A\uFEFF?---\s*\n(?:(?!---)[^\n]*\n)*?title:\s*(?<title>[^\n]+)\n", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FrontMatterTitle();

    [GeneratedRegex(@"\A\uFEFF?---\s*\n(?:(?!---)[^\n]*\n)*?---", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"(?m)^date:\s*[""']?(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FrontMatterDateField();

    [GeneratedRegex(@"(?m)^[ \t>*+-]{8,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingMarkers();
}
