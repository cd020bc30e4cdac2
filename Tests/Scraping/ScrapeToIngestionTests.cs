using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Scraping;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Scraping;

/// <summary>The whole path on an Azurite of its own: portal → scraper → inbox blob → ingestion → the meeting's rows.</summary>
public sealed class ScrapeToIngestionTests
{
    private const string HaltonMeeting = "children-young-people-and-families-policy-and-performance-board_2024-09-09";

    [Fact]
    public async Task Scraped_minutes_are_ingested_into_the_meeting_rows_from_the_printed_pdf_and_from_a_double_encoded_getmeeting_answer()
    {
        await using var portal = await FakeModernGovPortal.StartAsync();
        portal.AddCommittee(310, "Children Young People and Families Policy and Performance Board");
        portal.AddMeeting(310, 4100, new DateOnly(2024, 9, 9), File.ReadAllBytes(Parse.CorpusPath("printed", "halton-cyp-2024-09-09.pdf")));
        portal.AddMeeting(310, 3900, new DateOnly(2022, 1, 24), publishedAnswer: "meeting_double_encoded_actions.xml");
        await using var host = await PipelineHost.StartAloneAsync(PortalScraperTests.Settings(portal));

        var scraped = await host.Service<PortalScraper>().RunAsync(new ScrapeRequest { Since = new DateOnly(2022, 1, 1) }, null, CancellationToken.None);

        Assert.Equal((2, 0), (scraped.DocumentsUploaded, scraped.Failed));
        var pdf = await host.Ingestion.ProcessAsync($"portal/{portal.Host}/310/4100/minutes.pdf");
        Assert.Equal(IngestionStatus.Ingested, pdf.Status);
        Assert.Equal(HaltonMeeting, pdf.MeetingKey);
        Assert.Equal(8, (await host.RowsAsync(StorageNames.ItemsTable, HaltonMeeting)).Count);
        Assert.Equal(9, (await host.RowsAsync(StorageNames.ActionsTable, HaltonMeeting)).Count);

        var xml = await host.Ingestion.ProcessAsync($"portal/{portal.Host}/310/3900/meeting.xml");
        Assert.Equal(IngestionStatus.Ingested, xml.Status);
        Assert.Equal("children-young-people-and-families-policy-and-performance-board_2022-01-24", xml.MeetingKey);
        var rows = await host.MeetingAsync(xml.MeetingKey!);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotContain("&amp;", row, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("’", StringComparison.Ordinal)); // &amp;amp;rsquo; decoded all the way
    }
}
