using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>
/// The least storage work a document's ingest could do: upload its bytes to a blob once, and write as many table rows as
/// the real ingest wrote, per table, each a copy of a real row's properties (so the same size) under a key of the floor's,
/// as upserts in batches of at most 100 in one partition per document and table. No reads, no parsing, no conditions.
/// </summary>
public static class Floor
{
    public const string Container = "bench-floor";

    /// <summary>The floor's table standing for one of the pipeline's.</summary>
    public static string TableFor(string table) => "BenchFloor" + table;

    public static async Task CreateAsync(StorageClients clients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        await clients.Blobs.GetBlobContainerClient(Container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var table in StorageNames.Tables)
        {
            await clients.Tables.CreateTableIfNotExistsAsync(TableFor(table), cancellationToken);
        }
    }

    /// <summary>The floor's work for one document, built before the clock starts.</summary>
    public static FloorWork Plan(PlannedDocument document, WrittenRows rows)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        var partition = $"d{document.Index:D3}";
        var batches = new List<(string Table, List<TableTransactionAction> Actions)>();
        foreach (var (table, entities) in rows.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var copies = entities.Select((entity, n) => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Copy(entity, partition, n)));
            batches.AddRange(copies.Chunk(TableLimits.OperationsPerBatch).Select(chunk => (TableFor(table), chunk.ToList())));
        }

        return new FloorWork(document, batches);
    }

    /// <summary>Does the floor's work for one document; returns the number of requests it should have taken.</summary>
    /// <param name="clients">The pipeline's storage clients.</param>
    /// <param name="work">The document's floor.</param>
    /// <param name="overlapped">Send the upload and every batch at once, as the ingest overlaps its independent requests; else one after another.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<int> WriteAsync(StorageClients clients, FloorWork work, bool overlapped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(work);
        var requests = new List<Func<Task>>
        {
            () => clients.Blobs.GetBlobContainerClient(Container).GetBlobClient(work.Document.BlobName)
                .UploadAsync(BinaryData.FromBytes(work.Document.Content), overwrite: true, cancellationToken),
        };
        requests.AddRange(work.Batches.Select(b => (Func<Task>)(() => clients.Tables.GetTableClient(b.Table).SubmitTransactionAsync(b.Actions, cancellationToken))));
        if (overlapped)
        {
            await Task.WhenAll(requests.Select(r => r()));
        }
        else
        {
            foreach (var request in requests)
            {
                await request();
            }
        }

        return requests.Count;
    }

    private static TableEntity Copy(TableEntity entity, string partition, int n)
    {
        var copy = new TableEntity(partition, n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (name, value) in entity)
        {
            if (name is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp"))
            {
                copy[name] = value;
            }
        }

        return copy;
    }
}

/// <summary>One document's floor: its bytes to upload and its table batches.</summary>
public sealed record FloorWork(PlannedDocument Document, IReadOnlyList<(string Table, List<TableTransactionAction> Actions)> Batches)
{
    public int Entities => Batches.Sum(b => b.Actions.Count);
}
