using Grpc.Core;

namespace CouncilMinutes.Tests.Functions.Rpc;

/// <summary>The <c>FunctionRpc</c> service the worker dials: one <c>EventStream</c> call, joined to the host's <see cref="WorkerStream"/>.</summary>
internal sealed class FunctionRpcEndpoint(WorkerStream stream) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream,
        ServerCallContext context)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var writing = WriteAsync(responseStream, stopping.Token);
        Exception? error = null;
        try
        {
            await foreach (var message in requestStream.ReadAllAsync(context.CancellationToken))
            {
                stream.Receive(message);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or Grpc.Core.RpcException)
        {
            error = e;
        }
        finally
        {
            stream.End(error);
            await stopping.CancelAsync();
            await writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task WriteAsync(IServerStreamWriter<StreamingMessage> responseStream, CancellationToken cancellationToken)
    {
        await foreach (var message in stream.Outgoing.Reader.ReadAllAsync(cancellationToken))
        {
            await responseStream.WriteAsync(message, cancellationToken);
        }
    }
}
