using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CouncilMinutes.Web;

/// <summary>
/// The keys that sign the site's anti-forgery tokens, kept as blobs so that every instance of the app (and every run of
/// <c>minutes serve</c>) accepts a form another one served. The blobs sit in the pipeline's private storage, readable by
/// the app's identity and its operators only.
/// </summary>
public sealed class SiteKeyRing(StorageClients clients) : IXmlRepository
{
    /// <summary>The name Data Protection isolates the site's keys by.</summary>
    public const string ApplicationName = "council-minutes-site";

    /// <summary>Where the keys are, in <see cref="StorageNames.ParsedContainer"/>.</summary>
    public const string Prefix = "site/keys/";

    // A key is a small element Data Protection wrote: no DTD, no entities, bounded in size.
    private static readonly XmlReaderSettings KeyXml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 1_000_000 };

    private BlobContainerClient Container => clients.Blobs.GetBlobContainerClient(StorageNames.ParsedContainer);

    // Data Protection's repository interface is synchronous; it is called when the key ring is first needed and on rotation (every 90 days).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var keys = new List<XElement>();
        foreach (var blob in Container.GetBlobs(BlobTraits.None, BlobStates.None, Prefix, CancellationToken.None))
        {
            using var stream = Container.GetBlobClient(blob.Name).OpenRead();
            using var reader = XmlReader.Create(stream, KeyXml);
            keys.Add(XElement.Load(reader));
        }

        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        Container.CreateIfNotExists();
        try
        {
            // A key is written once under its own name: two instances never write the same one.
            Container.GetBlobClient($"{Prefix}{friendlyName}.xml").Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
        }
    }
}
