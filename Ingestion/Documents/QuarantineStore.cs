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
    /// <summary>Copies <paramref name="source"/> to quarantine with <paramref name="reason"/> (by name) and <paramref name="error"/> in its metadata.</summary>
    public async Task CopyAsync(BlobClient source, QuarantineReason reason, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var target = clients.Blobs.GetBlobContainerClient(StorageNames.QuarantineContainer).GetBlobClient(source.Name);

        // Streamed, so a document over the size limit is copied without being held in memory.
        await using var content = await source.OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, string>
        {
            ["reason"] = reason.ToString(),

            // Metadata values must be ASCII: the message is kept URL-encoded, and cut to fit the blob's 8 KB of metadata.
            ["error"] = Escaped(error),
            ["sourcecontainer"] = source.BlobContainerName,
            ["quarantinedat"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        await target.UploadAsync(content, new BlobUploadOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The most of a blob's 8 KB of metadata the error may take once escaped.</summary>
    private const int MaxEscapedError = 4096;

    private static string Escaped(string error)
    {
        var escaped = Uri.EscapeDataString(error);
        if (escaped.Length <= MaxEscapedError)
        {
            return escaped;
        }

        // Never cut an escape ("%E2%80%99") in two.
        var cut = escaped[..MaxEscapedError];
        var percent = cut.LastIndexOf('%');
        return percent > MaxEscapedError - 3 ? cut[..percent] : cut;
    }
}
