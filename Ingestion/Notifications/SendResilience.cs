using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>How one send is tried (Polly): each try within <see cref="NotificationOptions.SendTimeout"/>, a transient failure retried <see cref="NotificationOptions.SendRetries"/> times.</summary>
internal static class SendResilience
{
    public static ResiliencePipeline Build(NotificationOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.SendRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.SendRetries,
                Delay = options.SendRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            });
        }

        return builder.AddTimeout(options.SendTimeout).Build();
    }

    /// <summary>The longest one send can take with its retries: a claim on a recipient must outlast it.</summary>
    public static TimeSpan Longest(NotificationOptions options) =>
        options.SendTimeout * (options.SendRetries + 1) + options.SendRetryDelay * (Math.Pow(2, options.SendRetries) - 1);

    /// <summary>A failure that may not happen on the next try: the server unreachable, busy or timing out; not a refusal of this message.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException or TimeoutRejectedException or HttpRequestException => true,
        WebhookRejectedException rejected => rejected.IsTransient,
        _ => false,
    };

    /// <summary>Why a send failed, for the ledger and the log: what the server or the network said, never a setting's value.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        TimeoutRejectedException timeout => $"no answer within {timeout.Timeout.TotalSeconds:0.#} s",
        SmtpCommandException command => $"the SMTP server refused ({(int)command.StatusCode}): {command.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    } is var reason && reason.Length > 1000 ? reason[..1000] : reason;
}
