using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// Why a document was quarantined: a stable code a clerk or a script can act on, stored by name in the document's ledger
/// row (<see cref="DocumentRecord.Reason"/>) and its quarantine copy's <c>reason</c> metadata.
/// </summary>
/// <remarks>The names are stored: renaming one leaves the rows and blobs quarantined under it unread.</remarks>
public enum QuarantineReason
{
    /// <summary>The document has no content (<see cref="UnreadableReason.Empty"/>).</summary>
    Empty,

    /// <summary>The document is over the size limit (<see cref="UnreadableReason.TooLarge"/>).</summary>
    TooLarge,

    /// <summary>Not a format the parser reads (<see cref="UnreadableReason.UnsupportedFormat"/>).</summary>
    UnsupportedFormat,

    /// <summary>Password-protected (<see cref="UnreadableReason.Encrypted"/>).</summary>
    Encrypted,

    /// <summary>A PDF of scanned pages, with no text to read (<see cref="UnreadableReason.NoTextLayer"/>).</summary>
    NoTextLayer,

    /// <summary>Damaged beyond reading (<see cref="UnreadableReason.Corrupt"/>).</summary>
    Corrupt,

    /// <summary>Readable, but not minutes: an agenda, a report, a letter (<see cref="UnreadableReason.NotMinutes"/>).</summary>
    NotMinutes,

    /// <summary>Over one of the document limits while it was read (<see cref="UnreadableReason.OverLimit"/>).</summary>
    OverLimit,

    /// <summary>The parser itself failed on the document (<see cref="UnreadableReason.ParserFault"/>).</summary>
    ParserFault,

    /// <summary>Minutes that do not say when the meeting was held, and no <c>meetingdate</c> metadata to say it.</summary>
    NoMeetingDate,

    /// <summary>Minutes that do not name their committee, and no <c>committee</c> metadata to name it.</summary>
    NoCommittee,

    /// <summary>Table or blob storage refused what the document holds (a bad request): retrying sends the same.</summary>
    StorageRefused,

    /// <summary>The pipeline failed while storing the document: a fault in the pipeline, not in the document.</summary>
    PipelineFault,
}

/// <summary>The quarantine reason of each way the parser finds a document unreadable.</summary>
public static class UnreadableReasonExtensions
{
    /// <summary>The <see cref="QuarantineReason"/> of the same name.</summary>
    public static QuarantineReason ToQuarantineReason(this UnreadableReason reason) => reason switch
    {
        UnreadableReason.Empty => QuarantineReason.Empty,
        UnreadableReason.TooLarge => QuarantineReason.TooLarge,
        UnreadableReason.UnsupportedFormat => QuarantineReason.UnsupportedFormat,
        UnreadableReason.Encrypted => QuarantineReason.Encrypted,
        UnreadableReason.NoTextLayer => QuarantineReason.NoTextLayer,
        UnreadableReason.Corrupt => QuarantineReason.Corrupt,
        UnreadableReason.NotMinutes => QuarantineReason.NotMinutes,
        UnreadableReason.OverLimit => QuarantineReason.OverLimit,
        UnreadableReason.ParserFault => QuarantineReason.ParserFault,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "An unreadable reason with no quarantine reason."),
    };
}
