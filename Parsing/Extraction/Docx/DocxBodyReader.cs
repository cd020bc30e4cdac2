using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CouncilMinutes.Parsing.Extraction.Docx;

/// <summary>
/// Walks the document body in order and turns paragraphs into blocks: heading styles and wholly bold lines are
/// headings, list paragraphs are list items or keep their printed number, empty paragraphs are vertical space, and
/// tables are read row by row (an Action column's cells become notes after their row's text; a table of actions under
/// a header row gives one action per row).
/// </summary>
internal sealed partial class DocxBodyReader
{
    private readonly DocxStyles _styles;
    private readonly ListNumbering _numbering;
    private readonly CancellationToken _cancellationToken;
    private readonly List<List<Block>> _segments = [[]];
    private int _count;

    private int _emptyParagraphs;
    private bool _rowPending;
    private int? _column;
    private (bool InList, int After) _previous;

    public DocxBodyReader(DocxStyles styles, ListNumbering numbering, CancellationToken cancellationToken) =>
        (_styles, _numbering, _cancellationToken) = (styles, numbering, cancellationToken);

    /// <summary>
    /// The body's blocks in runs that may be re-joined into sentences: a cell of an ordinary table is a run of its own,
    /// since text never flows from one cell into the next. (An Action table's rows are only layout: text flows on.)
    /// </summary>
    public List<List<Block>> Read(Body body)
    {
        ReadElements(body.ChildElements);
        return _segments.Where(s => s.Count > 0).ToList();
    }

    private void ReadElements(IEnumerable<OpenXmlElement> elements)
    {
        // The package's nesting is checked before Word's library reads it; this guards the recursion should anything deeper get through.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var element in elements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph);
                    break;
                case Table table:
                    ReadTable(table);
                    break;

                // Content controls and custom XML wrap ordinary paragraphs and tables.
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    ReadElements(content.ChildElements);
                    break;
                case CustomXmlBlock custom:
                    ReadElements(custom.ChildElements);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var content = ParagraphContent.Of(paragraph, _styles);
        var label = ListLabelOf(properties, styleId);
        if (content.Text.Length == 0)
        {
            // Blank paragraphs are how many minutes make space; a numbered one still takes its number.
            _emptyParagraphs++;
            return;
        }

        var (before, after) = Spacing(properties, styleId);
        var inList = label is not null;
        var gap = _count == 0 ? 0
            : _emptyParagraphs == 0 && inList && _previous.InList && _previous.After + before == 0 ? 0
            : Math.Max(1, _emptyParagraphs);
        var block = label switch
        {
            { IsBullet: true } => new Block(BlockKind.ListItem, content.Text),
            { Number: null } => new Block(BlockKind.ListItem, content.Text),
            { Number: { Length: > 0 } number } => new Block(KindOf(content, styleId), number + " " + content.Text),
            _ => new Block(KindOf(content, styleId), content.Text),
        };

        Add(block with { GapBefore = gap, Level = block.Kind == BlockKind.Heading ? _styles.HeadingLevel(styleId) : null });
        _emptyParagraphs = 0;
        _previous = (inList, after);
    }

    private void Add(Block block)
    {
        _segments[^1].Add(block with { StartsRow = _rowPending || block.StartsRow, Column = _column ?? block.Column });
        _rowPending = false;
        _count++;
    }

    private ListLabel? ListLabelOf(ParagraphProperties? properties, string? styleId)
    {
        var numbering = properties?.NumberingProperties;
        var fromStyle = _styles.Numbering(styleId);
        var numId = numbering?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        var level = numbering?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? 0;
        return numId is { } id ? _numbering.Next(id, level) : null;
    }

    private (int Before, int After) Spacing(ParagraphProperties? properties, string? styleId)
    {
        var own = properties?.SpacingBetweenLines;
        var (styleBefore, styleAfter) = _styles.Spacing(styleId);
        return (own?.Before?.Value is { } b ? DocxStyles.Twips([b]) : styleBefore, own?.After?.Value is { } a ? DocxStyles.Twips([a]) : styleAfter);
    }

    /// <summary>A heading style, or a short line set wholly in bold that is not a label introducing what follows.</summary>
    private BlockKind KindOf(ParagraphContent content, string? styleId) =>
        _styles.IsHeading(styleId)
        || (content.Bold && content.Text.Length <= 200 && !content.Text.EndsWith(':') && !Label().IsMatch(content.Text))
            ? BlockKind.Heading
            : BlockKind.Text;

    private void ReadTable(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        if (rows.Count > 1 && ActionTableHeader.Of([.. ActionColumnTable.Cells(rows[0]).Select(c => ActionColumnTable.CellText(c.Cell, _styles))]) is { } header)
        {
            ReadActionTable(rows, header);
            return;
        }

        var actionColumn = ActionColumnTable.Find(table, _styles);
        foreach (var row in rows)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _rowPending = actionColumn is null;
            var notes = new List<string>();
            foreach (var (cell, column, _) in ActionColumnTable.Cells(row))
            {
                if (column == actionColumn)
                {
                    notes.Add(ActionColumnTable.CellText(cell, _styles));
                    continue;
                }

                if (actionColumn is null)
                {
                    _segments.Add([]);
                }

                _column = column;
                ReadElements(cell.ChildElements);
                _column = null;
            }

            foreach (var note in notes.Where(n => n.Length > 0 && !ActionColumnTable.IsHeader(n)))
            {
                Add(new Block(BlockKind.ActionNote, note) { GapBefore = 1 });
            }

            _rowPending = false;
        }

        if (actionColumn is null)
        {
            _segments.Add([]);
        }
    }

    /// <summary>
    /// A table of actions under a header row: each row's action cell is an action, its owner cell the note after it, its
    /// other cells (an update, a date) remarks; the reference cell only numbers the row.
    /// </summary>
    private void ReadActionTable(List<TableRow> rows, ActionTableHeader header)
    {
        var starts = ActionColumnTable.Cells(rows[0]).Select(c => c.Column).ToList();
        foreach (var row in rows.Skip(1))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var cells = ActionColumnTable.Cells(row)
                .GroupBy(c => starts.FindLastIndex(start => start <= c.Column))
                .ToDictionary(g => g.Key, g => string.Join(' ', g.Select(c => ActionColumnTable.CellText(c.Cell, _styles))).Trim());
            string? Cell(int column) => cells.TryGetValue(column, out var text) && text.Length > 0 ? text : null;

            if (Cell(header.Action) is not { } cell)
            {
                continue;
            }

            var (action, reference) = header.Row(cell, header.Reference is { } r ? Cell(r) : null);
            _segments.Add([]);
            Add(new Block(BlockKind.ActionRow, action) { GapBefore = 1, Number = reference });
            if (Cell(header.Owner) is { } owner)
            {
                Add(new Block(BlockKind.ActionNote, owner) { GapBefore = 1 });
            }

            var remarks = cells.Keys.Order().Where(header.IsRemark).Select(Cell).OfType<string>().ToList();
            if (remarks.Count > 0)
            {
                Add(new Block(BlockKind.Text, string.Join(' ', remarks)) { GapBefore = 1 });
            }
        }

        _segments.Add([]);
    }

    [GeneratedRegex(@"^(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|RECOMMENDED|Recommended|NOTED)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Label();
}
