using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Cli;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Storage;

/// <summary><c>minutes storage init</c>, in-process: in the console collection, with an Azurite of its own.</summary>
[Collection(nameof(ConsoleCollection))]
public class StorageCommandTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly int ResourceCount = StorageNames.Containers.Count + StorageNames.Tables.Count + StorageNames.Queues.Count;

    [Fact]
    public async Task Storage_init_prints_each_resource_and_a_second_run_finds_them_all()
    {
        // This class's own Azurite, emptied: the other tests here may have initialised it already.
        await azurite.RestartAsync(CancellationToken.None);
        var setting = $"--MinutesStorage={azurite.ConnectionString}";

        var (first, firstOutput, firstError) = await CommandLineTests.Run("storage", "init", setting);
        var (second, secondOutput, _) = await CommandLineTests.Run("storage", "init", setting);

        Assert.True(first == 0, firstError);
        Assert.Contains("created container minutes-inbox", firstOutput, StringComparison.Ordinal);
        Assert.Contains("created table ActionsByOwner", firstOutput, StringComparison.Ordinal);
        Assert.Contains("created queue action-notifications-poison", firstOutput, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.DoesNotContain("created ", secondOutput, StringComparison.Ordinal);
        Assert.Contains("found   table ScrapeState", secondOutput, StringComparison.Ordinal);
        Assert.Contains($"0 created, {ResourceCount} already there.", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_init_reads_the_setting_from_the_environment()
    {
        Environment.SetEnvironmentVariable("MINUTES_MinutesStorage", azurite.ConnectionString);
        try
        {
            var (exit, output, error) = await CommandLineTests.Run("storage", "init");

            Assert.True(exit == 0, error);
            var lines = output.Split('\n', StringSplitOptions.TrimEntries);
            Assert.Equal(ResourceCount, lines.Count(l => l.StartsWith("created ", StringComparison.Ordinal) || l.StartsWith("found ", StringComparison.Ordinal)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("MINUTES_MinutesStorage", null);
        }
    }

    [Fact]
    public async Task Unreachable_storage_exits_2_naming_the_endpoint_and_suggesting_azurite()
    {
        var port = Loopback.ClosedPort();
        var endpoint = $"http://127.0.0.1:{port}/{AzuriteFixture.AccountName}";
        var connection = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
                         $"BlobEndpoint={endpoint};QueueEndpoint={endpoint};TableEndpoint={endpoint};";

        var (exit, _, error) = await CommandLineTests.Run("storage", "init", $"--MinutesStorage={connection}");

        Assert.Equal(2, exit);
        Assert.Contains(endpoint, error, StringComparison.Ordinal);
        Assert.Contains("Azurite", error, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteFixture.AccountKey, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_identity_based_setting_exits_2_naming_what_is_missing()
    {
        var (exit, _, error) = await CommandLineTests.Run("storage", "init", "--MinutesStorage:blobServiceUri=https://example.blob.core.windows.net");

        Assert.Equal(2, exit);
        Assert.Contains("queueServiceUri is missing", error, StringComparison.Ordinal);
        Assert.Contains("tableServiceUri is missing", error, StringComparison.Ordinal);
    }
}
