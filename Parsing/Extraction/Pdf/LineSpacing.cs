namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// The document's ordinary distance between the baselines of a paragraph's lines, as a multiple of the font size:
/// a larger step down the page is a paragraph break, and how much larger says how many blank lines it stands for.
/// </summary>
internal sealed record LineSpacing(double Ratio)
{
    /// <summary>A step up to this many times the ordinary one still keeps lines in one paragraph.</summary>
    private const double Slack = 1.3;

    private const int MinSamples = 3;

    public static LineSpacing Measure(IEnumerable<PdfPageText> pages)
    {
        var ratios = new Dictionary<int, int>();
        foreach (var page in pages)
        {
            for (var i = 1; i < page.Lines.Count; i++)
            {
                var (upper, lower) = (page.Lines[i - 1], page.Lines[i]);
                var size = Math.Max(upper.FontSize, lower.FontSize);
                var ratio = (upper.Baseline - lower.Baseline) / size;
                if (Math.Abs(upper.FontSize - lower.FontSize) < 0.5 && ratio is > 0.9 and < 2.0)
                {
                    var bucket = (int)Math.Round(ratio * 20);
                    ratios[bucket] = ratios.GetValueOrDefault(bucket) + 1;
                }
            }
        }

        // A page or two of single lines says little about the spacing: then assume a word processor's single spacing.
        return new LineSpacing(ratios.Values.Sum() < MinSamples ? 1.2 : ratios.MaxBy(r => r.Value).Key / 20.0);
    }

    /// <summary>The ordinary baseline step between two lines, for the larger of their sizes.</summary>
    public double Step(PdfLine upper, PdfLine lower) => Ratio * Math.Max(upper.FontSize, lower.FontSize);

    /// <summary>True when <paramref name="lower"/> follows <paramref name="upper"/> (same page) at the ordinary step.</summary>
    public bool Adjacent(PdfLine upper, PdfLine lower) => upper.Baseline - lower.Baseline <= Step(upper, lower) * Slack;

    /// <summary>Blank lines the vertical gap between two lines of a page stands for: 0 when adjacent, else at least 1.</summary>
    public int BlankLines(PdfLine upper, PdfLine lower)
    {
        if (Adjacent(upper, lower))
        {
            return 0;
        }

        var step = Step(upper, lower);
        return Math.Max(1, (int)Math.Round((upper.Baseline - lower.Baseline - step) / step, MidpointRounding.ToEven));
    }
}
