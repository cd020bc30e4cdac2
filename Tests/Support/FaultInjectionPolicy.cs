using Azure.Core;
using Azure.Core.Pipeline;

namespace CouncilMinutes.Tests.Support;

/// <summary>
/// Fails a share of storage requests, as a flaky network does: half before the request leaves, half after the service acted
/// on it (the connection dropped on the way back), so a retry repeats a write that already happened.
/// </summary>
internal sealed class FaultInjectionPolicy(double failureRate, int seed) : HttpPipelinePolicy
{
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();

    public int Injected { get; private set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var (fail, afterSending) = Roll();
        if (fail && !afterSending)
        {
            throw new IOException("Injected fault: the connection dropped before the request was sent.");
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        if (fail)
        {
            throw new IOException($"Injected fault: the connection dropped after the service answered {message.Response.Status}.");
        }
    }

    private (bool Fail, bool AfterSending) Roll()
    {
        lock (_lock)
        {
            var fail = _random.NextDouble() < failureRate;
            Injected += fail ? 1 : 0;
            return (fail, _random.Next(2) == 0);
        }
    }
}
