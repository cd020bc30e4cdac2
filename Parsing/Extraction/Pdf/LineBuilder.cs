namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>Groups a page's words into lines by baseline: one sort and one sweep, never word against word.</summary>
internal static class LineBuilder
{
    public static List<PdfLine> Build(int page, IEnumerable<PdfWord> words)
    {
        var ordered = words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left).ToList();
        var lines = new List<PdfLine>();
        var current = new List<PdfWord>();
        var baseline = 0.0;
        foreach (var word in ordered)
        {
            // A superscript or a glyph from another font sits a little off the baseline; the next line is a full line away.
            if (current.Count > 0 && baseline - word.Baseline > Math.Max(word.FontSize, current[0].FontSize) * 0.4)
            {
                lines.Add(Line(page, current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = word.Baseline;
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(page, current));
        }

        return WithSuperscriptsHome(page, lines);
    }

    /// <summary>A superscript's gap from the word it follows, at most (points): "10" "th" is drawn as one word.</summary>
    private const double SuperscriptAbuts = 1.5;

    /// <summary>
    /// A superscript raised so far that it makes a line of its own, or sweeps in with the line above ("th" over "10 December
    /// 2025"): a word in a smaller size that starts where a word of the next line ends goes back beside that word.
    /// </summary>
    private static List<PdfLine> WithSuperscriptsHome(int page, List<PdfLine> lines)
    {
        var emptied = new HashSet<int>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (above, below) = (lines[i], lines[i + 1]);
            var raised = above.Words.Where(w => w.FontSize < below.FontSize * 0.8 && w.Baseline > below.Baseline
                                                && below.Words.Any(b => Math.Abs(w.Left - b.Right) <= SuperscriptAbuts && w.Baseline - b.Baseline < b.FontSize)).ToList();
            if (raised.Count == 0)
            {
                continue;
            }

            lines[i + 1] = Line(page, [.. below.Words, .. raised]);
            if (raised.Count == above.Words.Count)
            {
                emptied.Add(i);
            }
            else
            {
                lines[i] = Line(page, [.. above.Words.Except(raised)]);
            }
        }

        return [.. lines.Where((_, i) => !emptied.Contains(i))];
    }

    private static PdfLine Line(int page, List<PdfWord> words)
    {
        words.Sort((a, b) => a.Left.CompareTo(b.Left));

        // Some producers fake bold or shadow by drawing the same text twice, a fraction of a point apart.
        var kept = new List<PdfWord>(words.Count);
        foreach (var word in words)
        {
            if (kept.Count == 0 || kept[^1].Text != word.Text || Math.Abs(kept[^1].Left - word.Left) >= 1)
            {
                kept.Add(word);
            }
        }

        return new PdfLine(page, kept);
    }
}
