using Microsoft.Extensions.Logging;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Sends nothing: logs the digest (the local default, and the last resort for unassigned actions when no email is set up).</summary>
internal sealed partial class LogChannel(ILogger<LogChannel> logger) : INotificationChannel
{
    public string Name => NotificationChannels.Log;

    public Task SendAsync(Recipient recipient, Digest digest, RenderedDigest message, CancellationToken cancellationToken)
    {
        LogDigest(logger, digest.Unassigned is null ? LogLevel.Information : LogLevel.Warning, digest.DigestId, recipient.Address, message.Subject, message.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Message = "Digest {DigestId} for {Recipient}: {Subject}\n{Body}")]
    private static partial void LogDigest(ILogger logger, LogLevel level, string digestId, string recipient, string subject, string body);
}
