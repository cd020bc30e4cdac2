using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CouncilMinutes.Tests.Extraction;

/// <summary>Writes a small .docx the way Word structures minutes: styles, lists, tables, page header and footer.</summary>
internal sealed class WordDocument
{
    /// <summary>List instances defined in every document this writes.</summary>
    public const int Bullets = 1;
    public const int Decimal = 2;
    public const int Letters = 3;
    public const int DecimalRestarted = 4;

    private readonly List<OpenXmlElement> _body = [];
    private string? _header;
    private string? _footer;

    public WordDocument Paragraph(string text, string? style = null, bool bold = false, int? list = null, int level = 0)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (list is { } numId)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        }

        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        _body.Add(new Paragraph(properties, run));
        return this;
    }

    public WordDocument Empty()
    {
        _body.Add(new Paragraph());
        return this;
    }

    /// <summary>A table with the given column widths (twips); each row lists its cells' paragraphs.</summary>
    public WordDocument Table(int[] widths, params string[][] rows)
    {
        var table = new Table(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(
                cell.Split('\n').Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))))));
        }

        _body.Add(table);
        return this;
    }

    public WordDocument PageHeader(string text)
    {
        _header = text;
        return this;
    }

    public WordDocument PageFooter(string text)
    {
        _footer = text;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            AddStyles(main);
            AddNumbering(main);
            var section = new SectionProperties();
            if (_header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(new Paragraph(new Run(new Text(_header))));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            if (_footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(new Paragraph(new Run(new Text(_footer))));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            main.Document.Body!.Append(section);
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = 0 }), new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "Minute Heading" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "MinuteHeading" });
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            List(1, NumberFormatValues.Bullet, "\uF0B7"),
            List(2, NumberFormatValues.Decimal, "%1."),
            List(3, NumberFormatValues.LowerLetter, "(%1)"),
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = Bullets },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = Decimal },
            new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = Letters },
            new NumberingInstance(new AbstractNumId { Val = 2 },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = DecimalRestarted });
    }

    private static AbstractNum List(int id, NumberFormatValues format, string text) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 })
        { AbstractNumberId = id };
}
