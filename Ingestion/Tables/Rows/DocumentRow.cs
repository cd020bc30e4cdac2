using CouncilMinutes.Ingestion.Documents;

namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>Documents</c> (partition: source container; row: the blob name, escaped): what the ledger knows of one inbox
/// document, and the claim of the worker reading it.
/// </summary>
public sealed record DocumentRow : TableRow
{
    /// <summary>The blob name as uploaded: the row key is escaped, and shortened when it is long.</summary>
    public string? BlobName { get; init; }

    public DocumentStatus? Status { get; init; }

    /// <summary>SHA-256 of the content read, hex.</summary>
    public string? ContentHash { get; init; }

    public string? ParserVersion { get; init; }

    /// <summary>The key of the meeting the document was stored as.</summary>
    public string? MeetingKey { get; init; }

    /// <summary>Why the document failed: a <see cref="QuarantineReason"/> by name (kept a string, so a name this version does not know still reads).</summary>
    public string? Reason { get; init; }

    /// <summary>Why the document failed, in words a clerk can act on.</summary>
    public string? Error { get; init; }

    public int? Attempts { get; init; }

    /// <summary>The document's size in bytes.</summary>
    public long? Size { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The id of the attempt holding the document, while one does.</summary>
    public string? Claim { get; init; }

    /// <summary>When the claim lapses, so a worker that died does not hold the document for ever.</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }
}
