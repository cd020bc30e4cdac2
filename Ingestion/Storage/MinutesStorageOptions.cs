using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Ingestion.Storage;

/// <summary>Where the pipeline's blobs, tables and queues live: the one <c>MinutesStorage</c> setting.</summary>
/// <remarks>
/// The setting has the shape of an Azure Functions connection, so one app setting serves both the Functions triggers and
/// this code. It is one of:
/// <list type="bullet">
/// <item>a connection string as the setting's own value: <c>MinutesStorage=DefaultEndpointsProtocol=https;AccountName=…</c>.
/// Unset, it is <c>UseDevelopmentStorage=true</c>: Azurite on its standard ports (10000 blob, 10001 queue, 10002 table).</item>
/// <item>an identity-based connection: the three service URIs beneath it, <c>MinutesStorage__blobServiceUri</c>,
/// <c>MinutesStorage__queueServiceUri</c> and <c>MinutesStorage__tableServiceUri</c>, authenticated with
/// <c>DefaultAzureCredential</c> (a managed identity in Azure, the developer's sign-in locally);
/// <c>MinutesStorage__clientId</c> picks a user-assigned managed identity.</item>
/// </list>
/// The <c>minutes</c> command reads it as <c>MINUTES_MinutesStorage</c> (and <c>MINUTES_MinutesStorage__blobServiceUri</c>, …),
/// or as an argument, <c>--MinutesStorage=…</c>.
/// </remarks>
public sealed class MinutesStorageOptions
{
    public const string SectionName = "MinutesStorage";

    /// <summary>Azurite on its standard ports, with its well-known account.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>A storage account connection string; the default when no service URI is set either.</summary>
    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; unset, DefaultAzureCredential chooses.</summary>
    public string? ClientId { get; set; }

    /// <summary>True when any service URI is set: the connection is identity-based, not a connection string.</summary>
    public bool IsIdentityBased => BlobServiceUri is not null || QueueServiceUri is not null || TableServiceUri is not null;

    /// <summary>The connection string in force when the connection is not identity-based.</summary>
    public string EffectiveConnectionString => string.IsNullOrWhiteSpace(ConnectionString) ? DevelopmentStorage : ConnectionString;

    /// <summary>Reads the setting from its section: the section's own value is the connection string, its children the rest.</summary>
    public static void Bind(IConfigurationSection section, MinutesStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        section.Bind(options);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            options.ConnectionString = section.Value;
        }
    }

    /// <summary>What is wrong with the setting, in words a person configuring it can act on; empty when nothing is.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!IsIdentityBased)
        {
            return string.IsNullOrWhiteSpace(ClientId)
                ? []
                : [$"{SectionName}: clientId is set but no service URI is; clientId applies only to an identity-based connection (blobServiceUri, queueServiceUri, tableServiceUri)."];
        }

        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add($"{SectionName}: set either a connection string or the service URIs, not both.");
        }

        foreach (var (name, uri) in new[] { ("blobServiceUri", BlobServiceUri), ("queueServiceUri", QueueServiceUri), ("tableServiceUri", TableServiceUri) })
        {
            if (uri is null)
            {
                // The pipeline uses all three services, so a partial identity-based connection would fail later, mid-ingest.
                problems.Add($"{SectionName}: {name} is missing; an identity-based connection needs blobServiceUri, queueServiceUri and tableServiceUri.");
            }
            else if (!uri.IsAbsoluteUri)
            {
                problems.Add($"{SectionName}: {name} must be an absolute URI, such as https://ACCOUNT.{name[..^"ServiceUri".Length]}.core.windows.net.");
            }
        }

        return problems;
    }
}
