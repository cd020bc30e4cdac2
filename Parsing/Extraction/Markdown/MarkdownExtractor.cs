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
/// tables and the HTML a page may embed keep their meaning) and read as HTML; the front matter's title heads the page, and
/// its blocks of text (an agenda, the minutes) come before the page's body.
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
        var html = (title is null ? "" : $"<h1>{WebUtility.HtmlEncode(WebUtility.HtmlDecode(title))}</h1>")
                   + string.Concat(TextField().Matches(frontMatter).Select(field => Markdig.Markdown.ToHtml(Dedent(field.Groups["text"].Value), Pipeline)))
                   + Markdig.Markdown.ToHtml(text, Pipeline);
        var document = new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html), budget, cancellationToken);
        return document with { Format = SourceFormat.Markdown, Facts = document.Facts with { MeetingDate = Date(frontMatter) } };
    }

    /// <summary>The front matter's <c>date: 2024-06-03</c>: a minutes page's date as its site states it, used where the text states none.</summary>
    private static DateOnly? Date(string frontMatter) =>
        DateField().Match(frontMatter) is { Success: true } field
        && DateOnly.TryParseExact(field.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>A block of text indented under its field, without the indent its first line sets.</summary>
    private static string Dedent(string block)
    {
        var lines = block.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ', '\t').Length).DefaultIfEmpty(0).First();
        return string.Join('\n', lines.Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));
    }

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

    /// <summary>The front matter's date, or an event page's start: <c>date: 2024-06-03</c>, <c>start: 2021-10-12T09:15:50Z</c>.</summary>
    [GeneratedRegex(@"(?m)^(?:date|start):\s*[""']?(?<date>\d{4}-\d{2}-\d{2})(?!\d)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DateField();

    /// <summary>
    /// A front matter field written as a block of text (<c>minutes: |-</c>, <c>agenda: >-</c> and the indented lines under it):
    /// sites built from page data keep a meeting's agenda and minutes there, so the block is part of the page.
    /// </summary>
    [GeneratedRegex(@"(?m)^[A-Za-z_][\w-]*:[ \t]*[|>][+-]?[ \t]*\n(?<text>(?:(?:[ \t]+[^\n]*)?\n)*)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TextField();

    [GeneratedRegex(@"(?m)^[ \t>*+-]{8,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingMarkers();
}
