using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>Tells bold faces from regular ones, once per font: PDF fonts rarely flag boldness, their names usually do.</summary>
internal sealed partial class FontWeights
{
    private readonly Dictionary<string, bool> _byName = new(StringComparer.Ordinal);

    public bool IsBold(Letter letter)
    {
        // Word processors fake bold for fonts without a bold face by stroking the outline as well as filling it.
        if (letter.RenderingMode is TextRenderingMode.FillThenStroke)
        {
            return true;
        }

        var name = letter.FontName ?? "";
        if (!_byName.TryGetValue(name, out var bold))
        {
            var details = letter.FontDetails;
            bold = (details is not null && (details.IsBold || details.Weight >= 600)) || IsBoldName(name);
            _byName[name] = bold;
        }

        return bold;
    }

    /// <summary>Whether a font's name says it is a bold face.</summary>
    public static bool IsBoldName(string fontName) => BoldName().IsMatch(fontName);

    // "BAAAAA+DejaVuSerif-Bold", "Arial,Bold", "Calibri-BoldItalic", "Montserrat-SemiBold", "Helvetica-Black"; TeX's bold faces
    // by their short names: Computer Modern "NNCBWE+CMBX12", "CMB10", the EC fonts' "SFBX1000".
    [GeneratedRegex(@"(?:bold|black|heavy)|(?:^|\+)(?:CMBX|CMB|SFBX|SFB)\d", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex BoldName();
}
