using CouncilMinutes.Ingestion.Search;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Search;

/// <summary>The search index ingestion keeps in blob storage, over Halton's seeds in a real Azurite.</summary>
public sealed class MinutesSearchTests
{
    private static byte[] Seed(string name) => File.ReadAllBytes(Parse.CorpusPath("seeds", name));

    [Fact]
    public async Task A_decision_and_an_action_are_found_by_their_words_stemmed_and_nothing_by_words_no_minutes_hold()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("halton/2024-09-09.txt", Seed("001_8374e71d7d5c0b11.txt"));
        await host.IngestAsync("halton/2023-01-23.txt", Seed("003_9f354a2bdc014360.txt"));
        var search = host.Service<MinutesSearch>();

        var report = await search.SearchAsync("annual reports", 10, CancellationToken.None);
        var fostering = await search.SearchAsync("Fostering Board", 10, CancellationToken.None);

        // Three items have both words; the one titled with them ranks first.
        Assert.Equal(3, report.Count);
        var decision = report[0];
        Assert.Equal(SearchHitKind.Decision, decision.Kind);
        Assert.Equal(new DateOnly(2024, 9, 9), decision.Meeting.Date);
        Assert.Equal("CYP13 ANNUAL REPORT - 2023-24", decision.ItemHeading);
        Assert.Equal("That the 2023-24 Annual Report be received and noted.", decision.Line);
        Assert.Contains(fostering, h => h.Kind == SearchHitKind.Action && h.Line == "This would be passed onto the Fostering Board to consider.");
        Assert.Empty(await search.SearchAsync("zebra crossing", 10, CancellationToken.None));
        Assert.Empty(await search.SearchAsync("  the of  ", 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_meeting_read_again_replaces_its_entries_and_meetings_stored_at_once_are_all_kept()
    {
        await using var host = await PipelineHost.StartAloneAsync();

        // Two instances' worth of meetings stored at the same moment: each update is conditional, so one retries on the other's.
        await Task.WhenAll(
            host.IngestAsync("halton/2024-09-09.txt", Seed("001_8374e71d7d5c0b11.txt")),
            host.IngestAsync("halton/2023-01-23.txt", Seed("003_9f354a2bdc014360.txt")));
        var search = host.Service<MinutesSearch>();
        var before = await search.SearchAsync("board", 100, CancellationToken.None);
        await host.Service<CouncilMinutes.Ingestion.IngestionService>().ProcessAsync("halton/2024-09-09.txt", force: true);
        var after = await search.SearchAsync("board", 100, CancellationToken.None);

        Assert.Equal([new DateOnly(2023, 1, 23), new DateOnly(2024, 9, 9)], before.Select(h => h.Meeting.Date).Distinct().Order());
        Assert.Equal(before.Count, after.Count);
    }
}
