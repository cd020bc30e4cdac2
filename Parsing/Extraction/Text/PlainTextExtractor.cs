using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.Text;

/// <summary>Plain text and markdown: minutes copied from a portal page or a PDF, flattened tables included.</summary>
internal sealed class PlainTextExtractor : IDocumentExtractor
{
    public ExtractedDocument Extract(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        var text = TextDecoding.Decode(content);
        budget.CheckText(text.Length);
        return new(SourceFormat.PlainText, TextLayout.ToBlocks(text, cancellationToken), SourceHints.None);
    }
}
