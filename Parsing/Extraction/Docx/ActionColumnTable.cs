using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CouncilMinutes.Parsing.Extraction.Docx;

/// <summary>
/// Printed minutes set as a table whose narrow last column, headed "Action", names the officer responsible beside
/// the text. This finds that column; its cells become action notes instead of body text.
/// </summary>
internal static partial class ActionColumnTable
{
    /// <summary>Without an "Action" header the column must be this narrow a share of the table.</summary>
    private const double MaxWidthShare = 0.3;

    /// <summary>Cells of the other columns hold minutes prose: at least this many characters on average.</summary>
    private const int MinProseLength = 80;

    /// <summary>An owner's name and title, not a paragraph.</summary>
    private const int MaxOwnerWords = 8;

    /// <summary>The grid index of the table's Action column, or null when it has none.</summary>
    public static int? Find(Table table, DocxStyles styles)
    {
        var widths = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>()
            .Select(c => DocxStyles.Twips([c.Width?.Value]))
            .ToList() ?? [];
        var rows = table.Elements<TableRow>().ToList();
        var columns = Math.Max(widths.Count, rows.Count == 0 ? 0 : rows.Max(r => Cells(r).Sum(c => c.Span)));
        if (columns < 2)
        {
            return null;
        }

        var last = columns - 1;
        var lastCells = rows.SelectMany(r => Cells(r).Where(c => c.Column == last)).Select(c => CellText(c.Cell, styles)).ToList();
        var headed = rows.Take(2).SelectMany(r => Cells(r).Where(c => c.Column == last)).Any(c => IsHeader(CellText(c.Cell, styles)));
        if (headed)
        {
            return last;
        }

        var narrow = widths.Count == columns && widths.Sum() > 0 && widths[last] <= widths.Sum() * MaxWidthShare;
        var prose = rows.SelectMany(r => Cells(r).Where(c => c.Column != last)).Select(c => CellText(c.Cell, styles).Length).Where(l => l > 0).ToList();
        var owners = lastCells.TrueForAll(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxOwnerWords);
        return narrow && owners && prose.Count > 0 && prose.Average() >= MinProseLength && lastCells.Exists(t => t.Length > 0) ? last : null;
    }

    /// <summary>True for the column's header cell ("Action", "Action by").</summary>
    public static bool IsHeader(string text) => Header().IsMatch(text);

    /// <summary>A row's cells with the grid column each starts at (merged cells span several).</summary>
    public static IEnumerable<(TableCell Cell, int Column, int Span)> Cells(TableRow row)
    {
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            var span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
            yield return (cell, column, span);
            column += span;
        }
    }

    /// <summary>A cell's paragraphs as one line of text.</summary>
    public static string CellText(TableCell cell, DocxStyles styles) =>
        string.Join(' ', cell.Descendants<Paragraph>().Select(p => ParagraphContent.Of(p, styles).Text).Where(t => t.Length > 0));

    [GeneratedRegex(@"^(?:Actions?|Action\s+(?:by|By|BY|Officer|officer|Owner|owner)|ACTIONS?|ACTION\s+BY)\s*:?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Header();
}
