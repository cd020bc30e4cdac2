using System.Globalization;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>Element rules of one kind of page (a ModernGov portal page) that take over from the generic walk.</summary>
internal interface IHtmlBlockRules
{
    /// <summary>Writes the element's blocks itself (or drops it) and returns true; false lets the walker read it.</summary>
    bool TryWrite(IElement element, HtmlBlockWalker walker);
}

/// <summary>
/// Reads an HTML tree in reading order as blocks: headings, paragraphs, list entries, table rows. Shared by the
/// portal-page extractor and by the ModernGov XML extractor for the minutes HTML it carries.
/// </summary>
internal sealed class HtmlBlockWalker(BlockWriter writer, IHtmlBlockRules? rules, CancellationToken cancellationToken)
{
    // Deeper than this, the rest of a subtree is read as flat text: real pages never nest this far, and a
    // hostile one must not overflow the stack.
    private const int MaxDepth = 150;

    private int _depth;
    private int _visited;

    public BlockWriter Writer => writer;

    /// <summary>Reads the children of <paramref name="parent"/> in order.</summary>
    public void WriteChildren(INode parent)
    {
        foreach (var child in parent.ChildNodes.ToArray())
        {
            Write(child);
        }
    }

    /// <summary>Reads one node and everything under it.</summary>
    public void Write(INode node)
    {
        if (++_visited % 256 == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        // The nesting limit is checked before the page is parsed; this guards the recursion should anything deeper get through.
        RuntimeHelpers.EnsureSufficientExecutionStack();

        switch (node)
        {
            case IText text:
                writer.AppendText(text.Data);
                break;
            case IElement element:
                WriteElement(element);
                break;
        }
    }

    /// <summary>Reads an element's content as one block of <paramref name="kind"/> (or several, if it holds blocks).</summary>
    public void WriteBlock(IElement element, BlockKind kind, int gap = 1)
    {
        writer.Open(kind, gap);
        WriteChildren(element);
        writer.Close();
    }

    private void WriteElement(IElement element)
    {
        if (HtmlChrome.IsDropped(element) || rules?.TryWrite(element, this) == true)
        {
            return;
        }

        if (_depth >= MaxDepth)
        {
            writer.AppendText(" " + HtmlText.Of(element) + " ");
            return;
        }

        _depth++;
        try
        {
            WriteKnown(element);
        }
        finally
        {
            _depth--;
        }
    }

    private void WriteKnown(IElement element)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "br":
                writer.AppendBreak();
                return;
            case "img" or "wbr":
                return;
            case "hr":
                writer.Open(BlockKind.Text);
                writer.Close();
                return;
            case "table":
                WriteTable(element);
                return;
            case "ul" or "ol" or "menu" or "dir":
                WriteList(element);
                return;
            case "li":
                WriteBlock(element, BlockKind.ListItem);
                return;
        }

        if (BlockElements.HeadingLevel(name) is > 0 and var level)
        {
            writer.Open(BlockKind.Heading, level: level);
            WriteChildren(element);
            writer.Close();
            return;
        }

        if (!BlockElements.IsBlock(name))
        {
            WriteChildren(element);
            return;
        }

