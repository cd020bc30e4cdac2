using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// Attendance set as a table under a header row ("Name | Organisation | Affiliation"): read line by line, each person's
/// organisation and role run on after the name ("Amanda Lertoria Lloyds CCA") and pass for more of it. Here each row keeps
/// its name cell only, and the header row, which names no one, goes.
/// </summary>
internal static partial class AttendanceTables
{
    /// <summary>A word this far (points) left of the second column still starts in it.</summary>
    private const double Tolerance = 4;

    /// <summary>A gap between rows this many times the table's first step ends the table.</summary>
    private const double RowGapShare = 1.8;

    public static IReadOnlyList<PdfPageText> NamesOnly(IReadOnlyList<PdfPageText> pages)
    {
        var result = new List<PdfPageText>(pages.Count);
        double? second = null;
        double? step = null;
        foreach (var page in pages)
        {
            var lines = new List<PdfLine>(page.Lines.Count);
            PdfLine? previous = null;
            foreach (var line in page.Lines)
            {
                if (SecondColumn(line) is { } x)
                {
                    (second, step, previous) = (x, null, line);
                    continue;
                }

                if (second is { } edge && Row(line, edge, previous, ref step) is { } name)
                {
                    lines.Add(name);
                    previous = line;
                    continue;
                }

                // The table ends at the first line that is none of its rows; one that reached the foot of its page goes on over it.
                second = null;
                lines.Add(line);
            }

            result.Add(page with { Lines = lines });
        }

        return result;
    }

    /// <summary>The row's name cell, or null where the line is no row of the table (a line across its columns, or one set apart).</summary>
    private static PdfLine? Row(PdfLine line, double edge, PdfLine? previous, ref double? step)
    {
        if (line.Words.Any(w => w.Left < edge - Tolerance && w.Right > edge - Tolerance) || line.Words[0].Left >= edge - Tolerance)
        {
            return null;
        }

        if (previous is not null && previous.Page == line.Page)
        {
            var gap = previous.Baseline - line.Baseline;
            step ??= gap;
            if (gap > step * RowGapShare)
            {
                return null;
            }
        }

        var name = line.Words.TakeWhile(w => w.Left < edge - Tolerance).ToList();
        return new PdfLine(line.Page, name);
    }

    /// <summary>Where the second column of an attendance table's header row starts; null for any other line.</summary>
    private static double? SecondColumn(PdfLine line)
    {
        var cells = line.Cells();
        var texts = cells.Select(c => string.Join(' ', c.Select(w => w.Text)).TrimEnd(':')).ToList();
        return texts.Count >= 2 && NameColumn().IsMatch(texts[0]) && texts.Skip(1).All(t => OtherColumn().IsMatch(t)) ? cells[1][0].Left : null;
    }

    [GeneratedRegex(@"^(?i:names?|members?|attendees?|present)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameColumn();

    // What a table says of each person besides the name (the spelling "Affilliation" is a real header's).
    [GeneratedRegex(@"^(?i:organi[sz]ations?|affill?iations?|roles?|titles?|job\s+titles?|positions?|posts?|representing|representatives?|body|bodies|company|council|designations?|department|service|initials|capacity|attended|apologies)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OtherColumn();
}
