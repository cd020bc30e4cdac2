using System.Text;
using System.Xml;
using System.Xml.Linq;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Extraction.ModernGov;
using CouncilMinutes.Parsing.Model;
using FsCheck.Xunit;

namespace CouncilMinutes.Tests.Extraction;

public sealed class ModernGovXmlExtractorTests
{
    private const string WithMinutes = "meeting_with_minutes.xml";
    private const string DoubleEncoded = "meeting_double_encoded_actions.xml";

    [Fact]
    public void Meeting_facts_come_from_the_response_fields()
    {
        var facts = Fixture(WithMinutes).Facts;

        Assert.Equal(new DateOnly(2026, 2, 10), facts.MeetingDate);
        Assert.Equal(new TimeOnly(10, 0), facts.StartTime);
        Assert.Equal("Council Antechamber, Level 2, Town Hall Extension", facts.Venue);
        Assert.Equal("Audit Committee", facts.Committee);
        Assert.Equal("4967", facts.MeetingId);
    }

    [Fact]
    public void An_afternoon_time_is_read_on_the_24_hour_clock()
    {
        Assert.Equal(new TimeOnly(18, 30), Fixture(DoubleEncoded).Facts.StartTime);
    }

    [Fact]
    public void Committee_and_date_line_come_first_so_the_text_reads_like_the_page()
    {
        var blocks = Fixture(WithMinutes).Blocks;

        Assert.Equal(new Block(BlockKind.Heading, "Audit Committee"), blocks[0]);
        Assert.Equal(new Block(BlockKind.Text, "Tuesday, 10th February, 2026 10.00 am"), blocks[1]);
        Assert.Equal("Venue: Council Antechamber, Level 2, Town Hall Extension", blocks[2].Text);
    }

    [Fact]
    public void Agenda_items_become_item_headings_in_order_with_their_display_numbers()
    {
        var items = Fixture(WithMinutes).Blocks.Where(b => b.Kind == BlockKind.ItemHeading).ToList();

        Assert.Equal([("1", "Minutes"), ("9", "Work Programme")], items.Select(i => (i.Number, i.Text)));
    }

    [Fact]
    public void Each_item_reads_heading_then_files_then_minutes()
    {
        var blocks = Fixture(WithMinutes).Blocks.SkipWhile(b => b.Kind != BlockKind.ItemHeading).Take(4).ToList();

        Assert.Equal([BlockKind.ItemHeading, BlockKind.DocumentLink, BlockKind.Label, BlockKind.Text], blocks.Select(b => b.Kind));
        Assert.Equal("6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025", blocks[1].Text);
        Assert.Equal("https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860", blocks[1].Url);
        Assert.Equal("Minutes:", blocks[2].Text);
        Assert.Equal("To approve the minutes of the meeting held on 25 November 2025 as a correct record.", blocks[3].Text);
    }

