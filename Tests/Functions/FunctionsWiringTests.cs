using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Scraping;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Scraping;
using CouncilMinutes.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Tests.Functions;

/// <summary>
/// What the Functions app relies on, checked in-process: its one registration call resolves every service its triggers
/// take, from the sample settings, and each trigger's entry point accepts exactly what the trigger hands over.
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
        Assert.NotNull(services.GetRequiredService<PortalScraper>());
        Assert.NotNull(services.GetRequiredService<NotificationService>());
        Assert.Empty(services.GetRequiredService<IOptions<MinutesStorageOptions>>().Value.Problems());
    }

    [Fact]
    public async Task The_blob_trigger_entry_point_ingests_a_BlobClient_made_by_another_client()
    {
        using var services = await StartAsync();

        var blob = await UploadSeedAsync();

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
        // The notifier records a failure as final on the delivery the host will not repeat.
        using var services = new ServiceCollection().AddLogging().AddMinutesPipeline(FunctionsHost.SampleSettings()).BuildServiceProvider();
        Assert.Equal(services.GetRequiredService<IOptions<NotificationOptions>>().Value.MaxAttempts, queues.GetProperty("maxDequeueCount").GetInt32());
    }

    [Fact]
    public async Task The_timer_entry_point_scrapes_the_portal_the_sample_settings_name_into_the_inbox()
    {
        await using var portal = await FakeModernGovPortal.StartAsync();
        portal.AddCommittee(144, "Audit Committee");
        portal.AddMeeting(144, 5001, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), File.ReadAllBytes(Parse.CorpusPath("printed", "halton-cyp-2024-09-09.pdf")));
        using var services = await StartAsync(new Dictionary<string, string?> { ["Portal:BaseUrl"] = portal.BaseUrl.AbsoluteUri });

        var summary = await services.GetRequiredService<PortalScraper>().RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), (summary.DocumentsUploaded, summary.Failed));
        var inbox = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.InboxContainer);
        Assert.True(await inbox.GetBlobClient($"portal/{portal.Host}/144/5001/minutes.pdf").ExistsAsync());
    }

    [Fact]
    public async Task The_queue_entry_point_sends_a_digest_from_the_message_text_and_dequeue_count_the_host_hands_over()
    {
        using var services = await StartAsync();
        // A meeting no other test stores, so its digests are this test's to send.
        var ingested = await services.GetRequiredService<IngestionService>().ProcessAsync(await UploadSeedAsync(meetingDate: "Monday, 9 September 2199"));

        // The host decodes the Base64 message itself and hands over its text and how often it was delivered.
        var queue = new QueueClient(azurite.ConnectionString, StorageNames.ActionNotificationsQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await queue.ReceiveMessagesAsync(32)).Value.Where(m => m.MessageText.Contains(ingested.MeetingKey!, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(messages);
        Assert.Equal(ingested.Notifications, messages.Count);
        var notifier = services.GetRequiredService<NotificationService>();
        foreach (var message in messages)
        {
            var first = await notifier.HandleAsync(message.MessageText, message.DequeueCount, CancellationToken.None);
            var again = await notifier.HandleAsync(message.MessageText, message.DequeueCount + 1, CancellationToken.None);

            Assert.NotEmpty(first.Sent);
            Assert.Equal((0, first.Sent.Count), (again.Sent.Count, again.AlreadySent));
        }
    }

    /// <summary>
    /// A seed document in the inbox (its meeting moved to <paramref name="meetingDate"/> if given), as a client of its own: the host binds the blob trigger to a client it builds from the
    /// same MinutesStorage connection, not to the pipeline's.
    /// </summary>
    private async Task<BlobClient> UploadSeedAsync(string? meetingDate = null)
    {
        var text = File.ReadAllText(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt"));
        var blob = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient($"functions/{AzuriteFixture.UniqueName("cyp")}.txt");
        await blob.UploadAsync(BinaryData.FromString(meetingDate is null ? text : text.Replace("Monday, 9 September 2024", meetingDate, StringComparison.Ordinal)));
        return blob;
    }

    /// <summary>The services as the Functions app builds them from the sample settings, on the shared Azurite.</summary>
    private async Task<ServiceProvider> StartAsync(Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(overrides ?? []) { [MinutesStorageOptions.SectionName] = azurite.ConnectionString };
        var services = new ServiceCollection().AddLogging().AddMinutesPipeline(FunctionsHost.SampleSettings(settings)).BuildServiceProvider();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return services;
    }
}
