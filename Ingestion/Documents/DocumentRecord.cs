namespace CouncilMinutes.Ingestion.Documents;

/// <summary>What the ledger knows of one inbox document: its content, the parser that read it, and how that went.</summary>
public sealed record DocumentRecord
{
    public required string Container { get; init; }
    public required string BlobName { get; init; }
    public DocumentStatus Status { get; init; }
    public string? ContentHash { get; init; }
    public string? ParserVersion { get; init; }
    public string? MeetingKey { get; init; }

    /// <summary>Why the document failed, as a stable code (<c>Encrypted</c>, <c>NoMeetingDate</c>).</summary>
    public QuarantineReason? Reason { get; init; }

    /// <summary>Why the document failed, in words a clerk can act on.</summary>
    public string? Error { get; init; }

    public int Attempts { get; init; }
    public long? Size { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>Where a document is in the pipeline.</summary>
public enum DocumentStatus
{
    Processing,
    Succeeded,
    Failed,
}
