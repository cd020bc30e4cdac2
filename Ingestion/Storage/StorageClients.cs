using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Storage;

/// <summary>The blob, table and queue service clients for the account the <c>MinutesStorage</c> setting names.</summary>
public sealed class StorageClients
{
    /// <param name="options">The <c>MinutesStorage</c> setting.</param>
    /// <param name="policy">A policy every request and retry passes through, for measurement or fault injection; none by default.</param>
    /// <exception cref="OptionsValidationException">The setting is incomplete, contradictory or not a connection string.</exception>
    public StorageClients(MinutesStorageOptions options, HttpPipelinePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is [_, ..] problems)
        {
            throw new OptionsValidationException(MinutesStorageOptions.SectionName, typeof(MinutesStorageOptions), problems);
        }

        // The Functions queue trigger decodes messages as Base64 and fails on anything else, so the encoding is set here
        // rather than left to the SDK's default (none).
        var queueOptions = WithRetry(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, policy);
        var blobOptions = WithRetry(new BlobClientOptions(), policy);
        var tableOptions = WithRetry(new TableClientOptions(), policy);
        if (options.IsIdentityBased)
        {
            var credential = Credential(options.ClientId);
            Blobs = new BlobServiceClient(options.BlobServiceUri, credential, blobOptions);
            Queues = new QueueServiceClient(options.QueueServiceUri, credential, queueOptions);
            Tables = new TableServiceClient(options.TableServiceUri, credential, tableOptions);
            return;
        }

        var connectionString = options.EffectiveConnectionString;
        try
        {
            Blobs = new BlobServiceClient(connectionString, blobOptions);
            Queues = new QueueServiceClient(connectionString, queueOptions);
            Tables = new TableServiceClient(connectionString, tableOptions);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // The SDK's message may quote the string; the account key must not reach a log, so only the reason is kept.
            throw new OptionsValidationException(MinutesStorageOptions.SectionName, typeof(MinutesStorageOptions),
                [$"{MinutesStorageOptions.SectionName}: not a usable storage connection string ({e.GetType().Name})."]);
        }
    }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    /// <summary>Queue clients from here encode messages as Base64, as the Functions queue trigger expects.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>One retry policy for the three services, whose SDK defaults differ (blobs and queues retry for ~25 s).</summary>
    /// <remarks>
    /// A few quick retries ride out a blip; a longer outage is better left to the queue trigger's redelivery and the next
    /// scheduled run than spent waiting inside one call, and a stopped Azurite fails `minutes storage init` in seconds.
    /// </remarks>
    private static T WithRetry<T>(T options, HttpPipelinePolicy? policy)
        where T : ClientOptions
    {
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromSeconds(0.5);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        return options;
    }

    private static TokenCredential Credential(string? clientId) =>
        new DefaultAzureCredential(string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredentialOptions()
            : new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
}
