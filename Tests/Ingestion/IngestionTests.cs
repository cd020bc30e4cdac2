using System.Text;
using Azure;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>The ingestion against a real Azurite: each test has an account of its own, so counts are exact.</summary>
public class IngestionTests
{
    private static byte[] Corpus(params string[] path) => File.ReadAllBytes(Parse.CorpusPath(path));

    private const string Seed001 = "001_8374e71d7d5c0b11.txt";
    private const string HaltonMeeting = "children-young-people-and-families-policy-and-performance-board_2024-09-09";

    [Fact]
    public async Task A_document_is_stored_as_its_meeting_items_resolutions_attendance_actions_and_one_digest_per_owner()
    {
        await using var host = await PipelineHost.StartAloneAsync();

        var result = await host.IngestAsync("halton/cyp-2024-09-09.txt", Corpus("seeds", Seed001));

        Assert.Equal(IngestionStatus.Ingested, result.Status);
        Assert.Equal(HaltonMeeting, result.MeetingKey);
        Assert.Equal((8, 5, 9), (result.Items, result.Resolutions, result.Actions));
        Assert.Equal(8, (await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting)).Count);
        Assert.Equal(5, (await host.RowsAsync(StorageNames.ResolutionsTable, HaltonMeeting)).Count);
        Assert.Equal(15, (await host.RowsAsync(StorageNames.AttendanceTable, HaltonMeeting)).Count);
        Assert.Equal(9, (await host.RowsAsync(StorageNames.ActionsTable, HaltonMeeting)).Count);

        var meeting = Assert.Single(await host.RowsAsync(StorageNames.MeetingsTable, "children-young-people-and-families-policy-and-performance-board"));
        Assert.Contains("Status=Complete", meeting, StringComparison.Ordinal);

