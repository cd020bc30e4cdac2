using Azure;
using Azure.Data.Tables.Models;

namespace CouncilMinutes.Ingestion.Storage;

/// <summary>Creates every container, table and queue the pipeline uses, leaving those that already exist as they are.</summary>
/// <remarks>Safe to run again, and from several processes at once: each resource is created if it does not exist.</remarks>
public sealed class StorageInitializer(StorageClients clients)
{
    /// <exception cref="StorageUnreachableException">A storage service did not answer at all.</exception>
    /// <exception cref="RequestFailedException">A storage service answered with an error, such as a refused credential.</exception>
    public async Task<StorageInitReport> InitializeAsync(CancellationToken cancellationToken)
    {
        var outcomes = await Task.WhenAll(
        [
            .. StorageNames.Containers.Select(name => CreateContainerAsync(name, cancellationToken)),
            .. StorageNames.Tables.Select(name => CreateTableAsync(name, cancellationToken)),
            .. StorageNames.Queues.Select(name => CreateQueueAsync(name, cancellationToken)),
        ]).ConfigureAwait(false);

        return new StorageInitReport(
            [.. outcomes.Where(o => o.Created).Select(o => o.Resource)],
            [.. outcomes.Where(o => !o.Created).Select(o => o.Resource)]);
    }

    private async Task<(StorageResource Resource, bool Created)> CreateContainerAsync(string name, CancellationToken cancellationToken)
    {
        var response = await Reaching(clients.Blobs.Uri, () => clients.Blobs.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken))
            .ConfigureAwait(false);

        // The SDK answers null when the container was already there.
        return (new StorageResource(StorageResourceKind.Container, name), response is not null);
    }

    private async Task<(StorageResource Resource, bool Created)> CreateTableAsync(string name, CancellationToken cancellationToken)
    {
        var created = await Reaching(clients.Tables.Uri, async () =>
        {
            try
            {
                await clients.Tables.CreateTableAsync(name, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.TableAlreadyExists)
            {
                return false;
            }
        }).ConfigureAwait(false);
        return (new StorageResource(StorageResourceKind.Table, name), created);
    }

    private async Task<(StorageResource Resource, bool Created)> CreateQueueAsync(string name, CancellationToken cancellationToken)
    {
        var response = await Reaching(clients.Queues.Uri, () => clients.Queues.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken))
            .ConfigureAwait(false);

        // Null when the queue was already there; 204 is the service's own "exists, unchanged".
        return (new StorageResource(StorageResourceKind.Queue, name), response is { Status: 201 });
    }

    private static async Task<T> Reaching<T>(Uri endpoint, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (StorageUnreachableException.IsTransportFailure(e))
        {
            throw new StorageUnreachableException(endpoint, e);
        }
    }
}

/// <summary>What <see cref="StorageInitializer"/> did: the resources it created and those it found already there.</summary>
public sealed record StorageInitReport(IReadOnlyList<StorageResource> Created, IReadOnlyList<StorageResource> Found);

/// <summary>One container, table or queue, by kind and name.</summary>
public sealed record StorageResource(StorageResourceKind Kind, string Name)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}

/// <summary>The three kinds of thing the pipeline keeps in a storage account.</summary>
public enum StorageResourceKind
{
    Container,
    Table,
    Queue,
}
