using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.LocalAzurite;
using CouncilMinutes.Parsing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>
/// The pipeline as a host wires it (<c>AddMinutesPipeline</c> with the <c>MinutesStorage</c> setting), on an Azurite of
/// its own, with the storage initialized and the floor's container and tables created beside the pipeline's.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly AzuriteServer _azurite;
    private readonly ServiceProvider _services;

    private BenchHost(AzuriteServer azurite, ServiceProvider services)
    {
        _azurite = azurite;
        _services = services;
    }

    public IngestionService Ingestion => _services.GetRequiredService<IngestionService>();

    public MinutesParser Parser => _services.GetRequiredService<MinutesParser>();

    public StorageClients Clients => _services.GetRequiredService<StorageClients>();

    /// <summary>Starts measuring a phase: its wall-clock time and the CPU this process and Azurite spend in it.</summary>
    public PhaseClock StartPhase() => new(_azurite);

    public static async Task<BenchHost> StartAsync(RequestCounter counter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var azurite = new AzuriteServer();
        try
        {
            await azurite.InitializeAsync();
            counter.UsePorts(azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [MinutesStorageOptions.SectionName] = azurite.ConnectionString })
                .Build();

            // No logging provider: the pipeline's log calls cost what a host's filtered-out ones would, and print nothing.
            var services = new ServiceCollection().AddLogging().AddMinutesPipeline(configuration).BuildServiceProvider();
            var host = new BenchHost(azurite, services);
            await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
            await Floor.CreateAsync(host.Clients, cancellationToken);
            return host;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>Puts the documents in the inbox with their metadata (before the clock starts: a host's documents are already there).</summary>
    public async Task UploadAsync(IEnumerable<PlannedDocument> documents, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (document, token) =>
            await Ingestion.Inbox.GetBlobClient(document.BlobName)
                .UploadAsync(BinaryData.FromBytes(document.Content), new BlobUploadOptions { Metadata = document.Metadata }, token));

    /// <summary>
    /// The table rows an ingest of <paramref name="document"/> wrote, per table, read back after it (not timed, not counted):
    /// its ledger row; if it wrote the meeting (the meeting row's <c>Source</c> is this document), the meeting row and every
    /// row of the meeting's partition carrying the write's <c>Version</c>, in each meeting table and the owner index; and the
    /// digest rows it claimed. A document whose meeting was already stored from the same content wrote only its ledger row.
    /// </summary>
    public async Task<WrittenRows> WrittenRowsAsync(PlannedDocument document, IngestionResult? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Point reads and single-partition queries only: a scan here would load Azurite between the timed documents. The rows
        // are TableEntity, not the pipeline's row types: the floor copies every column of whichever table's rows it is given.
        var ledger = await Clients.Tables.GetTableClient(StorageNames.DocumentsTable)
            .GetEntityIfExistsAsync<TableEntity>(StorageNames.InboxContainer, TableKey.Escape(document.BlobName), cancellationToken: cancellationToken);
        var rows = new Dictionary<string, IReadOnlyList<TableEntity>>(StringComparer.Ordinal)
        {
            [StorageNames.DocumentsTable] = ledger.HasValue ? [ledger.Value!] : [],
        };
        var wroteMeeting = false;
        if (result?.MeetingKey is { } meetingKey && MeetingKey.TryParse(meetingKey, out var key))
        {
            var meeting = await Clients.Tables.GetTableClient(StorageNames.MeetingsTable)
                .GetEntityIfExistsAsync<TableEntity>(key.Committee, key.RowKey, cancellationToken: cancellationToken);
            if (meeting.HasValue && meeting.Value!.GetString("Source") == document.BlobName && meeting.Value.GetString("Version") is { } version)
            {
                wroteMeeting = true;
                rows[StorageNames.MeetingsTable] = [meeting.Value];
                foreach (var table in new[] { StorageNames.ItemsTable, StorageNames.ResolutionsTable, StorageNames.AttendanceTable, StorageNames.ActionsTable })
                {
                    rows[table] = await QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {meetingKey} and Version eq {version}"), cancellationToken);
                }

                var index = new List<TableEntity>();
                foreach (var owner in rows[StorageNames.ActionsTable].Select(a => a.GetString("OwnerSlug")).Distinct(StringComparer.Ordinal))
                {
                    index.AddRange(await QueryAsync(StorageNames.ActionsByOwnerTable,
                        TableClient.CreateQueryFilter($"PartitionKey eq {owner} and MeetingKey eq {meetingKey} and Version eq {version}"), cancellationToken));
                }

                rows[StorageNames.ActionsByOwnerTable] = index;
            }
        }

        return new WrittenRows(rows, wroteMeeting);
    }

    /// <summary>Deletes every table, queue and container but the inbox, then creates them again empty: the account as a round starts it.</summary>
    public async Task EmptyAllButInboxAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
        [
            .. StorageNames.Tables.Concat(StorageNames.Tables.Select(Floor.TableFor)).Select(name => Clients.Tables.DeleteTableAsync(name, cancellationToken)),
            .. StorageNames.Containers.Append(Floor.Container).Where(name => name != StorageNames.InboxContainer)
                .Select(name => Clients.Blobs.GetBlobContainerClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken)),
            .. StorageNames.Queues.Select(name => Clients.Queues.GetQueueClient(name).DeleteIfExistsAsync(cancellationToken)),
        ]);
        await _services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        await Floor.CreateAsync(Clients, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private async Task<IReadOnlyList<TableEntity>> QueryAsync(string table, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Clients.Tables.GetTableClient(table).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>The rows one ingest wrote, per table, and whether it wrote its meeting (rather than finding it stored already).</summary>
public sealed record WrittenRows(IReadOnlyDictionary<string, IReadOnlyList<TableEntity>> Tables, bool WroteMeeting)
{
    public int Count => Tables.Values.Sum(r => r.Count);
}

/// <summary>A phase's wall-clock time, the CPU time spent in it by this process (parser, SDK) and by Azurite, and this process's JIT time.</summary>
public sealed class PhaseClock
{
    private readonly AzuriteServer _azurite;
    private readonly System.Diagnostics.Stopwatch _wall = System.Diagnostics.Stopwatch.StartNew();
    private readonly TimeSpan _self = Environment.CpuUsage.TotalTime;
    private readonly TimeSpan _jit = System.Runtime.JitInfo.GetCompilationTime();
    private readonly TimeSpan _storage;

    internal PhaseClock(AzuriteServer azurite)
    {
        _azurite = azurite;
        _storage = azurite.ProcessorTime;
    }

    public PhaseCost Stop() =>
        new(_wall.Elapsed, Environment.CpuUsage.TotalTime - _self, _azurite.ProcessorTime - _storage, System.Runtime.JitInfo.GetCompilationTime() - _jit);
}

/// <summary>What a phase cost: wall-clock time, this process's CPU time, Azurite's CPU time, and the part of this process's spent compiling (tiered JIT, in the background too).</summary>
public sealed record PhaseCost(TimeSpan Wall, TimeSpan BenchCpu, TimeSpan AzuriteCpu, TimeSpan Jit);
