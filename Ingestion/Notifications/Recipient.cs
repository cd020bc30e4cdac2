using CouncilMinutes.Ingestion.Keys;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>One place a digest is sent: an email address, an owner's webhook, or the log.</summary>
/// <param name="Channel">The channel (<see cref="NotificationChannels"/>).</param>
/// <param name="Id">Who it is on that channel: the address for email, the owner's slug for a webhook or the log.</param>
/// <param name="Address">Where the channel sends it: the email address, the webhook URL, the owner's name.</param>
public sealed record Recipient(string Channel, string Id, string Address)
{
    /// <summary>The recipient's row key in the <c>Notifications</c> ledger.</summary>
    public string LedgerKey => TableKey.Escape($"{Channel}:{Id}");

    /// <summary>The recipient as the ledger and the command line show it: a webhook without its query, which often holds a key.</summary>
    public string Shown => Channel == NotificationChannels.Webhook && Uri.TryCreate(Address, UriKind.Absolute, out var uri)
        ? $"{Channel}:{uri.GetLeftPart(UriPartial.Path)}"
        : $"{Channel}:{Address}";
}
