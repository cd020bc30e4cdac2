using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>Turns the bytes of one format into blocks of text in reading order.</summary>
internal interface IDocumentExtractor
{
    /// <summary>Extracts the text within the document's budget.</summary>
    /// <exception cref="UnreadableDocumentException">The document cannot be read at all.</exception>
    /// <exception cref="LimitExceededException">The document goes past one of its limits.</exception>
    ExtractedDocument Extract(byte[] content, ReadingBudget budget, CancellationToken cancellationToken);
}

/// <summary>Extraction with the default limits, for callers that have no configuration of their own.</summary>
internal static class DocumentExtractorExtensions
{
    public static ExtractedDocument Extract(this IDocumentExtractor extractor, byte[] content, CancellationToken cancellationToken) =>
        extractor.Extract(content, new ReadingBudget(new DocumentLimits()), cancellationToken);
}
