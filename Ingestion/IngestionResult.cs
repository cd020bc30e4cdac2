using CouncilMinutes.Ingestion.Documents;

namespace CouncilMinutes.Ingestion;

/// <summary>What happened to one inbox document.</summary>
public sealed record IngestionResult
{
    public required string BlobName { get; init; }
    public required IngestionStatus Status { get; init; }
    public string? MeetingKey { get; init; }
    public int Items { get; init; }
    public int Resolutions { get; init; }
    public int Actions { get; init; }

    /// <summary>Digest messages queued for action owners.</summary>
    public int Notifications { get; init; }

    /// <summary>For a quarantined document: a stable code and words a clerk can act on.</summary>
    public QuarantineReason? Reason { get; init; }

    public string? Message { get; init; }
    public TimeSpan Elapsed { get; init; }
}

/// <summary>The outcomes of processing a document.</summary>
public enum IngestionStatus
{
    /// <summary>Parsed and stored.</summary>
    Ingested,

    /// <summary>The same content was already ingested by the same parser: nothing changed.</summary>
    Unchanged,

    /// <summary>The document could not be ingested; it is copied to quarantine with the reason and kept in the inbox.</summary>
    Quarantined,
}