    [Fact]
    public void Double_encoded_minutes_html_is_decoded()
    {
        var blocks = Fixture(DoubleEncoded).Blocks;

        Assert.All(blocks, b =>
        {
            Assert.DoesNotContain("&amp;", b.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;", b.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("&rsquo;", b.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("<p", b.Text, StringComparison.Ordinal);
        });
        Assert.Contains(blocks, b => b.Text.StartsWith("Halton received the focused visit to its Children’s Services Department", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b is { Kind: BlockKind.DocumentLink, Text: "Ofsted Focused Visit & Improvement Plan" });
    }

    [Fact]
    public void Minutes_html_is_read_by_the_same_walker_as_portal_pages()
    {
        var blocks = Fixture(DoubleEncoded).Blocks;

        Assert.Equal(9, blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Contains(blocks, b => b is { Kind: BlockKind.ListItem, Text: "The shortage of social workers in Halton and in neighbouring authorities;" });
        Assert.Contains(blocks, b => b is { Kind: BlockKind.Text, Text: "1) note the steps that have been taken and the role of the Improvement Board; and" });
    }

    [Fact]
    public void An_actions_comment_becomes_an_action_note_of_its_item()
    {
        var blocks = Fixture(DoubleEncoded).Blocks.ToList();

        var note = Assert.Single(blocks, b => b.Kind == BlockKind.ActionNote);
        Assert.Equal("Completed Improvement Plan to be presented at the next meeting of the Board – Strategic Director, People", note.Text);
        Assert.Equal("25", blocks.Last(b => b.Kind == BlockKind.ItemHeading && blocks.IndexOf(b) < blocks.IndexOf(note)).Number);
    }

    [Fact]
    public void Empty_actions_comments_write_nothing()
    {
        Assert.DoesNotContain(Fixture(WithMinutes).Blocks, b => b.Kind == BlockKind.ActionNote);
    }

    [Fact]
    public void Expected_attendees_are_not_listed_as_present()
    {
        // Every attendee of this response is still "Expected": the minutes say nothing of who came.
        Assert.Null(Fixture(WithMinutes).Attendance);

        var attendance = Fixture(DoubleEncoded).Attendance!;
        Assert.DoesNotContain(attendance.Present, p => p.Name == "Kim Instance");
        Assert.DoesNotContain(attendance.Apologies, p => p.Name == "Kim Instance");
    }

    [Fact]
    public void Recorded_attendance_sorts_people_into_present_apologies_and_officers()
    {
        var attendance = Fixture(DoubleEncoded).Attendance!;

        Assert.Equal(
            [("Pat Example", AttendeeRole.Chair), ("Sam Sample", AttendeeRole.ViceChair), ("Mrs Jo Placeholder", AttendeeRole.Member), ("Ray Standin", AttendeeRole.Substitute)],
            attendance.Present.Select(p => (p.Name, p.Role)));
        Assert.Equal("Pat Example", attendance.Chair?.Name);
        Assert.Equal(["Dr Lee Specimen"], attendance.Apologies.Select(p => p.Name));
        Assert.Equal(new Attendee("Alex Clerk", AttendeeRole.Officer, "Democratic Services Officer"), Assert.Single(attendance.Officers));
        Assert.Equal(["Ray Standin"], attendance.Substitutes.Select(p => p.Name));
        Assert.DoesNotContain(attendance.Present, p => p.Name == "Val Absentee");
    }

    [Fact]
    public void Malformed_xml_is_reported_as_corrupt()
    {
        var bytes = Bytes(WithMinutes);
        var truncated = bytes.AsSpan(0, bytes.Length / 2).ToArray();

        var result = new MinutesParser().Parse(truncated, "meeting.xml");

        Assert.Equal(SourceFormat.ModernGovXml, result.Format);
        Assert.Equal(UnreadableReason.Corrupt, result.Failure?.Reason);
        Assert.Contains("not well-formed", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_before_any_entity_is_expanded()
    {
        const string billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE meeting [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e SYSTEM "file:///etc/passwd">]>
            <meeting><meetingid>1</meetingid><meetinglocation>&d;&e;</meetinglocation><agendaitems><agendaitem><agendaitemtitle>x</agendaitemtitle></agendaitem></agendaitems></meeting>
            """;

        var result = new MinutesParser().Parse(Encoding.UTF8.GetBytes(billionLaughs), "meeting.xml");

        // Refused as a form a ModernGov response never has, with what to do, never the XML library's advice to allow DTDs.
        Assert.Equal(UnreadableReason.UnsupportedFormat, result.Failure?.Reason);
        Assert.Contains("GetMeeting", result.Failure!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_meetings_is_not_one_meetings_minutes()
    {
        var result = new MinutesParser().Parse(Bytes("meetings.xml"), "meetings.xml");

        Assert.Equal(UnreadableReason.NotMinutes, result.Failure?.Reason);
    }

    [Fact]
    public void A_cancelled_meeting_without_items_has_no_minutes_to_read()
    {
        var result = new MinutesParser().Parse(Bytes("meeting_no_minutes.xml"), "meeting_no_minutes.xml");

        Assert.Equal(UnreadableReason.NotMinutes, result.Failure?.Reason);
        Assert.Contains("Cancelled", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_reads_a_get_meeting_response()
    {
        var result = new MinutesParser().Parse(Bytes(WithMinutes), WithMinutes);

        Assert.Null(result.Failure);
        Assert.Equal(SourceFormat.ModernGovXml, result.Format);
    }

    [Theory]
    [InlineData("10.00 am", 10, 0)]
    [InlineData("2.30 pm", 14, 30)]
    [InlineData("12.00 pm", 12, 0)]
    [InlineData("12.15 am", 0, 15)]
    [InlineData("6pm", 18, 0)]
    [InlineData("6.30 p.m.", 18, 30)]
    [InlineData("14:00", 14, 0)]
    [InlineData("noon", 12, 0)]
    public void Service_times_are_read_as_times_of_day(string value, int hour, int minute)
    {
        Assert.Equal(new TimeOnly(hour, minute), ModernGovClock.ParseTime(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("13.00 pm")]
    [InlineData("TBC")]
    public void Times_that_say_nothing_certain_are_left_unread(string value)
    {
        Assert.Null(ModernGovClock.ParseTime(value));
    }

    [Fact]
    public void Encoding_is_undone_layer_by_layer_but_no_further()
    {
        Assert.Equal("<p>Tom &amp; Jerry</p>", EncodedHtml.DecodeMarkup("&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;"));
        Assert.Equal("<p>x</p>", EncodedHtml.DecodeMarkup("&amp;amp;lt;p&amp;amp;gt;x&amp;amp;lt;/p&amp;amp;gt;"));
        Assert.Equal("<p>a &lt; b</p>", EncodedHtml.DecodeMarkup("<p>a &lt; b</p>"));
        Assert.Equal("Tom & Jerry", EncodedHtml.DecodeText("Tom &amp;amp;amp; Jerry"));
    }

    [Property(Arbitrary = [typeof(HtmlSoup)], MaxTest = 200)]
    public void Random_minutes_html_in_a_response_never_throws(RandomHtml html)
    {
        var xml = new XElement("meeting",
            new XElement("meetingdate", "10/02/2026"),
            new XElement("agendaitems", new XElement("agendaitem",
                new XElement("agendaitemtitle", "Item"),
                new XElement("minutesnonemptyhtmlbody", new XText(Sanitise(html.Source))),
                new XElement("commentlabel2", "Actions"),
                new XElement("commenttext2", new XText(Sanitise(html.Source))))));

        var document = new ModernGovXmlExtractor().Extract(Encoding.UTF8.GetBytes(xml.ToString()), CancellationToken.None);

        Assert.Equal("Item", Assert.Single(document.Blocks, b => b.Kind == BlockKind.ItemHeading).Text);
    }

    /// <summary>Only characters XML allows: the service cannot send others.</summary>
    private static string Sanitise(string text) => string.Concat(text.Where(XmlConvert.IsXmlChar));

    private static ExtractedDocument Fixture(string name) => new ModernGovXmlExtractor().Extract(Bytes(name), CancellationToken.None);

    private static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ModernGovXml", name));
}
