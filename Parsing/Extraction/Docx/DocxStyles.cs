using System.Globalization;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CouncilMinutes.Parsing.Extraction.Docx;

/// <summary>
/// The document's styles resolved through their <c>basedOn</c> chains: what makes a paragraph a heading, bold, spaced
/// or numbered when the paragraph itself does not say.
/// </summary>
internal sealed partial class DocxStyles
{
    /// <summary>A chain longer than this is a loop in a damaged file, not a style hierarchy.</summary>
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> _styles;
    private readonly DocDefaults? _defaults;

    private DocxStyles(Dictionary<string, Style> styles, DocDefaults? defaults) => (_styles, _defaults) = (styles, defaults);

    public static DocxStyles Of(MainDocumentPart part)
    {
        var styles = part.StyleDefinitionsPart?.Styles;
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }
        }

        return new DocxStyles(byId, styles?.DocDefaults);
    }

    /// <summary>True for Word's heading and title styles, or any style that gives an outline level.</summary>
    public bool IsHeading(string? styleId) => HeadingLevel(styleId) is not null;

    /// <summary>The rank of a heading style: "Heading 2" (or outline level 1) is 2, "Title" 0; null for a style that ranks nothing.</summary>
    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            foreach (var name in new[] { style.StyleId?.Value, style.StyleName?.Val?.Value })
            {
                if (name is not null && HeadingName().Match(name) is { Success: true } m)
                {
                    return m.Groups["level"].Success ? int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                }
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9 and var outline)
            {
                return outline + 1;
            }
        }

        return null;
    }

    /// <summary>Bold as a paragraph style, then the document defaults, set it; null when nothing does.</summary>
    public bool ParagraphBold(string? styleId) =>
        Chain(styleId).Select(s => s.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } bold
            ? IsOn(bold)
            : _defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Bold is { } byDefault && IsOn(byDefault);

    /// <summary>Bold as a character style sets it, or null.</summary>
    public bool? CharacterBold(string? styleId) =>
        Chain(styleId).Select(s => s.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } bold ? IsOn(bold) : null;

    /// <summary>The list a paragraph style puts its paragraphs in, or null.</summary>
    public NumberingProperties? Numbering(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n is not null);

    /// <summary>Space before and after a paragraph of the style, in twentieths of a point.</summary>
    public (int Before, int After) Spacing(string? styleId)
    {
        var chain = Chain(styleId).Select(s => s.StyleParagraphProperties?.SpacingBetweenLines)
            .Append(_defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.SpacingBetweenLines)
            .OfType<SpacingBetweenLines>()
            .ToList();
        return (Twips(chain.Select(s => s.Before?.Value)), Twips(chain.Select(s => s.After?.Value)));
    }

    public static bool IsOn(OnOffType value) => value.Val is null || value.Val.Value;

    /// <summary>The first value the chain states, in twips; 0 when none does.</summary>
    public static int Twips(IEnumerable<string?> values) =>
        values.FirstOrDefault(v => v is not null) is { } v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var twips)
            ? twips
            : 0;

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var hops = 0; styleId is not null && hops < MaxChain && _styles.TryGetValue(styleId, out var style); hops++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    [GeneratedRegex(@"^(?:heading\s?(?<level>[1-9])|title)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex HeadingName();
}
