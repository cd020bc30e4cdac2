namespace CouncilMinutes.Ingestion.Documents;

/// <summary>Another worker holds the document's lease. Transient: retry after the lease lapses; the document is then done or free.</summary>
public sealed class DocumentBusyException : Exception
{
    public DocumentBusyException(string blobName, TimeSpan lease)
        : base($"{blobName} is being ingested by another worker (or one that stopped within the last {lease.TotalSeconds:0} s); retry after that.") =>
        BlobName = blobName;

    public DocumentBusyException() : base("The document is being ingested by another worker.") { }

    public DocumentBusyException(string message) : base(message) { }

    public DocumentBusyException(string message, Exception inner) : base(message, inner) { }

    public string? BlobName { get; }
}
