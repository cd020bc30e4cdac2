using System.Text;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Cli;

/// <summary><c>minutes ingest</c>, in-process against an Azurite of each test's own.</summary>
[Collection(nameof(ConsoleCollection))]
public class IngestCommandTests
{
    private const string Seed001 = "001_8374e71d7d5c0b11.txt";
    private const string Seed003 = "003_9f354a2bdc014360.txt";
    private const string Seed004 = "004_6e0a7cef810b3a72.txt";
    private const string Halton2024 = "children-young-people-and-families-policy-and-performance-board_2024-09-09";

    private static string Setting(PipelineHost host) => $"--MinutesStorage={host.Azurite!.ConnectionString}";

    [Fact]
    public async Task A_folder_is_ingested_under_relative_names_with_a_row_per_document_and_exit_1_for_the_quarantined_one()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        using var folder = new TempFolder();
        folder.Copy("2024/cyp.txt", "seeds", Seed001);
        folder.Copy("2024/cyp.txt.json", "seeds", "001_8374e71d7d5c0b11.json");
        folder.Copy("2023/cyp.txt", "seeds", Seed003);
        folder.Copy("item.txt", "seeds", Seed004);

        var (exit, output, error) = await CommandLineTests.Run("ingest", folder.Path, Setting(host));

        Assert.True(exit == 1, error);
        Assert.Contains("2024/cyp.txt", output, StringComparison.Ordinal);
        Assert.Contains(Halton2024, output, StringComparison.Ordinal);
        Assert.Contains("2023/cyp.txt", output, StringComparison.Ordinal);
        Assert.Contains("quarantined item.txt (NoMeetingDate)", output, StringComparison.Ordinal);
        Assert.Contains("3 documents: 2 ingested, 1 quarantined.", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 1 file", output, StringComparison.Ordinal);
        Assert.Equal(["2023/cyp.txt", "2024/cyp.txt", "item.txt"], await BlobNamesAsync(host, StorageNames.InboxContainer));
        Assert.Equal(["item.txt"], await BlobNamesAsync(host, StorageNames.QuarantineContainer));
    }

    [Fact]
    public async Task Good_documents_exit_0_and_the_same_file_again_is_unchanged()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var file = Parse.CorpusPath("seeds", Seed001);

        var (first, firstOutput, firstError) = await CommandLineTests.Run("ingest", file, Setting(host));
        var (second, secondOutput, _) = await CommandLineTests.Run("ingest", file, Setting(host));

