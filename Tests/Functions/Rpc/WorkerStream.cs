using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CouncilMinutes.Tests.Functions.Rpc;

/// <summary>
/// The host's end of one worker's event stream: what the host sends waits in <see cref="Outgoing"/> until the stream writes
/// it; what the worker sends answers the request whose id it carries, or is a log kept in <see cref="Logs"/>.
/// </summary>
internal sealed class WorkerStream
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RpcLog> _logs = new();
    private readonly TaskCompletionSource<StartStream> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Messages for the worker, in the order sent.</summary>
    public Channel<StreamingMessage> Outgoing { get; } = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes with the worker's first message, when it opens the stream.</summary>
    public Task<StartStream> Started => _started.Task;

    /// <summary>Completes when the worker's side of the stream ends.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Everything the worker logged over the stream so far.</summary>
    public IReadOnlyList<RpcLog> Logs => [.. _logs];

    /// <summary>Sends a request and waits for the worker's message that carries its request id.</summary>
    public async Task<StreamingMessage> RequestAsync(StreamingMessage request, CancellationToken cancellationToken)
    {
        request.RequestId = Guid.NewGuid().ToString("N");
        var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[request.RequestId] = answer;
        try
        {
            await Outgoing.Writer.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            return await answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(request.RequestId, out _);
        }
    }

    /// <summary>Sends a message the worker does not answer.</summary>
    public ValueTask SendAsync(StreamingMessage message, CancellationToken cancellationToken) => Outgoing.Writer.WriteAsync(message, cancellationToken);

    /// <summary>One message from the worker.</summary>
    public void Receive(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                _started.TrySetResult(message.StartStream);
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                _logs.Enqueue(message.RpcLog);
                break;
            default:
                if (_pending.TryGetValue(message.RequestId, out var answer))
                {
                    answer.TrySetResult(message);
                }

                break;
        }
    }

    /// <summary>The worker closed its side, or the connection broke: nothing pending will be answered.</summary>
    public void End(Exception? error)
    {
        var reason = new IOException("The worker's event stream ended before it answered.", error);
        _started.TrySetException(reason);
        foreach (var answer in _pending.Values)
        {
            answer.TrySetException(reason);
        }

        _ended.TrySetResult();
        Outgoing.Writer.TryComplete();
    }
}
