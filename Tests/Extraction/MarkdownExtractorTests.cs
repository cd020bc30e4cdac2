using System.Text;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Extraction;

/// <summary>Minutes kept as Markdown pages read by their markup: the front matter's title, headings, lists, embedded HTML.</summary>
public class MarkdownExtractorTests
{
    private const string Page = """
        ---
        layout: default
        title: 2016-11-24 Open Standards Board Meeting
        ---

        ## Attendees
        Liam Maxwell (LM), Chris Francis (CF)

        ## 1. Open Contracting Data Standard

        The Board agreed that the standard must be used.

        * **ACTION:** the team to publish the guidance by March 2017

        <p><strong>2. Any other business</strong></p>
        <p>None.</p>
        """;

    [Fact]
    public void The_title_names_the_meeting_and_headings_are_items()
    {
        var result = Parse.Bytes(Encoding.UTF8.GetBytes(Page), "2016-11-24-meeting.md");

        Assert.Equal(SourceFormat.Markdown, result.Format);
        Assert.Equal("Open Standards Board", result.Meeting!.Committee);
        Assert.Equal(new DateOnly(2016, 11, 24), result.Meeting.Date);
        Assert.Contains(result.Meeting.Items, i => i.Title == "Open Contracting Data Standard");
        Assert.DoesNotContain(result.Meeting.Items, i => (i.Title ?? "").Contains("layout:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_front_matters_date_is_the_meetings_where_the_text_states_none()
    {
        const string page = """
            ---
            title: Full Council
            date: 2024-06-03
            ---

            ## 1. Apologies

            None.
            """;

        Assert.Equal(new DateOnly(2024, 6, 3), Parse.Document(page, "minutes.md").Date);
    }

    [Fact]
    public void Minutes_kept_in_a_front_matter_block_are_read_and_an_event_start_dates_them()
    {
        const string page = """
            ---
            title: Autumn Imaging Group Meeting
            start: 2021-10-12T09:15:50.629Z
            location: MS Teams
            minutes: >-
              ### Actions


              1. Circulate the reviewed protocols

              2. Members to send their protocols to the network


              ### CT Protocols


              It was agreed to publish regional protocols on the website.


              ### Post-Mortem Imaging


              Skeletal surveys are carried out if requested by the coroner.
            ---
            """;

        var meeting = Parse.Bytes(Encoding.UTF8.GetBytes(page), "meeting.md").Meeting!;

        Assert.Equal(new DateOnly(2021, 10, 12), meeting.Date);
        Assert.Equal(["Actions", "CT Protocols", "Post-Mortem Imaging"], meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void Numbered_paragraphs_parted_by_blank_lines_keep_their_numbers()
    {
        const string page = """
            MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 3rd JUNE 2024

            1. APOLOGIES: Cllr Grey.

            2. MINUTES: The minutes of the meeting held on 6th May 2024 were approved.
            """;

        var items = Parse.Document(page, "minutes.md").Items;

        Assert.Equal(["1", "2"], items.Select(i => i.Number));
    }

    [Fact]
    public void Lines_of_a_paragraph_stay_apart_where_each_is_whole_and_join_where_a_sentence_wraps()
    {
        const string page = """
            ## 1. Minutes

            The Board agreed that the minutes
            were a correct record.

            **Attendees**

            Priya Anand
            Owen Birch
            """;

        var result = Parse.Bytes(Encoding.UTF8.GetBytes(page), "minutes.md");

        Assert.Contains(result.Meeting!.Items[0].Text.Split('\n'), line => line.Contains("the minutes were a correct record.", StringComparison.Ordinal));
        Assert.Equal(["Priya Anand", "Owen Birch"], result.Meeting.Attendance.Present.Select(p => p.Name));
    }
}
