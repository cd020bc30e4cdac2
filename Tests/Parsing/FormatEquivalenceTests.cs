using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>The same minutes published in different forms give the same meeting.</summary>
public class FormatEquivalenceTests
{
    private static MinutesJson Read(params string[] path)
    {
        var full = Path.Combine([AppContext.BaseDirectory, .. path]);
        var result = Parse.Bytes(File.ReadAllBytes(full), Path.GetFileName(full));
        Assert.True(result.Succeeded, result.Failure?.Message);
        return MinutesJsonMapper.ToJson(result.Meeting!);
    }

    /// <summary>What a reader acts on: titles, decisions, actions with owner and due, attendance.</summary>
    private static object Substance(MinutesJson meeting, bool withNumbers = true) => new
    {
        meeting.Committee,
        meeting.MeetingDate,
        Items = string.Join("\n", meeting.Items.Select(i =>
            $"{(withNumbers ? i.Number : "")}|{i.Title}|{string.Join(" / ", i.Resolutions)}|{string.Join(" / ", i.Actions.Select(a => $"{a.Text}<{a.Owner}>({a.Due})"))}")),
        Present = string.Join(", ", meeting.Attendance?.Present ?? []),
        Apologies = string.Join(", ", meeting.Attendance?.Apologies ?? []),
        Officers = string.Join(", ", meeting.Attendance?.Officers ?? []),
    };

    [Theory]
    [InlineData("halton-cyp-2024-09-09.pdf")]
    [InlineData("halton-cyp-2024-09-09.docx")]
    public void Printed_pdf_and_docx_read_as_their_text_copy(string printed)
    {
        var text = Read("Corpus", "seeds", "001_8374e71d7d5c0b11.txt");

        Assert.Equal(Substance(text), Substance(Read("Corpus", "printed", printed)));
    }

    [Fact]
    public void Portal_html_page_reads_as_its_text_copy_apart_from_the_numbers_the_text_lost()
    {
        var text = Read("Corpus", "seeds", "003_9f354a2bdc014360.txt");
        var html = Read("Fixtures", "Html", "halton_cyp_2023-01-23_agenda_and_minutes.html");

        Assert.Equal(text.Items.Select(i => i.Resolutions), html.Items.Select(i => i.Resolutions));
        Assert.Equal(text.Items.Select(i => i.Actions), html.Items.Select(i => i.Actions));
        Assert.Equal((text.Committee, text.MeetingDate, text.StartTime), (html.Committee, html.MeetingDate, html.StartTime));
    }

    [Theory]
    [InlineData("002_9a4f3b5bc54aca4e.txt", "halton_issue_ofsted_focused_visit.html")]
    [InlineData("004_6e0a7cef810b3a72.txt", "halton_agenda_item_qmr.html")]
    public void Issue_and_agenda_item_pages_read_as_their_text_copies(string seed, string page)
    {
        var text = Read("Corpus", "seeds", seed);
        var html = Read("Fixtures", "Html", page);

        Assert.Equal(text.Items.SelectMany(i => i.Resolutions), html.Items.SelectMany(i => i.Resolutions));
        Assert.Equal(text.Items.SelectMany(i => i.Actions), html.Items.SelectMany(i => i.Actions));
    }
}
