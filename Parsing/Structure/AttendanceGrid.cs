using CouncilMinutes.Parsing.Extraction;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// An attendance table whose columns are lists side by side ("Attendees | Officials", "Present | Apologies"): read by the
/// row, each line would mix the lists, so each column is read top to bottom in turn, as its reader would.
/// </summary>
internal static class AttendanceGrid
{
    /// <summary>The blocks with each such table's cells in column order; other blocks as they were.</summary>
    public static List<Block> InColumns(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        var i = 0;
        while (i < blocks.Count)
        {
            var end = TableEnd(blocks, i);
            if (IsGrid(blocks, i, end))
            {
                // OrderBy is stable: within a column the cells keep their order down the page.
                result.AddRange(blocks.GetRange(i, end - i)
                    .OrderBy(b => b.Column)
                    .Select(b => b with { StartsRow = false, Kind = IsListLabel(b.Text) ? BlockKind.Heading : b.Kind }));
                i = end;
            }
            else
            {
                result.Add(blocks[i++]);
            }
        }

        return result;
    }

    /// <summary>Where the table starting at <paramref name="start"/> ends: the first block after it outside a table cell.</summary>
    private static int TableEnd(List<Block> blocks, int start)
    {
        if (!blocks[start].StartsRow || blocks[start].Column is null)
        {
            return start;
        }

        var end = start + 1;
        while (end < blocks.Count && blocks[end].Column is not null)
        {
            end++;
        }

        return end;
    }

    /// <summary>A cell that only names its list ("Present", "Apologies", "Officials"): the column's heading, wherever it stands.</summary>
    private static bool IsListLabel(string text) => AttendanceSection.Label(text) is { Remainder: "" } || AttendanceSection.IsApologiesTitle(text);

    /// <summary>A header row of two or more attendance labels and nothing under them but short lines: lists, not prose.</summary>
    private static bool IsGrid(List<Block> blocks, int start, int end)
    {
        var table = blocks.GetRange(start, end - start);
        var header = table.TakeWhile((b, n) => n == 0 || !b.StartsRow).ToList();
        return header.Count >= 2
               && header.Select(b => b.Column).Distinct().Count() == header.Count
               && header.All(b => IsListLabel(b.Text))
               && table.All(b => !ItemHeadingRule.IsProse(b.Text));
    }
}
