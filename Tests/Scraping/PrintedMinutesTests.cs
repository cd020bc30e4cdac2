using CouncilMinutes.Ingestion.Scraping;

namespace CouncilMinutes.Tests.Scraping;

/// <summary>Which linked document is a meeting's own printed minutes: never the previous meeting's, never another host's.</summary>
public class PrintedMinutesTests
{
    private static readonly Uri Portal = new("https://councillors.halton.gov.uk");

    private static Uri? Find(params LinkedDocument[] documents) =>
        PrintedMinutes.Find(new PortalMeeting(4100, new DateOnly(2024, 9, 9), "Confirmed", MinutesPublished: true, documents), Portal);

    [Fact]
    public void The_previous_meetings_minutes_linked_from_the_item_approving_them_are_not_taken()
    {
        var previous = new LinkedDocument("Minutes 15 July 2024", "/mgConvert2PDF.aspx?ID=60860", "Minutes");

        Assert.Null(Find(previous));
        Assert.Equal("https://councillors.halton.gov.uk/mgConvert2PDF.aspx?ID=61000",
            Find(previous, new LinkedDocument("Printed minutes 09th-Sep-2024", "mgConvert2PDF.aspx?ID=61000", "Close"))?.AbsoluteUri);
    }

    [Fact]
    public void The_file_modern_gov_keeps_for_this_meeting_wins_over_a_title()
    {
        var filed = Find(
            new LinkedDocument("Minutes of the board", "/mgConvert2PDF.aspx?ID=7", null),
            new LinkedDocument("Appendix", "/documents/g4100/Printed%20minutes%2009th-Sep-2024%2018.30%20Board.pdf", null));

        Assert.Equal("/documents/g4100/Printed%20minutes%2009th-Sep-2024%2018.30%20Board.pdf", filed?.AbsolutePath);
    }

    [Fact]
    public void A_link_to_another_host_or_scheme_is_never_followed()
    {
        Assert.Null(Find(
            new LinkedDocument("Printed minutes", "https://evil.example/documents/g4100/Printed%20minutes.pdf", null),
            new LinkedDocument("Printed minutes", "file:///etc/passwd", null)));
    }
}
