using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CouncilMinutes.Tests.Support;

/// <summary>An HTTP receiver on a real 127.0.0.1 socket (HttpListener) that keeps each POST's headers and body and answers 200.</summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<ReceivedPost> _posts = new();
    private readonly Task _serving;

    public WebhookSink()
    {
        // HttpListener cannot take port 0: take a free port from the system, and another if someone took it meanwhile.
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _listener = new HttpListener();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Url = new Uri($"http://127.0.0.1:{port}/hooks/");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Close();
            }
        }

        _serving = ServeAsync();
    }

    /// <summary>The base address; any path under it is accepted.</summary>
    public Uri Url { get; }

    public IReadOnlyList<ReceivedPost> Posts => _posts.ToArray();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _posts.Enqueue(new ReceivedPost(context.Request.HttpMethod, context.Request.Url!, context.Request.Headers.AllKeys
                .OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase), body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}

/// <summary>One request as the sink received it.</summary>
internal sealed record ReceivedPost(string Method, Uri Url, IReadOnlyDictionary<string, string> Headers, byte[] Body);
