namespace CouncilMinutes.Parsing.Model;

/// <summary>What the parser made of one document: the meeting, or why it could not be read, and what it noticed.</summary>
public sealed record ParseResult
{
    public required SourceFormat Format { get; init; }

    /// <summary>The meeting found, or null when <see cref="Failure"/> says why the document could not be read.</summary>
    public MeetingMinutes? Meeting { get; init; }

    public UnreadableDocument? Failure { get; init; }

    /// <summary>Whether what was read has the structure of minutes, and why; null when the document could not be read.</summary>
    public MinutesEvidence? Evidence { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public bool Succeeded => Meeting is not null;

    public static ParseResult Unreadable(SourceFormat format, UnreadableReason reason, string message, string? detail = null) =>
        new() { Format = format, Failure = new UnreadableDocument(reason, message, detail) };
}

/// <summary>Why a document could not be read at all, in words a clerk can act on.</summary>
/// <param name="Reason">The kind of failure.</param>
/// <param name="Message">What is wrong with the document and what to do, for a clerk: never a library's own wording.</param>
/// <param name="Detail">What the library reported, for the engineers' logs, if anything.</param>
public sealed record UnreadableDocument(UnreadableReason Reason, string Message, string? Detail = null);

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

    /// <summary>Over one of the <see cref="Limits.DocumentLimits"/>: too big when expanded, too deep, too many pages, too slow.</summary>
    OverLimit,

    /// <summary>The parser itself failed on the document: a fault to report, not something wrong with the document.</summary>
    ParserFault,
}

/// <summary>The published forms of minutes the parser reads, detected from the bytes.</summary>
public enum SourceFormat
{
    Unknown,
    PlainText,

    /// <summary>Markdown, as sites built from Markdown files keep their minutes.</summary>
    Markdown,
    Html,
    Pdf,
    Docx,
    ModernGovXml,
}
