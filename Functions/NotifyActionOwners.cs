using Azure.Storage.Queues.Models;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Azure.Functions.Worker;

namespace CouncilMinutes.Functions;

/// <summary>Sends one action owner the digest of their actions from one meeting, for each message on <c>action-notifications</c>.</summary>
public sealed class NotifyActionOwners(NotificationService notifier)
{
    // The dequeue count lets the notifier record the last attempt's failure before the host moves the message to the poison queue.
    [Function(nameof(NotifyActionOwners))]
    public Task Run(
        [QueueTrigger(StorageNames.ActionNotificationsQueue, Connection = MinutesStorageOptions.SectionName)] QueueMessage message,
        CancellationToken cancellationToken) =>
        notifier.HandleAsync(message.MessageText, message.DequeueCount, cancellationToken);
}
