using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>The pages without their action tables, and the tables' rows.</summary>
internal sealed record ActionTableSplit(IReadOnlyList<PdfPageText> Body, IReadOnlyList<ActionTableRow> Rows);

/// <summary>One row of an action table: its action, what a further column says of it (an update, a status), its owner.</summary>
/// <param name="At">The row's first line, where it sits among the paragraphs.</param>
/// <param name="Action">The action cell's text.</param>
/// <param name="Reference">The minute the row names, if any.</param>
/// <param name="Remarks">The other cells' text (an update, a status, a date), if any.</param>
/// <param name="Owner">The owner cell's text, if any.</param>
internal sealed record ActionTableRow(PdfLine At, string Action, string? Reference, string? Remarks, string? Owner)
{
    /// <summary>The row as blocks: the action, the owner as the note beside it, then its remarks.</summary>
    public IEnumerable<Block> Blocks()
    {
        yield return new Block(BlockKind.ActionRow, Action) { GapBefore = 1, Number = Reference };
        if (Owner is not null)
        {
            yield return new Block(BlockKind.ActionNote, Owner) { GapBefore = 1 };
        }

        if (Remarks is not null)
        {
            yield return new Block(BlockKind.Text, Remarks) { GapBefore = 1 };
        }
    }
}

/// <summary>
/// Action tables under a header row ("No | Action | Owner | Update", "Action | Who | By when"): a PDF draws their rows as
/// lines that cut across the cells, a short cell set level with the middle of a tall one beside it, so read line by line
/// their words interleave ("… find out what the situation is AS July22.02 Playground - AS to contact …"). Here each row is
/// rebuilt from its cells: a row's lines are those level with or below its key cell (the reference, else the owner), and
/// each cell's words are read top to bottom. The rows leave the page's lines and are set among the paragraphs by position.
/// </summary>
internal static partial class ActionTables
{
    /// <summary>A word this far (points) left of a column's header still starts in that column.</summary>
    private const double Tolerance = 4;

    /// <summary>A gap of this many lines (font sizes) below a row is no row's: the table has ended.</summary>
    private const double RowGapLines = 3;

    /// <summary>A key this far below a line (share of its font size), a row's short cell set level with the middle of a tall one, is still its row's.</summary>
    private const double KeyBelowShare = 0.5;

    public static ActionTableSplit Split(IReadOnlyList<PdfPageText> pages)
    {
        var rows = new List<ActionTableRow>();
        var body = new List<PdfPageText>(pages.Count);
        Table? runsOn = null;
        foreach (var page in pages)
        {
            var lines = new List<PdfLine>(page.Lines.Count);
            // A table that ran to the foot of the last page goes on at the top of this one, under no header of its own.
            var i = 0;
            if (runsOn is not null)
            {
                i = End(page.Lines, 0, runsOn);
                rows.AddRange(Rows(page.Lines.Take(i).ToList(), runsOn));
                runsOn = i == page.Lines.Count ? runsOn : null;
            }

            for (; i < page.Lines.Count; i++)
            {
                if (Header(page.Lines[i]) is not { } table)
                {
                    lines.Add(page.Lines[i]);
                    continue;
                }

                var end = End(page.Lines, i + 1, table);
                rows.AddRange(Rows(page.Lines.Skip(i + 1).Take(end - i - 1).ToList(), table));
                runsOn = end == page.Lines.Count ? table : null;
                i = end - 1;
            }

            body.Add(page with { Lines = lines });
        }

        return new ActionTableSplit(body, rows);
    }

    /// <summary>The columns of a table's header row; null for any other line.</summary>
    private static Table? Header(PdfLine line)
    {
        var cells = line.Cells();
        if (ActionTableHeader.Of([.. cells.Select(c => string.Join(' ', c.Select(w => w.Text)))]) is not { } header)
        {
            return null;
        }

        // Rows are told apart by their reference where the table has one, else by their owner.
        return new Table([.. cells.Select(c => c[0].Left)], header.Reference ?? header.Owner, header);
    }

    /// <summary>
    /// Where the table ends: at a line of prose across its columns, a line left of its first column, a heading in bold, a line
    /// set apart below the table ("[End of Minutes]" some lines under its last row), or a key cell not shaped like the table's
    /// references ("08.22.06 Updates" after rows "July22.01 …").
    /// </summary>
    private static int End(IReadOnlyList<PdfLine> lines, int from, Table table)
    {
        string? shape = null;
        for (var k = from; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.Bold || line.Words.Any(w => !table.Fits(w)) || (k > from && lines[k - 1].Baseline - line.Baseline > RowGapLines * line.FontSize))
            {
                return k;
            }

            if (table.Key != table.Header.Owner && line.Words.FirstOrDefault(w => table.ColumnOf(w) == table.Key) is { } reference)
            {
                shape ??= Shape(reference.Text);
                if (Shape(reference.Text) != shape)
                {
                    return k;
                }
            }
        }

