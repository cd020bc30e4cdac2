namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>A digest did not reach every recipient; thrown so the queue delivers the message again (or, after the last attempt, moves it to the poison queue).</summary>
public sealed class NotificationFailedException : Exception
{
    public NotificationFailedException(string digestId, IReadOnlyList<string> failures, bool final)
        : base($"Digest {digestId} was not delivered to {string.Join("; ", failures)}{(final ? " (last attempt: recorded as failed)" : "")}")
    {
        DigestId = digestId;
        Failures = failures;
        IsFinal = final;
    }

    public NotificationFailedException() { }

    public NotificationFailedException(string message) : base(message) { }

    public NotificationFailedException(string message, Exception innerException) : base(message, innerException) { }

    public string? DigestId { get; }

    /// <summary>Each recipient not reached, with the reason.</summary>
    public IReadOnlyList<string> Failures { get; } = [];

    /// <summary>True on the last attempt: the ledger says failed and the message goes to the poison queue.</summary>
    public bool IsFinal { get; }
}
