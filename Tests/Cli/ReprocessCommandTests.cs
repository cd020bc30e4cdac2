using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Cli;

/// <summary><c>minutes reprocess</c>: failed documents once their metadata is fixed, or every document, forced.</summary>
[Collection(nameof(ConsoleCollection))]
public class ReprocessCommandTests
{
    private const string Seed001 = "001_8374e71d7d5c0b11.txt";
    private const string Seed004 = "004_6e0a7cef810b3a72.txt";

    private static string Setting(PipelineHost host) => $"--MinutesStorage={host.Azurite!.ConnectionString}";

    [Fact]
    public async Task A_failed_document_is_ingested_once_its_metadata_is_set_and_then_nothing_has_failed()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await CommandLineTests.Run("ingest", Parse.CorpusPath("seeds", Seed001), Parse.CorpusPath("seeds", Seed004), Setting(host));
        var blob = host.Clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient(Seed004);
        await blob.SetMetadataAsync(new Dictionary<string, string> { ["committee"] = "Audit%20Committee", ["meetingdate"] = "2025-01-20" });

        var (exit, output, error) = await CommandLineTests.Run("reprocess", "--failed", Setting(host));
        var (again, againOutput, _) = await CommandLineTests.Run("reprocess", Setting(host));

        Assert.True(exit == 0, error + output);
        Assert.Contains(Seed004, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Seed001, output, StringComparison.Ordinal);
        Assert.Contains("audit-committee_2025-01-20", output, StringComparison.Ordinal);
        Assert.Contains("1 document: 1 ingested.", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("No failed documents in minutes-inbox.", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_still_failing_keeps_exit_1_with_its_reason()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await CommandLineTests.Run("ingest", Parse.CorpusPath("seeds", Seed004), Setting(host));

        var (exit, output, _) = await CommandLineTests.Run("reprocess", Setting(host));

        Assert.Equal(1, exit);
        Assert.Contains($"quarantined {Seed004} (NoMeetingDate)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_reads_every_inbox_document_again_even_unchanged_ones()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await CommandLineTests.Run("ingest", Parse.CorpusPath("seeds", Seed001), Setting(host));

        var (exit, output, error) = await CommandLineTests.Run("reprocess", "--all", Setting(host));

        Assert.True(exit == 0, error);
        Assert.Contains("1 document: 1 ingested.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_and_all_together_exit_2()
    {
        var (exit, _, error) = await CommandLineTests.Run("reprocess", "--failed", "--all", "--MinutesStorage=UseDevelopmentStorage=true");

        Assert.Equal(2, exit);
        Assert.Contains("give one", error, StringComparison.Ordinal);
    }
}
