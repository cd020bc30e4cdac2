using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CouncilMinutes.Parsing.Extraction.Docx;

/// <summary>A paragraph's visible text, whitespace collapsed, and whether all of it is bold.</summary>
/// <param name="Text">What a reader sees: tracked deletions and field codes left out, tabs and line breaks as spaces.</param>
/// <param name="Bold">True when every run with text in it is bold.</param>
internal sealed record ParagraphContent(string Text, bool Bold)
{
    public static ParagraphContent Of(Paragraph paragraph, DocxStyles styles)
    {
        var paragraphBold = styles.ParagraphBold(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var text = new StringBuilder();
        var allBold = true;
        var anyText = false;
        Collect(paragraph, text, styles, paragraphBold, ref allBold, ref anyText);
        return new ParagraphContent(Collapse(text.ToString()), anyText && allBold);
    }

    /// <summary>Whitespace runs as one space, no space at either end.</summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString().TrimEnd();
    }

    private static void Collect(OpenXmlElement parent, StringBuilder text, DocxStyles styles, bool paragraphBold, ref bool allBold, ref bool anyText)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    var before = text.Length;
                    AppendRun(run, text);
                    if (text.ToString(before, text.Length - before).Any(c => !char.IsWhiteSpace(c)))
                    {
                        anyText = true;
                        allBold &= IsBold(run, styles, paragraphBold);
                    }

                    break;

                // Tracked deletions are not in the minutes; textboxes and drawings are read where they are anchored, not here.
                case DeletedRun or ParagraphProperties:
                    break;

                // Hyperlinks, fields, content controls, tracked insertions, smart tags: containers of runs.
                case Hyperlink or SimpleField or InsertedRun or SdtRun or SdtContentRun or CustomXmlRun or MoveToRun:
                    Collect(child, text, styles, paragraphBold, ref allBold, ref anyText);
                    break;
            }
        }
    }

    private static void AppendRun(Run run, StringBuilder text)
    {
        foreach (var part in run.ChildElements)
        {
            switch (part)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case SymbolChar symbol when int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    // Word's Symbol-font bullets and ticks arrive as private-use code points; keep only real characters.
                    if (code is < 0xE000 or > 0xF8FF)
                    {
                        text.Append((char)code);
                    }

                    break;
            }
        }
    }

    private static bool IsBold(Run run, DocxStyles styles, bool paragraphBold)
    {
        var properties = run.RunProperties;
        if (properties?.Bold is { } bold)
        {
            return DocxStyles.IsOn(bold);
        }

        return styles.CharacterBold(properties?.RunStyle?.Val?.Value) ?? paragraphBold;
    }
}
