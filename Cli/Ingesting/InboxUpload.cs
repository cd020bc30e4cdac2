using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CouncilMinutes.Cli.Ingesting;

/// <summary>Puts a file into <c>minutes-inbox</c> under its stable name, with the ingest's metadata over any the blob had.</summary>
/// <remarks>
/// Metadata already on the blob is kept unless the ingest gives a new value: a document whose date was supplied once keeps
/// it when its folder is ingested again, and a scraper's <c>sourceurl</c> survives a manual re-upload.
/// </remarks>
internal sealed class InboxUpload(BlobContainerClient inbox, IReadOnlyDictionary<string, string> metadata)
{
    /// <summary>Uploads the file; true when the blob was there before with other metadata.</summary>
    /// <remarks>
    /// The ledger skips content it has already read, and knows nothing of metadata: a document ingested again with a
    /// corrected <c>--date</c> must be read again, so the caller forces it when this says the metadata changed.
    /// </remarks>
    public async Task<bool> UploadAsync(DocumentFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var blob = inbox.GetBlobClient(file.BlobName);
        var before = await MetadataAsync(blob, cancellationToken).ConfigureAwait(false);
        var after = new Dictionary<string, string>(before ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in metadata)
        {
            after[name] = value;
        }

        await using var content = File.OpenRead(file.Path);
        await blob.UploadAsync(content, new BlobUploadOptions { Metadata = after }, cancellationToken).ConfigureAwait(false);
        return before is not null && !DocumentMetadata.Same(before, after);
    }

    private static async Task<IDictionary<string, string>?> MetadataAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.Metadata;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
    }
}
