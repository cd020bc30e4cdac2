using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// The <c>minutes-quarantine</c> container: copies of documents that could not be ingested, with the reason in their metadata.
/// The original stays in the inbox; nothing is ever deleted.
/// </summary>
public sealed class QuarantineStore(StorageClients clients)
{
    public async Task CopyAsync(BlobClient source, string reason, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var target = clients.Blobs.GetBlobContainerClient(StorageNames.QuarantineContainer).GetBlobClient(source.Name);

        // Streamed, so a document over the size limit is copied without being held in memory.
        await using var content = await source.OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, string>
        {
            ["reason"] = reason,

            // Metadata values must be ASCII: the message is kept URL-encoded.
            ["error"] = Uri.EscapeDataString(error.Length > 1500 ? error[..1500] : error),
            ["sourcecontainer"] = source.BlobContainerName,
            ["quarantinedat"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        await target.UploadAsync(content, new BlobUploadOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
    }
}
