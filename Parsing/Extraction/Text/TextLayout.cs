using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Text;

/// <summary>Recovers blocks from text that lost its layout: wrapped lines, flattened tables, a printed Action column.</summary>
internal static partial class TextLayout
{
    public static IReadOnlyList<Block> ToBlocks(string text, CancellationToken cancellationToken)
    {
        var lines = ReadLines(text);
        cancellationToken.ThrowIfCancellationRequested();
        RemovePageFurniture(lines);
        var blocks = lines.Select(ToBlock).ToList();
        if (lines.Any(l => ActionColumnHeader().IsMatch(l.Text)))
        {
            blocks = SeparateActionColumn(blocks, lines);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return LineJoiner.Join(blocks);
    }

    /// <summary>One physical line (or table cell) of the text, before classification.</summary>
    private sealed record RawLine(string Text, int Gap, bool StartsRow, int HeadingLevel, bool HardBreak);

    private static List<RawLine> ReadLines(string text)
    {
        var physical = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var flattenedTable = physical.Count(l => l.TrimEnd().EndsWith('|') || l.TrimStart().StartsWith('|')) >= 3;
        var result = new List<RawLine>(physical.Length);
        var gap = 0;
        var rowPending = false;
        foreach (var line in physical)
        {
            var hardBreak = line.EndsWith("  ", StringComparison.Ordinal);
            var cleaned = Clean(line);
            if (cleaned.Length == 0)
            {
                gap++;
                continue;
            }

            if (!flattenedTable)
            {
                result.Add(Raw(cleaned, gap, startsRow: false, hardBreak));
                gap = 0;
                continue;
            }

            if (TableSeparatorRow().IsMatch(cleaned))
            {
                continue;
            }

            var cells = cleaned.Split('|');
            for (var i = 0; i < cells.Length; i++)
            {
                rowPending |= i > 0;
                var cell = cells[i].Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                result.Add(Raw(cell, gap, rowPending, hardBreak && i == cells.Length - 1));
                gap = 0;
                rowPending = false;
            }
        }

        return result;
    }

    private static RawLine Raw(string text, int gap, bool startsRow, bool hardBreak)
    {
        var heading = MarkdownHeading().Match(text);
        var level = heading.Success ? heading.Groups[1].Length : 0;
        if (heading.Success)
        {
            text = text[heading.Length..];
        }

        return new RawLine(StripEmphasis(text), gap, startsRow, level, hardBreak);
    }

    private static string Clean(string line)
    {
        var s = line.Replace('\u00A0', ' ').Replace('\u2007', ' ').Replace('\u202F', ' ').Replace('\t', ' ');
        return Spaces().Replace(s, " ").Trim();
    }

    private static string StripEmphasis(string text)
    {
        // Markdown emphasis around a whole line (*At a meeting of…*) or a phrase (*Thrive*); bullets were taken off first.
        if (text.Length > 2 && text[0] == '*' && text[^1] == '*' && !text.StartsWith("* ", StringComparison.Ordinal))
        {
            text = text.Trim('*').Trim();
        }

        return text.Contains('*', StringComparison.Ordinal) ? Emphasis().Replace(text, "$1") : text;
    }

    private static Block ToBlock(RawLine line)
    {
        if (line.HeadingLevel > 0)
        {
            return new Block(BlockKind.Heading, line.Text) { GapBefore = line.Gap, StartsRow = line.StartsRow };
        }

        var bullet = Bullet().Match(line.Text);
        return bullet.Success && bullet.Length < line.Text.Length
            ? new Block(BlockKind.ListItem, line.Text[bullet.Length..].Trim()) { GapBefore = line.Gap, StartsRow = line.StartsRow }
            : new Block(BlockKind.Text, line.Text) { GapBefore = line.Gap, StartsRow = line.StartsRow };
    }

    /// <summary>
    /// Drops running headers and footers of text copied from a paginated document: short lines with a date or
    /// reference that repeat, and the bare page numbers beside them.
    /// </summary>
    private static void RemovePageFurniture(List<RawLine> lines)
    {
        var repeated = lines
            .Where(l => l.Text.Length <= 50 && l.Text.Any(char.IsDigit) && !l.Text.Contains('|', StringComparison.Ordinal)
                        && !BareNumber().IsMatch(l.Text) && !LineJoiner.StartsConstruct(l.Text))
            .GroupBy(l => l.Text, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (repeated.Count == 0)
        {
            return;
        }

        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!repeated.Contains(lines[i].Text))
            {
                continue;
            }

            var gap = lines[i].Gap;
            lines.RemoveAt(i);
            if (i > 0 && BareNumber().IsMatch(lines[i - 1].Text))
            {
                gap = Math.Max(gap, lines[i - 1].Gap);
                lines.RemoveAt(--i);
            }

            if (i < lines.Count)
            {
                var next = lines[i];
                lines[i] = next with { Gap = Math.Max(next.Gap, gap) };
                if (BareNumber().IsMatch(next.Text))
                {
                    lines.RemoveAt(i);
                    if (i < lines.Count)
                    {
                        lines[i] = lines[i] with { Gap = Math.Max(lines[i].Gap, next.Gap) };
                    }
                }
            }
        }
    }

    /// <summary>
    /// Printed minutes with an "Action" column, flattened to text, interleave the column's cells with the body:
    /// short runs of a few words ("Executive Director / of Children's / Services"). They become action notes.
    /// </summary>
    private static List<Block> SeparateActionColumn(List<Block> blocks, List<RawLine> lines)
    {
        var result = new List<Block>(blocks.Count);
        var i = 0;
        while (i < blocks.Count)
        {
            if (ActionColumnHeader().IsMatch(blocks[i].Text))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < blocks.Count && IsColumnFragment(blocks[end]) && (end == i || blocks[end].GapBefore == 0))
            {
                end++;
            }

            var run = end - i;
            var closed = end == blocks.Count || blocks[end].GapBefore > 0;
            if (run > 0 && closed && blocks[i].GapBefore > 0 && (run >= 2 || lines[i].HardBreak))
            {
                var owner = string.Join(' ', blocks.Skip(i).Take(run).Select(b => b.Text));
                result.Add(new Block(BlockKind.ActionNote, owner) { GapBefore = blocks[i].GapBefore });
                i = end;
                continue;
            }

            result.Add(blocks[i]);
            i++;
        }

        return result;
    }

    private static bool IsColumnFragment(Block block) =>
        block.Kind == BlockKind.Text && block.Text.Length <= 40 && block.Text.Split(' ').Length <= 4
        && !TerminalPunctuation().IsMatch(block.Text) && !LineJoiner.StartsConstruct(block.Text);

    [GeneratedRegex(@"^\*{0,2}(?:Action|Actions|Action by)\*{0,2}$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ActionColumnHeader();

    [GeneratedRegex(@"^\|?\s*:?-{3,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TableSeparatorRow();

    [GeneratedRegex(@"^(#{1,6})\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"(?<![\w*])\*{1,2}([^*\s][^*]*?)\*{1,2}(?![\w*])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?:[·•▪◦●○■□➢➤✓\uF0B7\uF0A7\uF0D8\uF076]\s*|[-*–]\s+)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,4}$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"[.;:!?]$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TerminalPunctuation();

    [GeneratedRegex(@" {2,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
