namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>One page's lines, top to bottom, with the page size that margins and bands are measured against.</summary>
internal sealed record PdfPageText(int Number, double Width, double Height, IReadOnlyList<PdfLine> Lines);
