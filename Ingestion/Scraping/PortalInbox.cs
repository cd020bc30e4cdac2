using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>A meeting's minutes as scraped, with what ingestion should know of them.</summary>
public sealed record ScrapedDocument
{
    public required string Portal { get; init; }
    public required int CommitteeId { get; init; }
    public required string CommitteeTitle { get; init; }
    public required int MeetingId { get; init; }
    public required DateOnly MeetingDate { get; init; }
    public required Uri SourceUrl { get; init; }

    /// <summary><c>minutes.pdf</c> (or <c>.docx</c>) for the printed minutes, <c>meeting.xml</c> for the <c>GetMeeting</c> answer.</summary>
    public required string FileName { get; init; }

    public string? Council { get; init; }

    /// <summary>Where it goes: <c>portal/{host}/{committee id}/{meeting id}/{file}</c>. The same meeting always goes to the same blob, so a corrected document replaces the one before.</summary>
    public string BlobName => string.Create(CultureInfo.InvariantCulture, $"portal/{Portal}/{CommitteeId}/{MeetingId}/{FileName}");
}

/// <summary>Puts scraped minutes into <c>minutes-inbox</c>, where the blob trigger ingests them; the scraper never writes meeting rows.</summary>
public sealed class PortalInbox(StorageClients clients)
{
    private BlobContainerClient Inbox => clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer);

    /// <summary>Uploads the content with its metadata, unless the blob already holds exactly this content; true when it uploaded.</summary>
    /// <remarks>
    /// The scrape state normally says a document is unchanged before this is called; this check covers a run that uploaded
    /// and then stopped before recording it, so that content is still never uploaded (and ingested) twice.
    /// </remarks>
    public async Task<bool> UploadAsync(ScrapedDocument document, byte[] content, string contentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blob = Inbox.GetBlobClient(document.BlobName);
        if (await StoredHashAsync(blob, cancellationToken).ConfigureAwait(false) == contentHash)
        {
            return false;
        }

        await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions { Metadata = Metadata(document, contentHash) }, cancellationToken)
            .ConfigureAwait(false);
        return true;
    }

    /// <summary>The hints ingestion reads (<see cref="IngestionService.Metadata"/>); values are ASCII, text URL-escaped as ingestion expects.</summary>
    internal static Dictionary<string, string> Metadata(ScrapedDocument document, string contentHash)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [IngestionService.Metadata.Committee] = Uri.EscapeDataString(document.CommitteeTitle),
            [IngestionService.Metadata.MeetingDate] = document.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [IngestionService.Metadata.MeetingId] = document.MeetingId.ToString(CultureInfo.InvariantCulture),
            [IngestionService.Metadata.SourceUrl] = Uri.EscapeDataString(document.SourceUrl.AbsoluteUri),
            [IngestionService.Metadata.Portal] = document.Portal,
            [IngestionService.Metadata.CommitteeId] = document.CommitteeId.ToString(CultureInfo.InvariantCulture),
            [IngestionService.Metadata.ContentHash] = contentHash,
        };
        if (!string.IsNullOrWhiteSpace(document.Council))
        {
            metadata[IngestionService.Metadata.Council] = Uri.EscapeDataString(document.Council.Trim());
        }

        return metadata;
    }

    private static async Task<string?> StoredHashAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return properties.Metadata.TryGetValue(IngestionService.Metadata.ContentHash, out var hash) ? hash : null;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
    }
}