        return lines.Count;
    }

    /// <summary>The rows of a table's lines, top to bottom; a row with no action cell is none.</summary>
    private static IEnumerable<ActionTableRow> Rows(IReadOnlyList<PdfLine> lines, Table table)
    {
        var keys = lines.Where((l, i) => OpensRow(l, i > 0 ? lines[i - 1] : null, table)).Select(l => l.Baseline).ToList();
        var rows = keys.Count == 0
            ? [lines]
            : lines.GroupBy(l => RowKey(keys, l)).OrderByDescending(g => g.Key).Select(g => g.OrderByDescending(l => l.Baseline).ToList()).ToList<IReadOnlyList<PdfLine>>();
        foreach (var row in rows)
        {
            // Top to bottom, as the row's lines are ordered, and each line's words left to right.
            string? Cell(int column) => row.Select(l => CellText(l.Words, column, table)).OfType<string>().ToList() is { Count: > 0 } cell ? string.Join(' ', cell) : null;

            var remarks = Enumerable.Range(0, table.Lefts.Count).Where(table.Header.IsRemark).Select(Cell).OfType<string>().ToList();
            if (Cell(table.Header.Action) is { } cell)
            {
                var (action, reference) = table.Header.Row(cell, table.Header.Reference is { } r ? Cell(r) : null);
                yield return new ActionTableRow(row[0], action, reference, remarks.Count > 0 ? string.Join(' ', remarks) : null, Cell(table.Header.Owner));
            }
        }
    }

    /// <summary>
    /// Whether a line opens a row: it holds the row's key, unless that is an owner's name run on from the line above ("Gemma /"
    /// over "Andrea") beside the action's own run-on words; or, where rows are keyed by a reference, it names an owner of its
    /// own beside an action of its own ("Robinson | Check if …" under the row of "Watson"), as rows that share an item do.
    /// </summary>
    private static bool OpensRow(PdfLine line, PdfLine? above, Table table)
    {
        var action = CellText(line.Words, table.Header.Action, table);
        var ownerRunsOn = above is not null && CellText(above.Words, table.Header.Owner, table) is { } owner && OwnerJoiner().IsMatch(owner);
        if (line.Words.Any(w => table.ColumnOf(w) == table.Key))
        {
            return !(ownerRunsOn && action is { Length: > 0 } && char.IsLower(action[0]));
        }

        return table.Key != table.Header.Owner && !ownerRunsOn && action is { Length: > 0 } && char.IsUpper(action[0])
               && line.Words.Any(w => table.ColumnOf(w) == table.Header.Owner);
    }

    /// <summary>The text of a line's words in a column, with a space only where the page shows one ("Upda" "te" is one word); null when none.</summary>
    private static string? CellText(IReadOnlyList<PdfWord> words, int column, Table table)
    {
        var cell = words.Where(w => table.ColumnOf(w) == column).ToList();
        return cell.Count == 0 ? null : new PdfLine(0, cell).Text;
    }

    /// <summary>
    /// The key line whose row a line is in: a key set just below it (a short cell level with the middle of a taller one
    /// beside it), else the nearest key above (a cell's wrapped lines run down from its first), else the first.
    /// </summary>
    private static double RowKey(List<double> keys, PdfLine line)
    {
        var below = keys.Where(k => k <= line.Baseline && line.Baseline - k <= line.FontSize * KeyBelowShare).DefaultIfEmpty(double.NaN).Max();
        if (!double.IsNaN(below))
        {
            return below;
        }

        var above = keys.Where(k => k > line.Baseline).DefaultIfEmpty(double.NaN).Min();
        return double.IsNaN(above) ? keys[0] : above;
    }

    /// <summary>A reference's shape, letters as A and digits as 9, runs collapsed: "July22.01" and "July22.07" share one.</summary>
    private static string Shape(string text) => Runs().Replace(Letters().Replace(Digits().Replace(text, "9"), "A"), "$1");

    /// <summary>A table's columns: where each starts, which holds the key that tells rows apart, and what the header says of them.</summary>
    private sealed record Table(IReadOnlyList<double> Lefts, int Key, ActionTableHeader Header)
    {
        /// <summary>The column a word starts in, or -1 left of the first.</summary>
        public int ColumnOf(PdfWord word)
        {
            for (var i = Lefts.Count - 1; i >= 0; i--)
            {
                if (word.Left >= Lefts[i] - Tolerance)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>True when the word sits in one column: it starts in one and does not run into the next.</summary>
        public bool Fits(PdfWord word)
        {
            var column = ColumnOf(word);
            return column >= 0 && (column == Lefts.Count - 1 || word.Right <= Lefts[column + 1] + Tolerance);
        }
    }

    // "Gemma /", "Clerk and", "J Smith,": an owner cell that goes on in the line below.
    [GeneratedRegex(@"(?:[/&,+]|\band)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OwnerJoiner();

    [GeneratedRegex(@"\d", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\p{L}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Letters();

    [GeneratedRegex(@"(.)\1+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Runs();
}
