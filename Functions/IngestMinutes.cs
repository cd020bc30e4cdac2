using Azure.Storage.Blobs;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Azure.Functions.Worker;

namespace CouncilMinutes.Functions;

/// <summary>Ingests each document that lands in <c>minutes-inbox</c>, as Event Grid reports it.</summary>
public sealed class IngestMinutes(IngestionService ingestion)
{
    // A BlobClient, never string or byte[]: the service streams the blob and stops reading at the size limit.
    [Function(nameof(IngestMinutes))]
    public Task Run(
        [BlobTrigger(StorageNames.InboxContainer + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = MinutesStorageOptions.SectionName)] BlobClient blob,
        CancellationToken cancellationToken) =>
        ingestion.ProcessAsync(blob, cancellationToken: cancellationToken);
}
