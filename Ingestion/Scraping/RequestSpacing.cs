using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>Spaces the requests to each portal: each starts at least <see cref="PortalOptions.MinDelay"/> after the one before.</summary>
/// <remarks>
/// It sits inside the resilience pipeline, so retries are spaced too. A singleton: the handler that uses it is rebuilt
/// whenever the client factory rotates its handlers, and the spacing must outlive that.
/// </remarks>
internal sealed class RequestSpacing(IOptions<PortalOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Turns> _portals = new(StringComparer.OrdinalIgnoreCase);
    private readonly long _origin = clock.GetTimestamp();

    /// <summary>Waits until a request to <paramref name="url"/>'s portal may start.</summary>
    public async Task WaitTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        var turns = _portals.GetOrAdd(url.Authority, _ => new Turns());
        TimeSpan wait;
        lock (turns)
        {
            // Each caller books the next free start and then waits for it outside the lock, so callers keep their order.
            var now = clock.GetElapsedTime(_origin);
            var start = now > turns.Next ? now : turns.Next;
            turns.Next = start + options.Value.MinDelay;
            wait = start - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Turns
    {
        public TimeSpan Next { get; set; }
    }
}

/// <summary>The message handler that makes each request wait its turn (<see cref="RequestSpacing"/>).</summary>
internal sealed class RequestSpacingHandler(RequestSpacing spacing) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await spacing.WaitTurnAsync(request.RequestUri!, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
