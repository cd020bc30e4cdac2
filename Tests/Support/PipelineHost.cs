using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Tests.Support;

/// <summary>The pipeline wired as a host wires it, against one Azurite, with helpers to upload and to read what was stored.</summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AzuriteFixture? _ownAzurite;

    private PipelineHost(ServiceProvider services, AzuriteFixture? ownAzurite)
    {
        _services = services;
        _ownAzurite = ownAzurite;
    }

    /// <summary>A pipeline on an Azurite of its own: for tests that count what the whole account holds.</summary>
    public static async Task<PipelineHost> StartAloneAsync(IDictionary<string, string?>? settings = null, HttpPipelinePolicy? policy = null, bool persistent = false,
        Action<IServiceCollection>? configure = null)
    {
        var azurite = persistent ? AzuriteFixture.Persistent() : new AzuriteFixture();
        await azurite.InitializeAsync();
        return await StartAsync(azurite, settings, owned: true, policy, configure);
    }

    /// <summary>The pipeline on a shared Azurite; <c>configure</c> adds registrations after the pipeline's, which win over them (a clock, say).</summary>
    public static async Task<PipelineHost> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, bool owned = false, HttpPipelinePolicy? policy = null,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [MinutesStorageOptions.SectionName] = azurite.ConnectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var collection = new ServiceCollection().AddLogging().AddMinutesPipeline(configuration);
        if (policy is not null)
        {
            collection.AddSingleton(new StorageClients(azurite.Options, policy));
        }

        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return new PipelineHost(services, owned ? azurite : null);
    }

    public AzuriteFixture? Azurite => _ownAzurite;

    public IngestionService Ingestion => _services.GetRequiredService<IngestionService>();

    public StorageClients Clients => _services.GetRequiredService<StorageClients>();

    /// <summary>One of the pipeline's services, as the host resolves it.</summary>
    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task UploadAsync(string blobName, byte[] content, IDictionary<string, string>? metadata = null)
    {
        var blob = Ingestion.Inbox.GetBlobClient(blobName);
        await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { Metadata = metadata });
    }

    public async Task<IngestionResult> IngestAsync(string blobName, byte[] content, IDictionary<string, string>? metadata = null)
    {
        await UploadAsync(blobName, content, metadata);
        return await Ingestion.ProcessAsync(blobName);
    }

    /// <summary>How many attempts of <see cref="ProcessLikeTheHostAsync"/> failed and were retried.</summary>
    public int TransientFailures { get; private set; }

    /// <summary>
    /// Processes a blob the way the Functions host does: a thrown (transient) failure is retried with a growing delay, up to
    /// <paramref name="attempts"/> attempts.
    /// </summary>
    public async Task<IngestionResult> ProcessLikeTheHostAsync(string blobName, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Ingestion.ProcessAsync(blobName);
            }
            catch (Exception) when (attempt < attempts)
            {
                TransientFailures++;
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(8, Math.Pow(2, attempt - 1))));
            }
        }
    }

    /// <summary>Every row of one partition of a table, without the service's own properties, sorted: comparable between runs.</summary>
    public async Task<List<string>> RowsAsync(string table, string partition)
    {
        // A TableEntity, not a row type: any table's rows, every column they have, whatever the pipeline's types say.
        var rows = new List<string>();
        await foreach (var row in Clients.Tables.GetTableClient(table).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(string.Join("|", row.Where(p => p.Key is not ("odata.etag" or "Timestamp")).OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key}={p.Value}")));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Everything stored for one meeting, across the meeting's tables.</summary>
    public async Task<List<string>> MeetingAsync(string meetingKey)
    {
        var all = new List<string>();
        foreach (var table in new[] { StorageNames.ItemsTable, StorageNames.ResolutionsTable, StorageNames.AttendanceTable, StorageNames.ActionsTable })
        {
            all.AddRange((await RowsAsync(table, meetingKey)).Select(r => $"{table}:{r}"));
        }

        return all;
    }

    public async Task<List<string>> QueuedMessagesAsync()
    {
        var queue = Clients.Queues.GetQueueClient(StorageNames.ActionNotificationsQueue);
        var messages = new List<string>();
        foreach (var message in (await queue.PeekMessagesAsync(32)).Value)
        {
            messages.Add(message.Body.ToString());
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownAzurite is not null)
        {
            await _ownAzurite.DisposeAsync();
        }
    }
}
