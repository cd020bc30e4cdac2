using System.Text;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>Documents that are not minutes, or cannot be read, are quarantined with a reason: none lost, none crashing the run.</summary>
public class HostileDocumentTests
{
    private const string Novel = """
        Chapter 1

        It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.

        However little known the feelings or views of such a man may be on his first entering a neighbourhood, this truth is so well
        fixed in the minds of the surrounding families, that he is considered the rightful property of some one or other of their daughters.

        "My dear Mr. Bennet," said his lady to him one day, "have you heard that Netherfield Park is let at last?"

        Mr. Bennet replied that he had not.
        """;

    private static byte[] Fixture(params string[] path) => File.ReadAllBytes(Path.Combine([AppContext.BaseDirectory, .. path]));

    [Fact]
    public async Task Each_hostile_document_is_quarantined_with_its_reason_and_the_good_ones_are_ingested()
    {
        await using var host = await PipelineHost.StartAloneAsync(new Dictionary<string, string?> { ["Limits:MaxDocumentBytes"] = "1048576" });
        var pdf = Fixture("Corpus", "printed", "halton-cyp-2024-09-09.pdf");
        var hostile = new Dictionary<string, (byte[] Content, QuarantineReason Reason)>
        {
            ["empty.pdf"] = ([], QuarantineReason.Empty),
            ["random-bytes.pdf"] = (RandomBytes(20_000), QuarantineReason.UnsupportedFormat),
            ["truncated.pdf"] = (pdf[..(pdf.Length / 3)], QuarantineReason.Corrupt),
            ["encrypted.pdf"] = (Fixture("Fixtures", "Pdf", "encrypted.pdf"), QuarantineReason.Encrypted),
            ["scanned.pdf"] = (Fixture("Fixtures", "Pdf", "scanned.pdf"), QuarantineReason.NoTextLayer),
            ["huge.txt"] = (Encoding.UTF8.GetBytes(new string('x', 1_600_000)), QuarantineReason.TooLarge),
            ["script.html"] = (Encoding.UTF8.GetBytes("<html><body><script>document.location='https://evil.example'</script><p>Buy cheap watches now!</p></body></html>"), QuarantineReason.NotMinutes),
            ["novel-chapter.txt"] = (Encoding.UTF8.GetBytes(Novel), QuarantineReason.NotMinutes),
        };

        var results = new Dictionary<string, IngestionResult>();
        foreach (var (name, (content, _)) in hostile)
        {
            results[name] = await host.IngestAsync($"hostile/{name}", content);
        }

        var good = await host.IngestAsync("good/cyp.pdf", pdf);
        var alsoGood = await host.IngestAsync("good/item.txt", Fixture("Corpus", "dev", "020_maldon_issue.txt"));

        var ledger = new DocumentLedger(host.Clients);
        var inbox = host.Clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer);
        var quarantine = host.Clients.Blobs.GetBlobContainerClient(StorageNames.QuarantineContainer);
        foreach (var (name, (_, reason)) in hostile)
        {
            Assert.Equal((IngestionStatus.Quarantined, reason), (results[name].Status, results[name].Reason));
            Assert.False(string.IsNullOrWhiteSpace(results[name].Message));
            Assert.True(await inbox.GetBlobClient($"hostile/{name}").ExistsAsync(), $"{name} must stay in the inbox");
            var copy = await quarantine.GetBlobClient($"hostile/{name}").GetPropertiesAsync();
            Assert.Equal(reason.ToString(), copy.Value.Metadata["reason"]);
            var record = await ledger.GetAsync(StorageNames.InboxContainer, $"hostile/{name}", CancellationToken.None);
            Assert.Equal((DocumentStatus.Failed, reason), (record?.Status, record?.Reason));
        }

        Assert.Equal(IngestionStatus.Ingested, good.Status);
        Assert.Equal(IngestionStatus.Ingested, alsoGood.Status);
    }

    [Fact]
    public async Task Script_from_a_page_never_reaches_the_tables()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var page = """
            <html><head><script>steal()</script><style>p{}</style></head><body>
            <p>Agenda item</p><p>Budget Monitoring</p>
            <p>The Committee considered the budget report.<script>alert('x')</script></p>
            <p>RESOLVED: That the report be noted.</p></body></html>
            """;

        var result = await host.IngestAsync("page.html", Encoding.UTF8.GetBytes(page),
            new Dictionary<string, string> { ["committee"] = "Audit Committee", ["meetingdate"] = "2025-03-01" });

        Assert.Equal(IngestionStatus.Ingested, result.Status);
        var stored = await host.MeetingAsync(result.MeetingKey!);
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, row => row.Contains("alert", StringComparison.Ordinal) || row.Contains("steal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Minutes_without_a_date_are_quarantined_until_metadata_supplies_one()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var item = File.ReadAllBytes(Parse.CorpusPath("dev", "017_swansea_item.txt"));

        var first = await host.IngestAsync("swansea/item.txt", item);
        var blob = host.Ingestion.Inbox.GetBlobClient("swansea/item.txt");
        await blob.SetMetadataAsync(new Dictionary<string, string> { ["committee"] = "Scrutiny Programme Committee", ["meetingdate"] = "2014-05-12" });
        var second = await host.Ingestion.ProcessAsync("swansea/item.txt");

        Assert.Equal((IngestionStatus.Quarantined, QuarantineReason.NoMeetingDate), (first.Status, first.Reason));
        Assert.Contains("meetingdate", first.Message, StringComparison.Ordinal);
        Assert.Equal(IngestionStatus.Ingested, second.Status);
        var record = await new DocumentLedger(host.Clients).GetAsync(StorageNames.InboxContainer, "swansea/item.txt", CancellationToken.None);
        Assert.Equal((DocumentStatus.Succeeded, 2), (record?.Status, record?.Attempts));
    }

    [Fact]
    public async Task A_blob_name_too_long_for_a_table_key_is_ingested_and_its_ledger_row_holds_the_whole_name()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var name = string.Concat(Enumerable.Repeat("minutes%2F#?/", 60)) + "cyp.txt";
        var seed = File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt"));

        var first = await host.IngestAsync(name, seed);
        var again = await host.Ingestion.ProcessAsync(name);

        Assert.Equal((IngestionStatus.Ingested, IngestionStatus.Unchanged), (first.Status, again.Status));
        var record = await new DocumentLedger(host.Clients).GetAsync(StorageNames.InboxContainer, name, CancellationToken.None);
        Assert.Equal((name, DocumentStatus.Succeeded), (record?.BlobName, record?.Status));
        var listed = await new DocumentLedger(host.Clients).ListAsync(StorageNames.InboxContainer, null, CancellationToken.None).ToListAsync();
        Assert.Equal(name, Assert.Single(listed).BlobName);
    }

    [Fact]
    public async Task A_document_that_runs_past_its_time_budget_is_quarantined_naming_the_budget()
    {
        await using var host = await PipelineHost.StartAloneAsync(new Dictionary<string, string?> { ["Limits:TimeBudget"] = "00:00:00.0000001" });

        var result = await host.IngestAsync("slow/cyp.pdf", Fixture("Corpus", "printed", "halton-cyp-2024-09-09.pdf"));

        Assert.Equal((IngestionStatus.Quarantined, QuarantineReason.OverLimit), (result.Status, result.Reason));
        Assert.Contains("Limits:TimeBudget", result.Message, StringComparison.Ordinal);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