        Assert.True(first == 0, firstError);
        Assert.Contains("ingested", firstOutput, StringComparison.Ordinal);
        Assert.Matches(@"│\s+8\s+│\s+5\s+│\s+9\s+│", firstOutput);
        Assert.Equal(0, second);
        Assert.Contains("1 document: 1 unchanged.", secondOutput, StringComparison.Ordinal);
        Assert.Equal([Seed001], await BlobNamesAsync(host, StorageNames.InboxContainer));
    }

    [Fact]
    public async Task A_hostile_file_is_quarantined_with_its_reason_stays_in_the_inbox_and_exits_1()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        using var folder = new TempFolder();
        var hostile = folder.Write("deep.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><span>", 200_000))));

        var (exit, output, _) = await CommandLineTests.Run("ingest", hostile, Setting(host));

        Assert.Equal(1, exit);
        Assert.Contains("quarantined deep.html (OverLimit):", output, StringComparison.Ordinal);
        Assert.Contains("stays in minutes-inbox, with a copy and the reason in minutes-quarantine", output, StringComparison.Ordinal);
        Assert.Equal(["deep.html"], await BlobNamesAsync(host, StorageNames.InboxContainer));
        Assert.Equal(["deep.html"], await BlobNamesAsync(host, StorageNames.QuarantineContainer));
    }

    [Fact]
    public async Task A_file_name_that_could_climb_out_of_the_inbox_is_stored_under_a_safe_name_and_the_change_is_shown()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        using var folder = new TempFolder();
        var file = folder.Write(@"..\..\2024\cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", Seed001)));

        var (exit, output, error) = await CommandLineTests.Run("ingest", file, Setting(host));

        Assert.True(exit == 0, error);
        Assert.Contains(@"..\..\2024\cyp.txt is stored as 2024/cyp.txt", output, StringComparison.Ordinal);
        Assert.Equal(["2024/cyp.txt"], await BlobNamesAsync(host, StorageNames.InboxContainer));
        var record = await new DocumentLedger(host.Clients).GetAsync(StorageNames.InboxContainer, "2024/cyp.txt", CancellationToken.None);
        Assert.Equal(DocumentStatus.Succeeded, record?.Status);
    }

    [Fact]
    public async Task Committee_and_date_fill_what_the_text_lacks_a_corrected_date_is_read_again_and_they_are_kept_on_a_plain_ingest()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var item = Parse.CorpusPath("seeds", Seed004);
        const string committee = "Children's Services Committee";

        var (first, firstOutput, firstError) = await CommandLineTests.Run("ingest", item, "--committee", committee, "--date", "2025-01-20", Setting(host));
        var (second, secondOutput, _) = await CommandLineTests.Run("ingest", item, "--committee", committee, "--date", "2025-01-21", Setting(host));
        var (third, thirdOutput, _) = await CommandLineTests.Run("ingest", item, Setting(host));

        Assert.True(first == 0, firstError + firstOutput);
        Assert.Contains("childrens-services-committee_2025-01-20", firstOutput, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Contains("childrens-services-committee_2025-01-21", secondOutput, StringComparison.Ordinal);
        Assert.Contains("1 ingested", secondOutput, StringComparison.Ordinal);
        Assert.Equal(0, third);
        Assert.Contains("1 document: 1 unchanged.", thirdOutput, StringComparison.Ordinal);
        var blob = host.Clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient(Seed004);
        var metadata = (await blob.GetPropertiesAsync()).Value.Metadata;
        Assert.Equal(Uri.EscapeDataString(committee), metadata["committee"]);
        Assert.Equal("2025-01-21", metadata["meetingdate"]);
    }

    [Fact]
    public async Task A_missing_path_exits_2_and_ingests_nothing()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");

        var (exit, _, error) = await CommandLineTests.Run("ingest", Parse.CorpusPath("seeds", Seed001), missing, Setting(host));

        Assert.Equal(2, exit);
        Assert.Contains($"no such file or folder: {missing}", error, StringComparison.Ordinal);
        Assert.Empty(await BlobNamesAsync(host, StorageNames.InboxContainer));
    }

    [Fact]
    public async Task Unreachable_storage_exits_2_naming_the_endpoint()
    {
        var endpoint = $"http://127.0.0.1:{Loopback.ClosedPort()}/{AzuriteFixture.AccountName}";
        var connection = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
                         $"BlobEndpoint={endpoint};QueueEndpoint={endpoint};TableEndpoint={endpoint};";

        var (exit, _, error) = await CommandLineTests.Run("ingest", Parse.CorpusPath("seeds", Seed001), $"--MinutesStorage={connection}");

        Assert.Equal(2, exit);
        Assert.Contains($"Storage did not answer at {endpoint}", error, StringComparison.Ordinal);
        Assert.Contains("Azurite", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteFixture.AccountKey, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_not_initialised_exits_2_and_says_to_run_storage_init()
    {
        await using var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();

        var (exit, _, error) = await CommandLineTests.Run("ingest", Parse.CorpusPath("seeds", Seed001), $"--MinutesStorage={azurite.ConnectionString}");

        Assert.Equal(2, exit);
        Assert.Contains("minutes storage init", error, StringComparison.Ordinal);
    }

    internal static async Task<List<string>> BlobNamesAsync(PipelineHost host, string container)
    {
        var names = new List<string>();
        await foreach (var blob in host.Clients.Blobs.GetBlobContainerClient(container).GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
