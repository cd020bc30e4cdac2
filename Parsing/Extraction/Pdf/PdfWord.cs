using UglyToad.PdfPig.Content;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>A word of a page with the position and font facts layout needs; y grows up the page, as in PDF.</summary>
/// <param name="Text">The word's characters.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Baseline">The y of the baseline its letters sit on.</param>
/// <param name="Top">Top of the glyphs.</param>
/// <param name="FontSize">Size in points, text matrix applied.</param>
/// <param name="Bold">True when the font is a bold face (by name or weight) or the glyphs are stroked to look bold.</param>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Top, double FontSize, bool Bold)
{
    /// <summary>
    /// A gap between two letters wider than this share of the font size is a space the PDF drew by moving the pen rather
    /// than with a space character (some producers never write one): the word is cut there. Kerning and tracking stay
    /// well under it; a word space is about a quarter of the size.
    /// </summary>
    private const double SpaceGap = 0.17;

    /// <summary>The words as the layout sees them, from PdfPig's word, cut where the pen moved a space's width; none for rotated or empty words.</summary>
    public static IEnumerable<PdfWord> From(Word word, FontWeights fonts)
    {
        if (word.TextOrientation != TextOrientation.Horizontal || word.Letters.Count == 0 || string.IsNullOrWhiteSpace(word.Text))
        {
            yield break;
        }

        var start = 0;
        for (var i = 1; i <= word.Letters.Count; i++)
        {
            if (i < word.Letters.Count && !IsSpaceGap(word.Letters[i - 1], word.Letters[i]))
            {
                continue;
            }

            if (Of(word.Letters, start, i, fonts) is { } part)
            {
                yield return part;
            }

            start = i;
        }
    }

    private static bool IsSpaceGap(Letter before, Letter after)
    {
        var size = Math.Max(before.PointSize, after.PointSize);
        return size > 0 && after.StartBaseLine.X - before.EndBaseLine.X > size * SpaceGap;
    }

    private static PdfWord? Of(IReadOnlyList<Letter> letters, int start, int end, FontWeights fonts)
    {
        var text = string.Concat(Enumerable.Range(start, end - start).Select(i => letters[i].Value));
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var first = letters[start];
        var span = Enumerable.Range(start, end - start).Select(i => letters[i]).ToList();
        var top = span.Max(l => l.BoundingBox.Top);
        var size = first.PointSize > 0 ? first.PointSize : Math.Max(1, top - first.StartBaseLine.Y);

        // The pen's path comes from the widths the PDF itself declares; a glyph's box comes from the font program, and
        // for a font neither embedded nor installed the reader gives every glyph the font's whole box, which overlaps
        // the next word's and would join the two. So the pen gives the word's extent, and the box only its height.
        var left = span.Min(l => l.StartBaseLine.X);
        var right = span.Max(l => l.EndBaseLine.X);
        if (right <= left)
        {
            left = span.Min(l => l.BoundingBox.Left);
            right = span.Max(l => l.BoundingBox.Right);
        }

        var baseline = first.StartBaseLine.Y;
        return new PdfWord(text, left, right, baseline, Math.Clamp(top, baseline + size * 0.6, baseline + size), size, fonts.IsBold(first));
    }
}
