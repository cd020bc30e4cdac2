namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>A way of sending a digest: SMTP, a webhook, or the log.</summary>
public interface INotificationChannel
{
    /// <summary>The name <see cref="NotificationOptions.Channels"/> uses for it.</summary>
    string Name { get; }

    /// <summary>Sends the digest to one recipient; throws when it was not accepted.</summary>
    Task SendAsync(Recipient recipient, Digest digest, RenderedDigest message, CancellationToken cancellationToken);
}
