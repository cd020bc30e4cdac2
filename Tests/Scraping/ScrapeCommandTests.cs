using CouncilMinutes.Tests.Cli;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Scraping;

/// <summary><c>minutes scrape</c> against the fake portal and an Azurite of its own: progress, summary, exit codes, <c>--ingest</c>.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ScrapeCommandTests
{
    private static string[] Args(PipelineHost host, FakeModernGovPortal portal, params string[] args) =>
    [
        "scrape", "--portal", portal.BaseUrl.AbsoluteUri, .. args,
        $"--MinutesStorage={host.Azurite!.ConnectionString}", "--Portal:MinDelay=00:00:00", "--Portal:RetryDelay=00:00:00.010", "--Portal:MaxRetries=1",
    ];

    [Fact]
    public async Task Scrape_with_ingest_uploads_and_stores_the_meeting_and_a_second_run_finds_it_unchanged()
    {
        await using var portal = await FakeModernGovPortal.StartAsync();
        portal.AddCommittee(310, "Children Young People and Families Policy and Performance Board");
        portal.AddCommittee(311, "Other Board");
        portal.AddMeeting(310, 4100, new DateOnly(2024, 9, 9), File.ReadAllBytes(Parse.CorpusPath("printed", "halton-cyp-2024-09-09.pdf")));
        portal.AddMeeting(311, 4101, new DateOnly(2024, 9, 10), File.ReadAllBytes(Parse.CorpusPath("printed", "halton-cyp-2024-09-09.pdf")));
        await using var host = await PipelineHost.StartAloneAsync();

        var (exit, output, error) = await CommandLineTests.Run(Args(host, portal, "--committee", "310", "--since", "2024-09-01", "--ingest"));
        var (again, againOutput, _) = await CommandLineTests.Run(Args(host, portal, "--committee", "310", "--since", "2024-09-01"));

        Assert.True(exit == 0, error + output);
        Assert.Contains($"2024-09-09 Children Young People and Families Policy and Performance Board (meeting 4100): uploaded → portal/{portal.Host}/310/4100/minutes.pdf",
            output, StringComparison.Ordinal);
        Assert.DoesNotContain("4101", output, StringComparison.Ordinal);
        Assert.Contains("children-young-people-and-families-policy-and-performance-board_2024-09-09", output, StringComparison.Ordinal);
        Assert.Contains("1 document: 1 ingested.", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("(meeting 4100): unchanged", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_that_does_not_answer_exits_2_naming_the_url()
    {
        await using var portal = await FakeModernGovPortal.StartAsync();
        portal.Down = true;
        await using var host = await PipelineHost.StartAloneAsync();

        var (exit, output, _) = await CommandLineTests.Run(Args(host, portal, "--committee", "310"));

        Assert.Equal(2, exit);
        Assert.Contains($"failed committee 310: {portal.BaseUrl}mgWebService.asmx/GetMeetings?lCommitteeId=310", output, StringComparison.Ordinal);
        Assert.Contains("Nothing came from the portal.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_and_settings_exit_2_before_anything_is_fetched()
    {
        await using var portal = await FakeModernGovPortal.StartAsync();
        await using var host = await PipelineHost.StartAloneAsync();

        var (dry, _, dryError) = await CommandLineTests.Run(Args(host, portal, "--dry-run", "--ingest"));
        var (zero, _, zeroError) = await CommandLineTests.Run(Args(host, portal, "--committee", "0"));
        var (header, _, headerError) = await CommandLineTests.Run([.. Args(host, portal), "--Portal:UserAgent=Evil/1.0\r\nX-Injected: 1"]);

        Assert.Equal((2, 2, 2), (dry, zero, header));
        Assert.Contains("--dry-run uploads nothing", dryError, StringComparison.Ordinal);
        Assert.Contains("--committee takes a committee id", zeroError, StringComparison.Ordinal);
        Assert.Contains("Portal:UserAgent must be a product name/version on one line.", headerError, StringComparison.Ordinal);
        Assert.Empty(portal.Requests);
    }
}
