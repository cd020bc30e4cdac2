using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Functions.Rpc;
using CouncilMinutes.Tests.Support;
using CouncilMinutes.Tests.Web;
using CouncilMinutes.Web;

namespace CouncilMinutes.Tests.Functions;

/// <summary>
/// The published app's worker process, driven over the Functions host's gRPC protocol as the host drives it in Azure: each
/// trigger invoked with the data the host hands over, against a real Azurite, SMTP sink and portal.
/// </summary>
[Collection(FunctionsWorkerCollection.Name)]
public class FunctionsWorkerTests(FunctionsWorkerFixture fixture)
{
    private const string Seed = "001_8374e71d7d5c0b11.txt";
    private const string SeedDate = "Monday, 9 September 2024";
    private const string Committee = "children-young-people-and-families-policy-and-performance-board";

    [Fact]
    public void The_worker_indexes_and_loads_the_four_functions_with_their_triggers()
    {
        var triggers = fixture.Worker.Functions.ToDictionary(f => f.Key,
            f => Assert.Single(f.Value.Bindings, b => b.Value.Direction == BindingInfo.Types.Direction.In).Value.Type, StringComparer.Ordinal);

        Assert.Equal(new Dictionary<string, string>
        {
            ["IngestMinutes"] = "blobTrigger",
            ["NotifyActionOwners"] = "queueTrigger",
            ["ScrapePortal"] = "timerTrigger",
            ["ServeSite"] = "httpTrigger",
        }, triggers);
    }

