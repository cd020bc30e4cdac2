using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>
/// ModernGov's table of agenda items (<c>table.mgItemTable</c>): one row per item, a number cell
/// (<c>td.mgItemNumberCell</c>) and a cell holding the title (<c>.mgAiTitleTxt</c>, linked to its report), the
/// sub-titles ("Minutes:", "Decision:", "Additional documents:"), the item's text and its files.
/// </summary>
internal sealed partial class ModernGovItemTable(IElement table, ModernGovPage page)
{
    public void Write(HtmlBlockWalker walker)
    {
        var rows = table is IHtmlTableElement html ? html.Rows.Cast<IElement>() : table.Children.Where(c => c.LocalName == "tr");
        foreach (var row in rows.ToArray())
        {
            if (!HtmlChrome.IsDropped(row))
            {
                WriteRow(row, walker);
            }
        }
    }

    private void WriteRow(IElement row, HtmlBlockWalker walker)
    {
        var cells = row.Children.Where(c => c.LocalName is "td" or "th" && !HtmlChrome.IsDropped(c)).ToList();
        if (cells.Count == 0 || cells.All(c => c.LocalName == "th"))
        {
            return; // the column headings, "No." and "Item"
        }

        var numberCell = cells.FirstOrDefault(c => ModernGovPage.HasClass(c, "mgItemNumberCell"))
                         ?? (cells.Count >= 2 && ItemNumber().IsMatch(HtmlText.Line(cells[0])) ? cells[0] : null);
        var contentCells = cells.Where(c => c != numberCell).ToList();
        var titleCell = contentCells.FirstOrDefault(c => ModernGovPage.HasClass(c, "mgItemTitleCell")) ?? contentCells.FirstOrDefault();
        var number = numberCell is null ? null : Number(HtmlText.Line(numberCell));
        var title = titleCell?.QuerySelector(".mgAiTitleTxt");
        if (title is null && number is not null && titleCell is not null)
        {
            title = titleCell.Children.FirstOrDefault(c => c.LocalName == "p" || BlockElements.HeadingLevel(c.LocalName) > 0);
        }

        var writer = walker.Writer;
        if (title is null && number is null)
        {
            // A row that is not an item (a part heading, a note): read as it stands.
            writer.StartRow();
            foreach (var cell in contentCells)
            {
                walker.WriteBlock(cell, BlockKind.Text);
            }

            return;
        }

        writer.Write(BlockKind.ItemHeading, title is null ? "" : ModernGovPage.CleanTitle(title), number);
        if (title is not null)
        {
            page.Take(title);
            var link = title.LocalName == "a" ? title : title.QuerySelectorAll("a[href]").FirstOrDefault(ModernGovPage.IsDocumentLink);
            if (link is not null && ModernGovPage.IsDocumentLink(link) && page.Address.Resolve(link.GetAttribute("href")) is { } url)
            {
                writer.Write(BlockKind.DocumentLink, ModernGovPage.CleanTitle(link), url: url, gap: 0);
            }
        }

        foreach (var cell in contentCells)
        {
            walker.WriteBlock(cell, BlockKind.Text);
        }
    }

    /// <summary>The item number as the page prints it in the minutes ("16." is item 16; "17/25", "CYP14" stay whole).</summary>
    private static string? Number(string cellText)
    {
        var text = cellText.Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1].TrimEnd();
        }

        return text.Length == 0 ? null : text;
    }

    // A number cell without its class: "4.", "25", "6a", "CYP14", "PLA146/14", "17/25".
    [GeneratedRegex(@"^[A-Z]{0,5}\s?\d{1,4}[a-z]?(?:[./]\d{1,4}[a-z]?)*\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ItemNumber();
}
