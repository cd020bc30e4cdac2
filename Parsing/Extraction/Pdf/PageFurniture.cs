using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// Running headers, footers and page numbers: text in the top or bottom margin band that repeats at the same
/// height on other pages (numbers aside: "Page 3 of 6" repeats "Page 4 of 6"), and bare page numbers; the first page's
/// header stays, as the document's title.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Share of the page height, from the top and from the bottom edge, where furniture may sit.</summary>
    private const double MarginBand = 0.15;

    /// <summary>How many lines from the top and from the bottom of a page are looked at.</summary>
    private const int EdgeLines = 3;

    /// <summary>Baselines this close (points) count as "the same position" on two pages.</summary>
    private const double SamePosition = 4;

    public static List<PdfPageText> Remove(IReadOnlyList<PdfPageText> pages)
    {
        var candidates = pages.SelectMany(EdgeLinesOf).ToList();
        var firstPage = pages.Count == 0 ? null : pages[0];
        var furniture = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        foreach (var group in candidates.GroupBy(l => Normalise(l.Text), StringComparer.Ordinal))
        {
            var occurrences = group.ToList();
            foreach (var occurrence in occurrences)
            {
                var repeated = occurrences.Exists(o => o.Page != occurrence.Page && Math.Abs(o.Baseline - occurrence.Baseline) <= SamePosition);

                // A running header's first printing heads the document: "Whitbourne Parish Council / Minutes of Meeting / 3rd December 2025".
                var title = firstPage is not null && occurrence.Page == firstPage.Number && occurrence.Baseline >= firstPage.Height * (1 - MarginBand);
                if ((repeated && !title) || PageNumber().IsMatch(occurrence.Text))
                {
                    furniture.Add(occurrence);
                }
            }
        }

        return furniture.Count == 0
            ? [.. pages]
            : pages.Select(p => p with { Lines = p.Lines.Where(l => !furniture.Contains(l)).ToList() }).ToList();
    }

    private static IEnumerable<PdfLine> EdgeLinesOf(PdfPageText page)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var nearEdge = i < EdgeLines || i >= lines.Count - EdgeLines;
            var inBand = lines[i].Baseline >= page.Height * (1 - MarginBand) || lines[i].Top <= page.Height * MarginBand;
            if (nearEdge && inBand)
            {
                yield return lines[i];
            }
        }
    }

    private static string Normalise(string text) => Digits().Replace(text.ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Digits();

    // "3", "- 3 -", "Page 3", "Page 3 of 6", "3 of 6", "3/6", "p. 3".
    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PageNumber();
}
