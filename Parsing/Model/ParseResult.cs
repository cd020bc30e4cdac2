namespace CouncilMinutes.Parsing.Model;

/// <summary>What the parser made of one document: the meeting, or why it could not be read, and what it noticed.</summary>
public sealed record ParseResult
{
    public required SourceFormat Format { get; init; }

    /// <summary>The meeting found, or null when <see cref="Failure"/> says why the document could not be read.</summary>
    public MeetingMinutes? Meeting { get; init; }

    public UnreadableDocument? Failure { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool Succeeded => Meeting is not null;

    public static ParseResult Unreadable(SourceFormat format, UnreadableReason reason, string message) =>
        new() { Format = format, Failure = new UnreadableDocument(reason, message) };
}

/// <summary>Why a document could not be read at all, in words a clerk can act on.</summary>
public sealed record UnreadableDocument(UnreadableReason Reason, string Message);

/// <summary>The kinds of document the parser cannot read. All are permanent: retrying will not help.</summary>
public enum UnreadableReason
{
    Empty,
    TooLarge,
    UnsupportedFormat,
    Encrypted,

    /// <summary>A PDF of scanned pages: no text layer, and OCR is not supported.</summary>
    NoTextLayer,
    Corrupt,

    /// <summary>Readable, but nothing in it looks like minutes.</summary>
    NotMinutes,
}

/// <summary>The published forms of minutes the parser reads, detected from the bytes.</summary>
public enum SourceFormat
{
    Unknown,
    PlainText,
    Html,
    Pdf,
    Docx,
    ModernGovXml,
}
