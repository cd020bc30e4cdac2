using CouncilMinutes.Ingestion.Notifications;

namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A row of <c>Notifications</c> (partition: digest id; row: recipient key): one recipient of one digest, and the claim of
/// the worker sending it.
/// </summary>
public sealed record NotificationRow : TableRow
{
    public NotificationStatus? Status { get; init; }

    /// <summary>The channel it goes by (<c>smtp</c>, <c>webhook</c>, <c>log</c>).</summary>
    public string? Channel { get; init; }

    /// <summary>The address as shown (a webhook without its query).</summary>
    public string? Recipient { get; init; }

    public string? MeetingKey { get; init; }

    /// <summary>The owner as the minutes name them.</summary>
    public string? Owner { get; init; }

    public string? Subject { get; init; }

    /// <summary>How many actions the digest holds.</summary>
    public int? Actions { get; init; }

    public int? Attempts { get; init; }

    /// <summary>When the sender's claim lapses.</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Why the last attempt failed, if it did.</summary>
    public string? LastError { get; init; }
}
