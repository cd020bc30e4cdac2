namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>Words sharing a baseline on one page, left to right: a printed line, or a column's part of one.</summary>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Words">The words, ordered by their left edge.</param>
internal sealed record PdfLine(int Page, IReadOnlyList<PdfWord> Words)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public double Baseline { get; } = Words.Max(w => w.Baseline);

    public double Top { get; } = Words.Max(w => w.Top);

    /// <summary>The size most of the line is set in (a superscript does not change it).</summary>
    public double FontSize { get; } = Words.GroupBy(w => Math.Round(w.FontSize)).MaxBy(g => g.Sum(w => w.Text.Length))!.First().FontSize;

    /// <summary>True when every word that has letters is bold: a heading line, not a bold phrase in running text.</summary>
    public bool Bold { get; } = Words.Where(w => w.Text.Any(char.IsLetterOrDigit)).DefaultIfEmpty().All(w => w is not null && w.Bold);

    /// <summary>The words with a space where the page shows one; a word split by a font change ("9" "th") stays whole.</summary>
    public string Text { get; } = string.Concat(Words.Select((w, i) =>
        i > 0 && w.Left - Words[i - 1].Right > Words[i - 1].FontSize * 0.1 ? " " + w.Text : w.Text));

    /// <summary>The part of this line from the word at <paramref name="index"/> on.</summary>
    public PdfLine From(int index) => new(Page, Words.Skip(index).ToList());

    /// <summary>The part of this line before the word at <paramref name="index"/>.</summary>
    public PdfLine Before(int index) => new(Page, Words.Take(index).ToList());

    /// <summary>The words grouped into a table row's cells: a gap of at least the font size parts two cells, a space two words.</summary>
    public List<List<PdfWord>> Cells()
    {
        var cells = new List<List<PdfWord>> { new() { Words[0] } };
        for (var i = 1; i < Words.Count; i++)
        {
            if (Words[i].Left - Words[i - 1].Right >= FontSize)
            {
                cells.Add([]);
            }

            cells[^1].Add(Words[i]);
        }

        return cells;
    }
}
