using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>One cell of the Action column: its text joined from its short lines, and where it sits.</summary>
/// <param name="Text">The owner text ("Executive Director of Children's Services").</param>
/// <param name="Lines">The column lines it was read from, top to bottom.</param>
/// <param name="Reference">The number an action point opens with ("01-02"), taken off its text; null for an owner's name.</param>
internal sealed record ActionNote(string Text, IReadOnlyList<PdfLine> Lines, string? Reference = null)
{
    public PdfLine First => Lines[0];
}

/// <summary>
/// Reads the Action column's lines as notes (lines at the ordinary step belong to one cell; the header is dropped) and
/// puts each note after the body paragraph it sits beside, so it lands in the item it belongs to.
/// </summary>
internal static partial class ActionNotes
{
    public static List<ActionNote> Read(IReadOnlyList<PdfLine> column, IReadOnlyList<PdfPageText> body, LineSpacing spacing)
    {
        var cells = new List<List<PdfLine>>();
        PdfLine? previous = null;
        foreach (var line in column)
        {
            if (ColumnSplitter.IsHeader(line.Text))
            {
                previous = null;
                continue;
            }

            // "01-03 SB to progress …": a numbered action opens a cell of its own, however close it is set to the one above.
            var sameCell = previous is not null && !ActionReference().IsMatch(line.Text)
                           && (previous.Page == line.Page
                               ? spacing.Adjacent(previous, line)
                               : RunsOverPageBreak(previous, line, body, spacing));
            if (sameCell)
            {
                cells[^1].Add(line);
            }
            else
            {
                cells.Add([line]);
            }

            previous = line;
        }

        return cells.Select(c => WrappedText.Join(c.Select(l => l.Text)) is var text && ActionReference().Match(text) is { Success: true } numbered
                ? new ActionNote(numbered.Groups["action"].Value, c, numbered.Groups["reference"].Value)
                : new ActionNote(text, c))
            .Where(n => n.Text.Length > 0)
            .ToList();
    }

    /// <summary>The blocks in reading order: each paragraph, then the notes that sit beside it and the table rows below it.</summary>
    public static List<Block> Interleave(IReadOnlyList<PdfParagraph> paragraphs, IReadOnlyList<ActionNote> notes, IReadOnlyList<ActionTableRow> rows)
    {
        var placed = notes.Select(n => (At: n.First, Blocks: (IEnumerable<Block>)[new Block(BlockKind.ActionNote, n.Text) { GapBefore = 1, Number = n.Reference }]))
            .Concat(rows.Select(r => (r.At, Blocks: r.Blocks())))
            .OrderBy(p => p.At.Page).ThenByDescending(p => p.At.Baseline)
            .ToLookup(p => AnchorOf(p.At, paragraphs), p => p.Blocks);
        var blocks = new List<Block>(paragraphs.Count + notes.Count + rows.Count);
        blocks.AddRange(placed[-1].SelectMany(b => b));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            blocks.Add(new Block(paragraph.Kind, paragraph.Text) { GapBefore = paragraph.GapBefore });
            blocks.AddRange(placed[i].SelectMany(b => b));
        }

        return blocks;
    }

    /// <summary>
    /// The paragraph a line sits beside (the first that overlaps it vertically on its page); else the last one above it;
    /// else the last one on an earlier page; -1 when the line comes before all the text.
    /// </summary>
    private static int AnchorOf(PdfLine first, IReadOnlyList<PdfParagraph> paragraphs)
    {
        var lastAbove = -1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var onPage = paragraphs[i].Lines.Where(l => l.Page == first.Page).ToList();
            if (onPage.Count == 0)
            {
                if (paragraphs[i].Lines[0].Page < first.Page)
                {
                    lastAbove = i;
                }

                continue;
            }

            var top = onPage.Max(l => l.Top);
            var bottom = onPage.Min(l => l.Baseline) - (onPage[^1].FontSize * 0.3);
            if (first.Baseline <= top && first.Top >= bottom)
            {
                return i;
            }

            if (bottom > first.Top)
            {
                lastAbove = i;
            }
        }

        return lastAbove;
    }

    /// <summary>A cell split by a page break: it ends at the foot of one page and goes on at the head of the next.</summary>
    private static bool RunsOverPageBreak(PdfLine previous, PdfLine line, IReadOnlyList<PdfPageText> body, LineSpacing spacing)
    {
        if (line.Page != previous.Page + 1)
        {
            return false;
        }

        var before = body.FirstOrDefault(p => p.Number == previous.Page)?.Lines;
        var after = body.FirstOrDefault(p => p.Number == line.Page)?.Lines;
        var atFoot = before is not { Count: > 0 } || previous.Baseline <= before[^1].Baseline + spacing.Step(previous, before[^1]);
        var atHead = after is not { Count: > 0 } || line.Top >= after[0].Top - spacing.Step(line, after[0]);
        return atFoot && atHead;
    }

    // "01-02 SB to invite …", "11-04 SAB to organise …": an action point numbered meeting-sequence, as action columns number them.
    [GeneratedRegex(@"^(?<reference>\d{1,3}[-.]\d{1,3})\s+(?<action>\S.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ActionReference();
}
