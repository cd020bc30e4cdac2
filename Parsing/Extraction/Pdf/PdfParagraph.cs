namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>A paragraph, list entry or heading of the body, with the lines it was read from (for placing margin notes).</summary>
/// <param name="Kind">What its layout says it is.</param>
/// <param name="Text">The lines joined, bullet removed.</param>
/// <param name="GapBefore">Blank lines' worth of space above it.</param>
/// <param name="Lines">Its lines, in order; more than one page when it runs over a page break.</param>
internal sealed record PdfParagraph(BlockKind Kind, string Text, int GapBefore, IReadOnlyList<PdfLine> Lines);
