using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>The <c>Documents</c> table: one row per inbox document, so a document already read is not read again and a failed one says why.</summary>
public sealed class DocumentLedger(StorageClients clients)
{
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.DocumentsTable);

    public async Task<DocumentRecord?> GetAsync(string container, string blobName, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(container, TableKey.Escape(blobName), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Read(row.Value!) : null;
    }

    /// <summary>A new attempt at a document, counted after <paramref name="previous"/> (its record, if any); written by its outcome.</summary>
    public static DocumentRecord Attempt(string container, string blobName, string contentHash, string parserVersion, long size, DocumentRecord? previous) => new()
    {
        Container = container,
        BlobName = blobName,
        Status = DocumentStatus.Processing,
        ContentHash = contentHash,
        ParserVersion = parserVersion,
        MeetingKey = previous?.MeetingKey,
        Attempts = (previous?.Attempts ?? 0) + 1,
        Size = size,
    };

    /// <summary>Records success. Written last, so a crash before it leaves the document to be read again.</summary>
    public Task SucceededAsync(DocumentRecord record, string meetingKey, CancellationToken cancellationToken) =>
        WriteAsync(record with { Status = DocumentStatus.Succeeded, MeetingKey = meetingKey, Reason = null, Error = null, UpdatedAt = DateTimeOffset.UtcNow }, cancellationToken);

    public Task FailedAsync(DocumentRecord record, string reason, string error, CancellationToken cancellationToken) =>
        WriteAsync(record with { Status = DocumentStatus.Failed, Reason = reason, Error = error, UpdatedAt = DateTimeOffset.UtcNow }, cancellationToken);

    /// <summary>Every document of a container, optionally only those with one status.</summary>
    public async IAsyncEnumerable<DocumentRecord> ListAsync(string container, DocumentStatus? status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = status is { } s
            ? TableClient.CreateQueryFilter($"PartitionKey eq {container} and Status eq {s.ToString()}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {container}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return Read(row);
        }
    }

    private async Task WriteAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        var row = new TableEntity(record.Container, TableKey.Escape(record.BlobName))
        {
            ["BlobName"] = record.BlobName,
            ["Status"] = record.Status.ToString(),
            ["ContentHash"] = record.ContentHash,
            ["ParserVersion"] = record.ParserVersion,
            ["MeetingKey"] = record.MeetingKey,
            ["Reason"] = record.Reason,
            ["Error"] = record.Error,
            ["Attempts"] = record.Attempts,
            ["Size"] = record.Size,
            ["UpdatedAt"] = record.UpdatedAt,
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static DocumentRecord Read(TableEntity row) => new()
    {
        Container = row.PartitionKey,
        BlobName = row.GetString("BlobName") ?? TableKey.Unescape(row.RowKey),
        Status = Enum.TryParse<DocumentStatus>(row.GetString("Status"), out var status) ? status : DocumentStatus.Processing,
        ContentHash = row.GetString("ContentHash"),
        ParserVersion = row.GetString("ParserVersion"),
        MeetingKey = row.GetString("MeetingKey"),
        Reason = row.GetString("Reason"),
        Error = row.GetString("Error"),
        Attempts = row.GetInt32("Attempts") ?? 0,
        Size = row.GetInt64("Size"),
        UpdatedAt = row.GetDateTimeOffset("UpdatedAt"),
    };
}
