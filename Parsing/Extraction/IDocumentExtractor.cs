namespace CouncilMinutes.Parsing.Extraction;

/// <summary>Turns the bytes of one format into blocks of text in reading order.</summary>
internal interface IDocumentExtractor
{
    /// <summary>Extracts the text; throws <see cref="UnreadableDocumentException"/> for a document that cannot be read at all.</summary>
    ExtractedDocument Extract(byte[] content, CancellationToken cancellationToken);
}
