using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// What a person tells the pipeline about an inbox document that its text does not say (council, committee, meeting date):
/// blob metadata, which the pipeline uses only where the text is silent.
/// </summary>
public sealed class DocumentHints(StorageClients clients)
{
    /// <summary>The metadata for the hints given; those not given are left out.</summary>
    public static Dictionary<string, string> Metadata(string? council, string? committee, DateOnly? date)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // Metadata values must be ASCII; the pipeline URL-decodes them, so "Children's Services" survives.
        if (!string.IsNullOrWhiteSpace(council))
        {
            metadata[IngestionService.Metadata.Council] = Uri.EscapeDataString(council.Trim());
        }

        if (!string.IsNullOrWhiteSpace(committee))
        {
            metadata[IngestionService.Metadata.Committee] = Uri.EscapeDataString(committee.Trim());
        }

        if (date is { } day)
        {
            metadata[IngestionService.Metadata.MeetingDate] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return metadata;
    }

    /// <summary>
    /// Adds the hints to the inbox document's metadata, keeping what it had otherwise; conditional on the blob not changing
    /// meanwhile. False when there is no such document.
    /// </summary>
    public async Task<bool> SetAsync(string blobName, string? committee, DateOnly? date, CancellationToken cancellationToken)
    {
        var blob = clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient(blobName);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return false;
        }

        var metadata = new Dictionary<string, string>(properties.Metadata, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in Metadata(null, committee, date))
        {
            metadata[key] = value;
        }

        await blob.SetMetadataAsync(metadata, new BlobRequestConditions { IfMatch = properties.ETag }, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
