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
    /// <summary>The word as the layout sees it, from PdfPig's word; null for rotated or empty words.</summary>
    public static PdfWord? From(Word word, FontWeights fonts)
    {
        if (word.TextOrientation != TextOrientation.Horizontal || word.Letters.Count == 0 || string.IsNullOrWhiteSpace(word.Text))
        {
            return null;
        }

        var first = word.Letters[0];
        var box = word.BoundingBox;
        var size = first.PointSize > 0 ? first.PointSize : Math.Max(1, box.Height);
        return new PdfWord(word.Text, box.Left, box.Right, first.StartBaseLine.Y, Math.Max(box.Top, first.StartBaseLine.Y + size * 0.6),
            size, fonts.IsBold(first));
    }
}
