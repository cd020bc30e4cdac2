using Azure.Storage.Blobs;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Tests.Functions;

/// <summary>
/// What the Functions app relies on, checked here because the app itself cannot be built on this machine: its one
/// registration call resolves every service its triggers take, from the sample settings, and each trigger's entry point
/// accepts exactly what the trigger hands over.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class FunctionsWiringTests(AzuriteFixture azurite)
{
    [Fact]
    public void The_sample_settings_resolve_every_service_the_triggers_take()
    {
        using var services = new ServiceCollection().AddLogging().AddMinutesPipeline(FunctionsHost.SampleSettings())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(services.GetRequiredService<IngestionService>());
        Assert.Empty(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MinutesStorageOptions>>().Value.Problems());
    }

    [Fact]
    public async Task The_blob_trigger_entry_point_ingests_a_BlobClient_made_by_another_client()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddMinutesPipeline(FunctionsHost.SampleSettings(new Dictionary<string, string?> { [MinutesStorageOptions.SectionName] = azurite.ConnectionString }))
            .BuildServiceProvider();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        // The host binds the trigger to a client of its own, built from the same MinutesStorage connection.
        var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient($"functions/{AzuriteFixture.UniqueName("cyp")}.txt");
        await blob.UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt"))));

        var result = await services.GetRequiredService<IngestionService>().ProcessAsync(blob);

        Assert.Equal(IngestionStatus.Ingested, result.Status);
        Assert.Equal("children-young-people-and-families-policy-and-performance-board_2024-09-09", result.MeetingKey);
    }

    [Fact]
    public void The_queue_settings_in_host_json_match_what_the_pipeline_writes()
    {
        var queues = FunctionsHost.HostJson().GetProperty("extensions").GetProperty("queues");

        // StorageClients writes Base64 messages (QueueMessageEncoding.Base64); the trigger must decode the same way.
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
    }
}
