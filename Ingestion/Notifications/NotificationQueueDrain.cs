using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>
/// Works through the <c>action-notifications</c> queue once, as <c>minutes notify</c> does where no Functions host runs: each
/// visible message gets one attempt. A message that fails stays queued and is tried by a later run once its visibility
/// timeout (<see cref="NotificationOptions.ClaimDuration"/>) ends; after <see cref="NotificationOptions.MaxAttempts"/>
/// attempts, or at once when it is not a digest message, it is moved to the poison queue, as the host would.
/// </summary>
public sealed partial class NotificationQueueDrain(StorageClients clients, NotificationService notifier, IOptions<NotificationOptions> options,
    ILogger<NotificationQueueDrain> logger)
{
    private QueueClient Queue => clients.Queues.GetQueueClient(StorageNames.ActionNotificationsQueue);

    private QueueClient Poison => clients.Queues.GetQueueClient(StorageNames.ActionNotificationsPoisonQueue);

    /// <summary>Handles every message visible now, each once; <paramref name="onHandled"/> hears each outcome as it happens.</summary>
    public async Task<DrainSummary> DrainAsync(Action<DrainOutcome>? onHandled, CancellationToken cancellationToken)
    {
        var summary = new DrainSummary();
        var settings = options.Value;
        while (true)
        {
            // One at a time: the visibility timeout then only has to outlast one message's sends.
            QueueMessage[] received = await Queue.ReceiveMessagesAsync(1, settings.ClaimDuration, cancellationToken).ConfigureAwait(false);
            if (received is not [var message])
            {
                return summary;
            }

            var outcome = await HandleAsync(message, settings, cancellationToken).ConfigureAwait(false);
            summary.Add(outcome);
            onHandled?.Invoke(outcome);
        }
    }

    /// <summary>What the first <paramref name="limit"/> queued messages would send (peeked: the queue is left as it is).</summary>
    public async Task<IReadOnlyList<DigestPlan>> PreviewAsync(int limit, CancellationToken cancellationToken)
    {
        PeekedMessage[] peeked = await Queue.PeekMessagesAsync(Math.Clamp(limit, 1, 32), cancellationToken).ConfigureAwait(false);
        var plans = new List<DigestPlan>();
        foreach (var message in peeked)
        {
            plans.Add(await notifier.PreviewAsync(message.Body.ToString(), cancellationToken).ConfigureAwait(false));
        }

        return plans;
    }

    private async Task<DrainOutcome> HandleAsync(QueueMessage message, NotificationOptions settings, CancellationToken cancellationToken)
    {
        var text = message.Body.ToString();
        try
        {
            var result = await notifier.HandleAsync(text, message.DequeueCount, cancellationToken).ConfigureAwait(false);
            await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            return new DrainOutcome(message.MessageId, DrainStatus.Delivered, result, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var poisoned = e is JsonException || message.DequeueCount >= settings.MaxAttempts;
            if (poisoned)
            {
                // Poison first, then delete: a failure between the two leaves a copy behind, never loses the message.
                await Poison.SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
                await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }

            LogFailed(logger, e, message.MessageId, message.DequeueCount, poisoned);
            return new DrainOutcome(message.MessageId, poisoned ? DrainStatus.Poisoned : DrainStatus.Retrying, null, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} failed on attempt {Attempt} (moved to the poison queue: {Poisoned})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string messageId, long attempt, bool poisoned);
}

/// <summary>What became of one queued message.</summary>
public enum DrainStatus
{
    /// <summary>Every recipient has the digest (sent now or before); the message is deleted.</summary>
    Delivered,

    /// <summary>Not delivered; the message stays queued for a later attempt.</summary>
    Retrying,

    /// <summary>Given up: the message is in <c>action-notifications-poison</c>.</summary>
    Poisoned,
}

/// <summary>One message's outcome: its result when delivered, the reason when not.</summary>
public sealed record DrainOutcome(string MessageId, DrainStatus Status, NotificationResult? Result, string? Error);

/// <summary>How many messages a drain delivered, left for retry and poisoned, and how many digests it sent.</summary>
public sealed class DrainSummary
{
    public int Delivered { get; private set; }
    public int Retrying { get; private set; }
    public int Poisoned { get; private set; }

    /// <summary>Digests sent by this drain, one per recipient: what the notifications ledger counts as sent.</summary>
    public int Sent { get; private set; }

    /// <summary>Delivered messages that sent nothing new: a repeat of a digest every recipient already had.</summary>
    public int AlreadySent { get; private set; }

    internal void Add(DrainOutcome outcome)
    {
        switch (outcome.Status)
        {
            case DrainStatus.Delivered:
                Delivered++;
                Sent += outcome.Result?.Sent.Count ?? 0;
                AlreadySent += outcome.Result?.Sent.Count is 0 ? 1 : 0;
                break;
            case DrainStatus.Retrying: Retrying++; break;
            default: Poisoned++; break;
        }
    }
}
