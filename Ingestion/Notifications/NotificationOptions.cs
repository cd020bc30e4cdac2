using CouncilMinutes.Ingestion.Owners;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Settings of the notifier (configuration section <c>Notifications</c>; environment form <c>Notifications__Smtp__Host</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Comma list of <c>log</c>, <c>smtp</c>, <c>webhook</c>. Default <c>log</c>: digests are only logged.</summary>
    public string Channels { get; set; } = NotificationChannels.Log;

    /// <summary>Democratic services: gets, by SMTP, the digests of owners the directory does not list or cannot reach. Required with <c>smtp</c>.</summary>
    public string? FallbackEmail { get; set; }

    /// <summary>The council whose owners directory is used when a meeting's minutes do not name their council.</summary>
    public string? Council { get; set; }

    /// <summary>
    /// Where recipients can open the minutes: the inbox blob name is appended to it. Unset, the link is the document's own
    /// address when the minutes carry one (a portal page), else the inbox blob's URL (readable only with storage access).
    /// </summary>
    public Uri? DocumentLinkBase { get; set; }

    /// <summary>Deliveries of one message before it is given up: the last records the ledger as failed. Keep equal to host.json's <c>maxDequeueCount</c>.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long one worker holds a recipient while it sends; a worker that died is taken over after it. Longer than a send takes.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of one send within one attempt, for a blip; longer outages are left to the queue's redelivery.</summary>
    public int SendRetries { get; set; } = 2;

    /// <summary>Delay before the first in-attempt retry, doubling after.</summary>
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest one send (connect, authenticate, transfer) may take.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public SmtpOptions Smtp { get; set; } = new();

    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>The channels <see cref="Channels"/> names, lower case, each once.</summary>
    public IReadOnlyList<string> EnabledChannels =>
        Channels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    public bool Uses(string channel) => EnabledChannels.Contains(channel, StringComparer.Ordinal);

    /// <summary>What is wrong with the settings, in words a person configuring them can act on; empty when nothing is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var unknown in EnabledChannels.Except(NotificationChannels.All, StringComparer.Ordinal))
        {
            problems.Add($"{SectionName}:Channels: '{unknown}' is not a channel; use a comma list of {string.Join(", ", NotificationChannels.All)}.");
        }

        if (EnabledChannels.Count == 0)
        {
            problems.Add($"{SectionName}:Channels: name at least one channel ({string.Join(", ", NotificationChannels.All)}).");
        }

        if (Uses(NotificationChannels.Smtp))
        {
            if (string.IsNullOrWhiteSpace(Smtp.Host))
            {
                problems.Add($"{SectionName}:Smtp:Host is required with the smtp channel.");
            }

            if (!EmailAddress.IsValid(Smtp.From))
            {
                problems.Add($"{SectionName}:Smtp:From must be an email address with the smtp channel.");
            }

            if (!EmailAddress.IsValid(FallbackEmail))
            {
                problems.Add($"{SectionName}:FallbackEmail must be an email address with the smtp channel: unmatched owners' actions go there.");
            }

            if (Smtp.Port is < 1 or > 65535)
            {
                problems.Add($"{SectionName}:Smtp:Port must be between 1 and 65535.");
            }
        }

        if (Uses(NotificationChannels.Webhook) && string.IsNullOrEmpty(Webhook.Secret))
        {
            problems.Add($"{SectionName}:Webhook:Secret is required with the webhook channel: receivers check each body's signature with it.");
        }

        if (MaxAttempts < 1 || SendRetries < 0 || SendRetryDelay < TimeSpan.Zero || SendTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}: MaxAttempts must be at least 1, SendRetries and SendRetryDelay at least 0, SendTimeout more than 0.");
        }
        else if (ClaimDuration <= SendResilience.Longest(this))
        {
            problems.Add($"{SectionName}:ClaimDuration must be longer than a send with its retries can take ({SendResilience.Longest(this).TotalSeconds:0} s).");
        }

        return problems;
    }
}

/// <summary>The SMTP server digests are sent through (MailKit).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The sender address, e.g. <c>democratic.services@council.gov.uk</c>.</summary>
    public string? From { get; set; }

    /// <summary>Unset: no authentication.</summary>
    public string? User { get; set; }

    /// <summary>From an app setting or Key Vault reference, never from a file in the repository.</summary>
    public string? Password { get; set; }
}

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same host or network.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, which must succeed (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>The webhook channel: each owner's <c>webhook</c> URL gets an HTTP POST of the digest as JSON.</summary>
public sealed class WebhookOptions
{
    /// <summary>The shared secret of the <c>X-Minutes-Signature</c> header (HMAC-SHA256 over the body).</summary>
    public string? Secret { get; set; }
}

/// <summary>The channel names of <see cref="NotificationOptions.Channels"/>.</summary>
public static class NotificationChannels
{
    public const string Log = "log";
    public const string Smtp = "smtp";
    public const string Webhook = "webhook";

    public static IReadOnlyList<string> All { get; } = [Log, Smtp, Webhook];

    /// <summary>The log category the <c>log</c> channel writes each digest under, for hosts that show digests their own way.</summary>
    public static string LogCategory { get; } = typeof(LogChannel).FullName!;
}

/// <summary>Fails the first use of the options with every problem in the settings.</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options) =>
        options.Problems() is [_, ..] problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
