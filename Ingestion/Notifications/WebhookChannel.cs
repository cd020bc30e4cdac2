using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Posts a digest as JSON to its owner's webhook (Teams, Power Automate, Logic Apps), signed with <see cref="WebhookSignature"/>.</summary>
internal sealed class WebhookChannel(IHttpClientFactory http, IOptions<NotificationOptions> options) : INotificationChannel
{
    /// <summary>The named HTTP client: no redirects, so a signed body never goes anywhere but the owner's URL.</summary>
    public const string HttpClientName = "minutes-webhook";

    public string Name => NotificationChannels.Webhook;

    public async Task SendAsync(Recipient recipient, Digest digest, RenderedDigest message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, recipient.Address) { Content = new ByteArrayContent(message.Json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(message.Json, options.Value.Webhook.Secret!));
        request.Headers.Add("X-Minutes-Digest", digest.DigestId);
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new WebhookRejectedException(response.StatusCode);
        }
    }
}

/// <summary>A webhook answered with an error status.</summary>
public sealed class WebhookRejectedException : Exception
{
    public WebhookRejectedException(HttpStatusCode status)
        : base($"the webhook answered {(int)status} {status}") => Status = status;

    public WebhookRejectedException() { }

    public WebhookRejectedException(string message) : base(message) { }

    public WebhookRejectedException(string message, Exception innerException) : base(message, innerException) { }

    public HttpStatusCode? Status { get; }

    /// <summary>Worth trying again soon: the receiver was busy or failing, rather than refusing this request.</summary>
    public bool IsTransient => Status is null or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int?)Status >= 500;
}