    [Fact]
    public async Task A_meeting_the_blob_trigger_stored_is_served_through_the_http_trigger_as_a_page_and_as_json()
    {
        var ingested = await IngestAsync(await UploadSeedAsync("Monday, 9 September 2196"));
        Assert.True(Succeeded(ingested), Failure(ingested));
        const string key = $"{Committee}_2196-09-09";

        var (page, pageInvocation) = await GetAsync($"/meetings/{key}");
        var (json, _) = await GetAsync($"/api/meetings/{key}");

        Assert.True(Succeeded(pageInvocation), Failure(pageInvocation));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("9 September 2196", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MinutesSite.ContentSecurityPolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var meeting = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(key, meeting.RootElement.GetProperty("meeting_key").GetString());
    }

    [Theory]
    [InlineData("Clerk", HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.Redirect)]
    public async Task The_clerks_pages_through_the_http_trigger_follow_app_service_sign_in(string? role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/clerk");
        if (role is not null)
        {
            request.Headers.Add(AppServicePrincipal.HeaderName, AppServicePrincipal.With(role));
        }

        var (response, invocation) = await fixture.Worker.SendAsync("ServeSite", request);

        Assert.True(Succeeded(invocation), Failure(invocation));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_path_the_site_does_not_have_is_its_own_not_found_page()
    {
        var (response, invocation) = await GetAsync("/no/such/page");

        Assert.True(Succeeded(invocation), Failure(invocation));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no page at this address.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blob_trigger_invocation_ingests_the_uploaded_document_into_the_tables()
    {
        var blobName = await UploadSeedAsync("Monday, 9 September 2197");

        var response = await IngestAsync(blobName);

        Assert.True(Succeeded(response), Failure(response));
        var meeting = await fixture.Storage.MeetingAsync($"{Committee}_2197-09-09");
        Assert.Equal(8, meeting.Count(row => row.StartsWith($"{StorageNames.ItemsTable}:", StringComparison.Ordinal)));
        Assert.Contains(meeting, row => row.StartsWith($"{StorageNames.ResolutionsTable}:", StringComparison.Ordinal));
        Assert.Contains(meeting, row => row.StartsWith($"{StorageNames.AttendanceTable}:", StringComparison.Ordinal));
        Assert.Contains(meeting, row => row.StartsWith($"{StorageNames.ActionsTable}:", StringComparison.Ordinal));
        Assert.Single(await fixture.Storage.RowsAsync(StorageNames.MeetingsTable, Committee), row => row.Contains("RowKey=2197-09-09", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_queue_trigger_invocation_sends_the_digest_once_and_the_same_message_again_sends_nothing()
    {
        var ingested = await IngestAsync(await UploadSeedAsync("Monday, 9 September 2198"));
        Assert.True(Succeeded(ingested), Failure(ingested));
        var messages = await QueuedForAsync($"{Committee}_2198-09-09");
        Assert.NotEmpty(messages);

        var before = fixture.Smtp.Mails.Count;
        foreach (var message in messages)
        {
            var first = await fixture.Worker.InvokeAsync("NotifyActionOwners", TriggerData.Queue("message", message));
            Assert.True(Succeeded(first), Failure(first));
        }

        var sent = fixture.Smtp.Mails.Skip(before).ToList();
        Assert.Equal(messages.Count, sent.Count);
        Assert.All(sent, mail => Assert.Contains("2198", mail.Text, StringComparison.Ordinal));

        foreach (var message in messages)
        {
            // The same message delivered again, as the host does after a lost acknowledgement.
            var again = await fixture.Worker.InvokeAsync("NotifyActionOwners", TriggerData.Queue("message", Redelivered(message)));
            Assert.True(Succeeded(again), Failure(again));
        }

        Assert.Equal(before + sent.Count, fixture.Smtp.Mails.Count);
    }

    [Fact]
    public async Task A_timer_invocation_scrapes_the_portal_into_the_inbox()
    {
        fixture.Portal.AddCommittee(144, "Audit Committee");
        fixture.Portal.AddMeeting(144, 5001, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), File.ReadAllBytes(Parse.CorpusPath("printed", "halton-cyp-2024-09-09.pdf")));

        var response = await fixture.Worker.InvokeAsync("ScrapePortal", TriggerData.Timer("_", DateTimeOffset.UtcNow));

        Assert.True(Succeeded(response), Failure(response));
        Assert.True(await fixture.Storage.Ingestion.Inbox.GetBlobClient($"portal/{fixture.Portal.Host}/144/5001/minutes.pdf").ExistsAsync());
    }

    [Fact]
    public async Task A_bad_document_through_the_blob_trigger_is_quarantined_and_the_invocation_succeeds()
    {
        var blobName = $"functions/{AzuriteFixture.UniqueName("bad")}.txt";
        await fixture.Storage.UploadAsync(blobName, HostileDocuments.ShoppingList());

        var response = await IngestAsync(blobName);

        // Success: a document that can never be read must not be retried by the host (no retry storm); it is filed instead.
        Assert.True(Succeeded(response), Failure(response));
        var quarantine = fixture.Storage.Clients.Blobs.GetBlobContainerClient(StorageNames.QuarantineContainer).GetBlobClient(blobName);
        var copy = await quarantine.GetPropertiesAsync();
        Assert.False(string.IsNullOrEmpty(copy.Value.Metadata["reason"]));
        Assert.True(await fixture.Storage.Ingestion.Inbox.GetBlobClient(blobName).ExistsAsync(), "the original stays in the inbox");
    }

    private async Task<(HttpResponseMessage Response, InvocationResponse Invocation)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await fixture.Worker.SendAsync("ServeSite", request);
    }

    private Task<InvocationResponse> IngestAsync(string blobName) =>
        fixture.Worker.InvokeAsync("IngestMinutes", TriggerData.Blob("blob", MinutesStorageOptions.SectionName, StorageNames.InboxContainer, blobName),
            TriggerData.BlobMetadata(StorageNames.InboxContainer, blobName));

    /// <summary>Seed 001 with its meeting moved to <paramref name="meetingDate"/>, so that its meeting and digests are this test's own.</summary>
    private async Task<string> UploadSeedAsync(string meetingDate)
    {
        var text = (await File.ReadAllTextAsync(Parse.CorpusPath("seeds", Seed))).Replace(SeedDate, meetingDate, StringComparison.Ordinal);
        var blobName = $"functions/{AzuriteFixture.UniqueName("cyp")}.txt";
        await fixture.Storage.UploadAsync(blobName, Encoding.UTF8.GetBytes(text));
        return blobName;
    }

    /// <summary>The digest messages the ingest queued for one meeting, received as the host receives them (Base64 decoded).</summary>
    private async Task<List<QueueMessage>> QueuedForAsync(string meetingKey)
    {
        var queue = new QueueClient(fixture.ConnectionString, StorageNames.ActionNotificationsQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await queue.ReceiveMessagesAsync(32)).Value;
        return [.. messages.Where(m => m.MessageText.Contains(meetingKey, StringComparison.Ordinal))];
    }

    private static QueueMessage Redelivered(QueueMessage message) =>
        QueuesModelFactory.QueueMessage(message.MessageId, $"{message.PopReceipt}-again", message.MessageText, message.DequeueCount + 1,
            message.NextVisibleOn, message.InsertedOn, message.ExpiresOn);

    private static bool Succeeded(InvocationResponse response) => response.Result.Status == StatusResult.Types.Status.Success;

    private string Failure(InvocationResponse response) =>
        $"{response.Result.Status}: {response.Result.Exception?.Message}\n{response.Result.Exception?.StackTrace}\n{string.Join('\n', fixture.Worker.Logs.Select(l => $"{l.Level} {l.Category}: {l.Message}"))}";
}