        writer.Open(BlockKind.Text, wordList: IsWordListParagraph(element), blankWhenEmpty: name == "p");
        WriteChildren(element);
        writer.Close();
    }

    private void WriteList(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var type = list.GetAttribute("type");
        var ordinal = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        writer.Open(BlockKind.Text);
        var first = true;
        foreach (var child in list.ChildNodes.ToArray())
        {
            if (child is not IElement { LocalName: "li" } item || HtmlChrome.IsDropped(item) || rules?.TryWrite(item, this) == true)
            {
                Write(child);
                continue;
            }

            if (ordered && int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                ordinal = value;
            }

            // A numbered entry keeps its number, as printed minutes do ("1) note the report"); a bullet carries none.
            writer.Open(ordered ? BlockKind.Text : BlockKind.ListItem, first ? 1 : 0, ordered ? ListMarkers.Ordinal(ordinal++, type) : null);
            WriteChildren(item);
            writer.Close();
            first = false;
        }

        writer.Close();
    }

    private void WriteTable(IElement table)
    {
        writer.Open(BlockKind.Text);
        var rows = (table is IHtmlTableElement html ? html.Rows.Cast<IElement>() : table.Children.Where(c => c.LocalName == "tr")).ToArray();
        if (table.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption)
        {
            WriteBlock(caption, BlockKind.Heading);
        }

        if (rows.Length > 1 && ActionTableHeader.Of([.. Cells(rows[0]).Select(c => writer.Normalise(HtmlText.Of(c)))]) is { } header)
        {
            WriteActionTable(rows.Skip(1), header);
            writer.Close();
            return;
        }

        if (rows.Length > 1 && DecisionTableHeader.Of([.. Cells(rows[0]).Select(c => writer.Normalise(HtmlText.Of(c)))]) is { } decisions)
        {
            WriteDecisionTable(rows.Skip(1), decisions);
            writer.Close();
            return;
        }

        foreach (var row in rows)
        {
            if (HtmlChrome.IsDropped(row) || rules?.TryWrite(row, this) == true)
            {
                continue;
            }

            writer.StartRow();
            var column = 0;
            foreach (var cell in Cells(row))
            {
                writer.Column = column;
                column += cell is IHtmlTableCellElement { ColumnSpan: > 1 } spanned ? spanned.ColumnSpan : 1;
                if (HtmlChrome.IsDropped(cell) || rules?.TryWrite(cell, this) == true)
                {
                    continue;
                }

                WriteBlock(cell, BlockKind.Text, gap: 0);
            }

            writer.Column = null;
        }

        writer.Close();
    }

    private static IElement[] Cells(IElement row) => [.. row.Children.Where(c => c.LocalName is "td" or "th")];

    /// <summary>The text of each kept row's cells, an empty cell null.</summary>
    private IEnumerable<string?[]> CellsOf(IEnumerable<IElement> rows) =>
        rows.Where(r => !HtmlChrome.IsDropped(r)).Select(r => Cells(r).Select(c => writer.Normalise(HtmlText.Of(c))).Select(t => t.Length > 0 ? t : null).ToArray());

    /// <summary>
    /// A table of actions under a header row: each row's action cell is an action, its owner cell the note after it, its
    /// other cells (an update, a date) remarks; the reference cell only numbers the row.
    /// </summary>
    private void WriteActionTable(IEnumerable<IElement> rows, ActionTableHeader header)
    {
        foreach (var cells in CellsOf(rows))
        {
            string? Cell(int column) => column < cells.Length ? cells[column] : null;
            if (Cell(header.Action) is not { } cell)
            {
                continue;
            }

            var (action, reference) = header.Row(cell, header.Reference is { } r ? Cell(r) : null);
            writer.StartRow();
            writer.Write(BlockKind.ActionRow, action, number: reference);
            if (Cell(header.Owner) is { } owner)
            {
                writer.Write(BlockKind.ActionNote, owner);
            }

            var remarks = Enumerable.Range(0, cells.Length).Where(header.IsRemark).Select(Cell).OfType<string>().ToList();
            if (remarks.Count > 0)
            {
                writer.Write(BlockKind.Text, string.Join(' ', remarks));
            }
        }
    }

    /// <summary>Minutes kept as a table of items and outcomes: each row an item headed by its title, its outcome a decision.</summary>
    private void WriteDecisionTable(IEnumerable<IElement> rows, DecisionTableHeader header)
    {
        foreach (var cells in CellsOf(rows))
        {
            string? Cell(int column) => column < cells.Length ? cells[column] : null;
            if (Cell(header.Title) is not { } title)
            {
                continue;
            }

            writer.StartRow();
            writer.Write(BlockKind.Heading, title, number: Cell(header.Reference));
            if (Cell(header.Outcome) is { } outcome)
            {
                writer.Write(BlockKind.Text, $"Decision: {outcome}");
            }
        }
    }

    /// <summary>Word's list paragraphs: class MsoListParagraph… or an inline mso-list style.</summary>
    private static bool IsWordListParagraph(IElement element)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        if (element.ClassList.Any(c => c.StartsWith("MsoListParagraph", StringComparison.OrdinalIgnoreCase)
                                       || c.StartsWith("MsoListBullet", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && style.Contains("mso-list:", StringComparison.OrdinalIgnoreCase)
                                 && !style.Contains("mso-list:none", StringComparison.OrdinalIgnoreCase);
    }
}
