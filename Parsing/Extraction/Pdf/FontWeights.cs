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
            bold = (details is not null && (details.IsBold || details.Weight >= 600)) || BoldName().IsMatch(name);
            _byName[name] = bold;
        }

        return bold;
    }

    // "BAAAAA+DejaVuSerif-Bold", "Arial,Bold", "Calibri-BoldItalic", "Montserrat-SemiBold", "Helvetica-Black".
    [GeneratedRegex(@"(?:bold|black|heavy)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex BoldName();
}
