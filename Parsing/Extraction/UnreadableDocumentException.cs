using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>Thrown by an extractor for a document it cannot read at all; the parser turns it into a result.</summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(UnreadableReason reason, string message, Exception? inner = null)
        : base(message, inner) => Reason = reason;

    public UnreadableDocumentException() : this(UnreadableReason.Corrupt, "The document could not be read.") { }

    public UnreadableDocumentException(string message) : this(UnreadableReason.Corrupt, message) { }

    public UnreadableDocumentException(string message, Exception inner) : this(UnreadableReason.Corrupt, message, inner) { }

    public UnreadableReason Reason { get; }
}
