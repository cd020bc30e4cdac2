using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CouncilMinutes.Tests.Extraction;

/// <summary>Writes a small PDF line by line, top down, the way a word processor sets printed minutes.</summary>
internal sealed class PrintedPdf
{
    public const double Size = 11;
    public const double Step = Size * 1.2;
    private const double Top = 780;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder? _page;
    private double _y;
    private double _right;

    public PrintedPdf()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    /// <summary>Starts a page, with a running header and a footer when given.</summary>
    public PrintedPdf Page(string? header = null, string? footer = null)
    {
        _page = _builder.AddPage(PageSize.A4);
        if (header is not null)
        {
            _page.AddText(header, 9, new PdfPoint(60, 812), _regular);
        }

        if (footer is not null)
        {
            _page.AddText(footer, 9, new PdfPoint(280, 30), _regular);
        }

        _y = Top;
        return this;
    }

    /// <summary>One line of text at the current height, then down one line step.</summary>
    public PrintedPdf Line(string text, double x = 60, bool bold = false)
    {
        _right = _page!.AddText(text, Size, new PdfPoint(x, _y), bold ? _bold : _regular)[^1].EndBaseLine.X;
        _y -= Step;
        return this;
    }

    /// <summary>
    /// A superscript after the line just written ("10" then "th"), set small and raised by about half the size, as word
    /// processors set ordinals; then the rest of that line after it.
    /// </summary>
    public PrintedPdf Superscript(string text, string rest)
    {
        var right = _page!.AddText(text, Size * 0.6, new PdfPoint(_right, _y + Step + Size * 0.55), _regular)[^1].EndBaseLine.X;
        _page.AddText(rest, Size, new PdfPoint(right + 3, _y + Step), _regular);
        return this;
    }

    /// <summary>
    /// Text beside the line just written, at <paramref name="x"/>: a cell of a right-hand column; <paramref name="drop"/>
    /// points lower, as a table sets a short cell level with the middle of a taller one.
    /// </summary>
    public PrintedPdf Beside(string text, double x, double drop = 0)
    {
        _page!.AddText(text, Size, new PdfPoint(x, _y + Step - drop), _regular);
        return this;
    }

    /// <summary>Text at <paramref name="x"/> with nothing to its left, then down one line step.</summary>
    public PrintedPdf Aside(string text, double x)
    {
        _page!.AddText(text, Size, new PdfPoint(x, _y), _regular);
        _y -= Step;
        return this;
    }

    /// <summary>Blank space of <paramref name="lines"/> line steps.</summary>
    public PrintedPdf Space(double lines = 1)
    {
        _y -= Step * lines;
        return this;
    }

    public byte[] Build() => _builder.Build();
}
