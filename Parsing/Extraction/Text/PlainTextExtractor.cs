using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.Text;

/// <summary>Plain text and markdown: minutes copied from a portal page or a PDF, flattened tables included.</summary>
internal sealed class PlainTextExtractor : IDocumentExtractor
{
    public ExtractedDocument Extract(byte[] content, CancellationToken cancellationToken) =>
        new(SourceFormat.PlainText, TextLayout.ToBlocks(FormatSniffer.DecodeText(content), cancellationToken), SourceHints.None);
}
