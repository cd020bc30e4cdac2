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

        return lines;
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
