using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>
/// What a portal prints beside a link to a file: the icon's alt text and the file's type and size
/// ("pdf icon PDF 57 KB", "PDF 295 KB", "(PDF, 132 KB)"). It is not part of a title.
/// </summary>
internal static partial class LinkArtefacts
{
    /// <summary>The title without file-type icons and size suffixes.</summary>
    public static string Strip(string title)
    {
        var text = IconAltText().Replace(title, " ");
        string before;
        do
        {
            before = text;
            text = SizeSuffix().Replace(text, "");
        }
        while (text.Length != before.Length);

        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>Every artefact in running text ("MINUTES - 15 MARCH 2022 PDF 295 KB To approve…"); group "doc" is the type and size.</summary>
    public static MatchCollection Find(string text) => InRunningText().Matches(MayNameASize(text) ? text : "");

    // The pattern may start anywhere (its leading spaces are optional), so a line without a size ("57 KB") is not searched at all.
    // ("mb" in lower case is left out: it is in "member", "number" and "December", and no portal prints a size so.)
    private static bool MayNameASize(string text) => SizeUnits.Any(unit => text.Contains(unit, StringComparison.Ordinal));

    private static readonly string[] SizeUnits = ["KB", "Kb", "kB", "kb", "MB", "Mb"];

    [GeneratedRegex(@"\s*(?:(?:pdf|docx?|xlsx?|pptx?|html?)\s+icon\s*)?(?<doc>\b(?:PDF|DOCX?|XLSX?|PPTX?|HTML?)\s+\d+(?:\.\d+)?\s*[KM]B)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex InRunningText();

    [GeneratedRegex(@"\b(?:pdf|word|excel|powerpoint|doc|docx|xls|xlsx|ppt|pptx|rtf|html?|txt|csv|zip|image|jpe?g|png|gif|file)\s+icon\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex IconAltText();

    // No word boundary before the type: text flattened from the markup can run it into the title ("HeatingPDF 500 KB").
    [GeneratedRegex(@"\s*\(?\s*(?:PDF|DOCX?|XLSX?|PPTX?|RTF|HTML?|TXT|CSV|ZIP|JPE?G|PNG|GIF|ODT|ODS|WORD|EXCEL|POWERPOINT)\s*,?\s*\d+(?:[.,]\d+)?\s*(?:[KMG]B|bytes)\b\s*\)?\s*$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex SizeSuffix();

    [GeneratedRegex(@"\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