        // Two owners: the Action column's officer (CYP14, 16, 17) and "unassigned" (CYP15's actions name no one).
        var digests = (await host.QueuedMessagesAsync()).Select(ActionDigestMessage.FromJson).OrderBy(d => d.OwnerSlug, StringComparer.Ordinal).ToList();
        Assert.Equal(["executive-director-of-childrens-services", "unassigned"], digests.Select(d => d.OwnerSlug));
        Assert.Equal([4, 5], digests.Select(d => d.ActionIds.Count));
        Assert.Equal(4, (await host.RowsAsync(StorageNames.ActionsByOwnerTable, "executive-director-of-childrens-services")).Count);
    }

    [Fact]
    public async Task Same_blob_twice_leaves_identical_rows_and_one_notification_per_owner()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("halton/cyp.txt", Corpus("seeds", Seed001));
        var before = await host.MeetingAsync(HaltonMeeting);

        var again = await host.Ingestion.ProcessAsync("halton/cyp.txt");

        Assert.Equal(IngestionStatus.Unchanged, again.Status);
        Assert.Equal(before, await host.MeetingAsync(HaltonMeeting));
        Assert.Equal(2, (await host.QueuedMessagesAsync()).Count);
    }

    [Fact]
    public async Task Same_blob_twice_concurrently_leaves_identical_rows_and_one_notification_per_owner()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.UploadAsync("halton/cyp.txt", Corpus("seeds", Seed001));

        // The loser of the race finds the document busy and is retried by the host, as the Functions runtime would.
        var results = await Task.WhenAll(host.ProcessLikeTheHostAsync("halton/cyp.txt"), host.ProcessLikeTheHostAsync("halton/cyp.txt"));

        Assert.Equal([IngestionStatus.Ingested, IngestionStatus.Unchanged], results.Select(r => r.Status).Order());
        Assert.Equal(2, (await host.QueuedMessagesAsync()).Count);
        Assert.Equal(8, (await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting)).Count);
    }

    [Fact]
    public async Task Two_different_documents_of_one_meeting_written_at_once_leave_one_consistent_version()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var original = Encoding.UTF8.GetString(Corpus("seeds", Seed001));
        var shorter = original[..original.IndexOf("CYP16 SUPPORTING", StringComparison.Ordinal)];
        for (var round = 0; round < 4; round++)
        {
            await host.UploadAsync($"a{round}.txt", Encoding.UTF8.GetBytes(original + $"\n\nRound {round}."));
            await host.UploadAsync($"b{round}.txt", Encoding.UTF8.GetBytes(shorter + $"\n\nRound {round}."));

            // A reader alongside: whenever the meeting says Complete, and still says so after the rows are read, every row
            // it has must be of its version. A writer that swept another's rows would show here as a complete meeting with gaps.
            using var writing = new CancellationTokenSource();
            var reader = ReadWhileWritingAsync(host, writing.Token);
            await Task.WhenAll(host.ProcessLikeTheHostAsync($"a{round}.txt"), host.ProcessLikeTheHostAsync($"b{round}.txt"));
            await writing.CancelAsync();
            Assert.Empty(await reader);

            var meeting = Assert.Single(await host.RowsAsync(StorageNames.MeetingsTable, "children-young-people-and-families-policy-and-performance-board"));
            var version = meeting.Split('|').Single(p => p.StartsWith("Version=", StringComparison.Ordinal));
            Assert.Contains("Status=Complete", meeting, StringComparison.Ordinal);
            var rows = await host.MeetingAsync(HaltonMeeting);
            Assert.All(rows, row => Assert.Contains(version, row, StringComparison.Ordinal));
            var items = rows.Count(r => r.StartsWith(StorageNames.ItemsTable + ":", StringComparison.Ordinal));
            Assert.Contains(items, new[] { 6, 8 });
            Assert.Contains($"ItemCount={items}", meeting, StringComparison.Ordinal);
        }
    }

    private static async Task<List<string>> ReadWhileWritingAsync(PipelineHost host, CancellationToken stop)
    {
        var seen = new List<string>();
        var meetings = host.Clients.Tables.GetTableClient(StorageNames.MeetingsTable);
        while (!stop.IsCancellationRequested)
        {
            var before = await meetings.GetEntityIfExistsAsync<MeetingRow>("children-young-people-and-families-policy-and-performance-board", "2024-09-09", cancellationToken: CancellationToken.None);
            if (before.HasValue && before.Value!.Status == "Complete")
            {
                var version = before.Value.Version;
                var items = (await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting)).ToList();
                var after = await meetings.GetEntityIfExistsAsync<MeetingRow>("children-young-people-and-families-policy-and-performance-board", "2024-09-09", cancellationToken: CancellationToken.None);
                var count = before.Value.ItemCount;
                var current = items.Count(r => r.Contains($"Version={version}", StringComparison.Ordinal));
                if (after.HasValue && after.Value!.ETag == before.Value.ETag && current != count)
                {
                    seen.Add($"Complete meeting of version {version} with {current} of its {count} items");
                }
            }

            await Task.Delay(5, CancellationToken.None);
        }

        return seen;
    }

    [Fact]
    public async Task A_document_that_fails_before_queueing_its_digests_queues_them_when_retried_even_after_another_copy_of_its_meeting()
    {
        var queueDown = new QueueOutage();
        await using var host = await PipelineHost.StartAloneAsync(policy: queueDown);
        await host.UploadAsync("halton/cyp.pdf", Corpus("printed", "halton-cyp-2024-09-09.pdf"));

        queueDown.On = true;
        await Assert.ThrowsAnyAsync<Exception>(() => host.Ingestion.ProcessAsync("halton/cyp.pdf"));
        queueDown.On = false;

        // The text copy finds the PDF's digests unchanged: they are the PDF's to queue, not its own.
        var text = await host.IngestAsync("halton/cyp.txt", Corpus("seeds", Seed001));
        var retried = await host.Ingestion.ProcessAsync("halton/cyp.pdf");

        Assert.Equal((0, 2), (text.Notifications, retried.Notifications));
        Assert.Equal(["executive-director-of-childrens-services", "unassigned"],
            (await host.QueuedMessagesAsync()).Select(m => ActionDigestMessage.FromJson(m).OwnerSlug).Order(StringComparer.Ordinal));
    }

    /// <summary>The queue service unreachable while <see cref="On"/>: the ingest fails after its meeting is complete, before its digests are queued.</summary>
    private sealed class QueueOutage : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        public bool On { get; set; }

        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            On && message.Request.Uri.Path.EndsWith($"/{StorageNames.ActionNotificationsQueue}/messages", StringComparison.Ordinal)
                ? throw new IOException("Injected fault: the queue service is unreachable.")
                : ProcessNextAsync(message, pipeline);
    }

    [Fact]
    public async Task The_same_meeting_from_a_pdf_and_its_text_copy_is_one_meeting_and_one_set_of_digests()
    {
        await using var host = await PipelineHost.StartAloneAsync();

        var text = await host.IngestAsync("halton/cyp.txt", Corpus("seeds", Seed001));
        var pdf = await host.IngestAsync("halton/cyp.pdf", Corpus("printed", "halton-cyp-2024-09-09.pdf"));

        Assert.Equal(text.MeetingKey, pdf.MeetingKey);
        Assert.Equal(9, (await host.RowsAsync(StorageNames.ActionsTable, HaltonMeeting)).Count);
        Assert.Equal(2, (await host.QueuedMessagesAsync()).Count);
    }

    [Fact]
    public async Task A_corrected_document_replaces_the_meeting_and_leaves_no_stale_rows()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var original = Encoding.UTF8.GetString(Corpus("seeds", Seed001));
        await host.IngestAsync("halton/cyp.txt", Encoding.UTF8.GetBytes(original));
        var actions = host.Service<ActionQueries>();
        var before = (await host.RowsAsync(StorageNames.ActionsTable, HaltonMeeting)).Select(RowKey).ToList();

        // The corrected minutes drop CYP17 and reword a decision of CYP13.
        var corrected = original[..original.IndexOf("CYP17 PERFORMANCE", StringComparison.Ordinal)]
            .Replace("be received and noted", "be received, noted and published", StringComparison.Ordinal);
        var result = await host.IngestAsync("halton/cyp.txt", Encoding.UTF8.GetBytes(corrected));

        Assert.Equal(IngestionStatus.Ingested, result.Status);
        var items = await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting);
        Assert.Equal(7, items.Count);
        Assert.DoesNotContain(items, r => r.Contains("CYP17", StringComparison.Ordinal));
        var resolutions = await host.RowsAsync(StorageNames.ResolutionsTable, HaltonMeeting);
        Assert.Contains(resolutions, r => r.Contains("received, noted and published", StringComparison.Ordinal));
        Assert.DoesNotContain(resolutions, r => r.Contains("be received and noted", StringComparison.Ordinal));
        var after = (await host.RowsAsync(StorageNames.ActionsTable, HaltonMeeting)).Select(RowKey).ToList();
        Assert.Equal(7, after.Count);
        Assert.Equal(2, (await host.RowsAsync(StorageNames.ActionsByOwnerTable, "executive-director-of-childrens-services")).Count);
        // Found by id through the index; the two actions the correction dropped are gone from it too.
        foreach (var id in after)
        {
            Assert.Equal(HaltonMeeting, (await actions.ByIdAsync(id, CancellationToken.None))?.MeetingKey);
        }

        var dropped = before.Except(after).ToList();
        Assert.Equal(2, dropped.Count);
        foreach (var id in dropped)
        {
            Assert.Null(await actions.ByIdAsync(id, CancellationToken.None));
            Assert.DoesNotContain(await host.RowsAsync(StorageNames.ActionIdsTable, ActionIdRow.Partition(id)), r => r.Contains(id, StringComparison.Ordinal));
        }
    }

    /// <summary>The row key of a row as <see cref="PipelineHost.RowsAsync"/> prints it.</summary>
    private static string RowKey(string row) => row.Split("RowKey=")[1].Split('|')[0];

    [Fact]
    public async Task A_write_that_died_before_completing_leaves_nothing_stale_once_another_version_replaces_it()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var full = Encoding.UTF8.GetString(Corpus("seeds", Seed001));
        var shorter = full[..full.IndexOf("CYP16 ", StringComparison.Ordinal)];
        await host.IngestAsync("halton/cyp.txt", Encoding.UTF8.GetBytes(shorter));

        // The full minutes (two more items) die after their rows are written: the meeting is never marked complete.
        await using (var dying = await PipelineHost.StartAsync(host.Azurite!, policy: new RefuseMeetingUpdates()))
        {
            await host.UploadAsync("halton/cyp-full.txt", Encoding.UTF8.GetBytes(full));
            await Assert.ThrowsAnyAsync<Exception>(() => dying.Ingestion.ProcessAsync("halton/cyp-full.txt"));
        }

        Assert.Contains(await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting), r => r.Contains("CYP17", StringComparison.Ordinal));

        // Its lock lapses, and a corrected copy of the shorter minutes takes the meeting over.
        await host.Clients.Tables.GetTableClient(StorageNames.MeetingsTable).UpdateEntityAsync(
            new MeetingRow { PartitionKey = "children-young-people-and-families-policy-and-performance-board", RowKey = "2024-09-09", WritingUntil = DateTimeOffset.UtcNow.AddMinutes(-1) },
            ETag.All, TableUpdateMode.Merge);
        var corrected = shorter.Replace("be received and noted", "be received, noted and published", StringComparison.Ordinal);
        Assert.Equal(IngestionStatus.Ingested, (await host.IngestAsync("halton/cyp-corrected.txt", Encoding.UTF8.GetBytes(corrected))).Status);

        var items = await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting);
        Assert.Equal(6, items.Count);
        Assert.DoesNotContain(items, r => r.Contains("CYP16", StringComparison.Ordinal) || r.Contains("CYP17", StringComparison.Ordinal));
        Assert.DoesNotContain(await host.RowsAsync(StorageNames.ResolutionsTable, HaltonMeeting), r => r.Contains("Item=007", StringComparison.Ordinal) || r.Contains("Item=008", StringComparison.Ordinal));
        Assert.DoesNotContain(await host.RowsAsync(StorageNames.ActionsTable, HaltonMeeting), r => r.Contains("Item=007", StringComparison.Ordinal) || r.Contains("Item=008", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_retried_after_its_worker_died_mid_write_takes_its_own_meeting_lock_over_and_no_other_document_does()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.UploadAsync("halton/cyp.txt", Corpus("seeds", Seed001));
        await host.UploadAsync("halton/cyp.pdf", Corpus("printed", "halton-cyp-2024-09-09.pdf"));

        // The worker dies holding the meeting's lock, which lapses only after MeetingStore.LockDuration.
        await using (var dying = await PipelineHost.StartAsync(host.Azurite!, policy: new RefuseMeetingUpdates()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => dying.Ingestion.ProcessAsync("halton/cyp.txt"));
        }

        // Another document of the meeting must not interleave with what the dead worker left; the same document's retry may.
        await Assert.ThrowsAsync<MeetingWriteConflictException>(() => host.Ingestion.ProcessAsync("halton/cyp.pdf"));
        var retried = await host.Ingestion.ProcessAsync("halton/cyp.txt");

        Assert.Equal(IngestionStatus.Ingested, retried.Status);
        var meeting = Assert.Single(await host.RowsAsync(StorageNames.MeetingsTable, "children-young-people-and-families-policy-and-performance-board"));
        Assert.Contains("Status=Complete", meeting, StringComparison.Ordinal);
        Assert.Equal(8, (await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting)).Count);
        Assert.Equal(2, (await host.QueuedMessagesAsync()).Count);
        Assert.Equal(IngestionStatus.Ingested, (await host.Ingestion.ProcessAsync("halton/cyp.pdf")).Status);
    }

    /// <summary>Storage that refuses every update of a meeting row, so a write takes the meeting's lock and then cannot mark it complete.</summary>
    private sealed class RefuseMeetingUpdates : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(Azure.Core.HttpMessage message)
        {
            if (message.Request.Method == Azure.Core.RequestMethod.Patch && message.Request.Uri.Path.Contains("/Meetings(", StringComparison.Ordinal))
            {
                throw new IOException("Injected fault: the meeting row cannot be updated.");
            }
        }
    }

    [Fact]
    public async Task A_page_for_one_item_updates_that_item_and_leaves_the_others()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var whole = """
            Agenda and minutes

            Children Young People and Families Policy and Performance Board - Monday, 24th January, 2022 6.30 p.m.

            No. Item

            24.

            Minutes

            Minutes:

            The minutes were signed as a correct record.

            25.

            Ofsted Focused Visit

            Minutes:

            The Board received a presentation.

            RESOLVED: That the presentation be noted.
            """;
        await host.IngestAsync("halton/meeting.txt", Encoding.UTF8.GetBytes(whole));
        const string meeting = "children-young-people-and-families-policy-and-performance-board_2022-01-24";

        var issue = await host.IngestAsync("halton/issue.txt", Corpus("seeds", "002_9a4f3b5bc54aca4e.txt"));

        Assert.Equal(meeting, issue.MeetingKey);
        var items = await host.RowsAsync(StorageNames.ItemsTable, meeting);
        Assert.Equal(2, items.Count);
        Assert.Contains(items, r => r.Contains("Number=24", StringComparison.Ordinal) && r.Contains("signed as a correct record", StringComparison.Ordinal));
        var resolutions = await host.RowsAsync(StorageNames.ResolutionsTable, meeting);
        Assert.Equal(2, resolutions.Count);
        Assert.All(resolutions, r => Assert.Contains("RowKey=002-", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_over_the_property_limit_keeps_an_excerpt_in_the_row_and_all_of_it_in_the_parsed_json()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var paragraph = string.Concat(Enumerable.Repeat("The Board discussed the long report at great length. ", 1200));
        var text = $"Agenda item\n\nLong Report\n\n{paragraph}\n\nRESOLVED: That the report be noted.\n";

        var result = await host.IngestAsync("long.txt", Encoding.UTF8.GetBytes(text),
            new Dictionary<string, string> { ["committee"] = "Audit Committee", ["meetingdate"] = "2025-01-15" });

        var item = Assert.Single(await host.RowsAsync(StorageNames.ItemsTable, result.MeetingKey!));
        Assert.Contains("TextTruncated=True", item, StringComparison.Ordinal);
        var parsed = host.Clients.Blobs.GetBlobContainerClient(StorageNames.ParsedContainer);
        await foreach (var blob in parsed.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, result.MeetingKey, CancellationToken.None))
        {
            var json = MinutesJson.FromJson((await parsed.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
            Assert.Equal(paragraph.Trim(), json.Items.Single().Text);
        }
    }

    [Fact]
    public async Task Metadata_fills_what_the_text_lacks()
    {
        await using var host = await PipelineHost.StartAloneAsync();

        var result = await host.IngestAsync("portal/item.txt", Corpus("seeds", "004_6e0a7cef810b3a72.txt"),
            new Dictionary<string, string> { ["committee"] = "Children Young People and Families Policy and Performance Board", ["meetingdate"] = "2025-01-20" });

        Assert.Equal("children-young-people-and-families-policy-and-performance-board_2025-01-20", result.MeetingKey);
    }
}
