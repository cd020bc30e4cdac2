using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// A lease on an inbox blob while one worker reads it: the same blob delivered twice at once is read once. The lease is
/// renewed while the work goes on and lapses by itself if the worker dies, so the retry can take it.
/// </summary>
public sealed class DocumentLease : IAsyncDisposable
{
    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private DocumentLease(BlobLeaseClient lease, TimeSpan duration)
    {
        _lease = lease;
        _renewing = RenewAsync(duration / 3, _stop.Token);
    }

    /// <summary>The lease, or null when another worker holds the blob.</summary>
    public static async Task<DocumentLease?> TryAcquireAsync(BlobClient blob, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new DocumentLease(lease, duration);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        _stop.Dispose();
        try
        {
            await _lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Lapsed or gone: it will expire by itself.
        }
    }

    private async Task RenewAsync(TimeSpan every, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stop).ConfigureAwait(false);
                await _lease.RenewAsync(cancellationToken: stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (RequestFailedException)
            {
                // Storage hiccup: the next renewal may succeed; if the lease lapses, a duplicate worker only redoes idempotent work.
            }
        }
    }
}
