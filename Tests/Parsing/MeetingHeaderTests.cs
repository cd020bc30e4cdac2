using CouncilMinutes.Parsing.Structure;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

public class MeetingHeaderTests
{
    [Fact]
    public void At_a_meeting_of_gives_committee_date_and_venue_and_the_end_time_is_read()
    {
        var meeting = Parse.Text("""
            *At a meeting of the Children Young People and Families Policy and Performance Board on Monday, 9 September 2024 in the Civic Suite, Town Hall, Runcorn*

            Present: Councillors Logan (Chair), Baker and Ryan

            CYP10 MINUTES

            The Minutes were signed as a correct record.

            *Meeting ended at 8.35 p.m.*
            """);

        Assert.Equal("Children Young People and Families Policy and Performance Board", meeting.Committee);
        Assert.Equal(new DateOnly(2024, 9, 9), meeting.Date);
        Assert.Equal("the Civic Suite, Town Hall, Runcorn", meeting.Venue);
        Assert.Equal(new TimeOnly(20, 35), meeting.EndTime);
    }

    [Fact]
    public void A_portal_caption_gives_committee_date_time_and_venue()
    {
        var meeting = Parse.Text("Agenda and minutes\n\nCouncil - Wednesday, 10th July, 2024 6.30 p.m.\n\nVenue: Council Chamber, Runcorn Town Hall. View directions\n\nNo. Item\n\n16.\n\nCouncil Minutes\n\nMinutes:\n\nThe minutes were taken as read.\n");

        Assert.Equal("Council", meeting.Committee);
        Assert.Equal(new DateOnly(2024, 7, 10), meeting.Date);
        Assert.Equal(new TimeOnly(18, 30), meeting.StartTime);
        Assert.Equal("Council Chamber, Runcorn Town Hall", meeting.Venue);
    }

    [Fact]
    public void The_minutes_date_beside_the_attendance_wins_over_a_cover_letter_date()
    {
        var meeting = Parse.Text("""
            Date: 7 April 2015
            PLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015
            I am now able to enclose the minutes of the previous meeting.
            PLANNING COMMITTEE
            Wednesday, 25 March 2015
            Present: Councillor Mrs Soyke (Chairman)
            APOLOGIES
            PLA146/14
            Apologies for absence were recorded from Councillor Weeden.
            """);

        Assert.Equal(new DateOnly(2015, 3, 25), meeting.Date);
        Assert.Equal("Planning Committee", meeting.Committee);
    }

    [Theory]
    [InlineData("ASHCOMBE PARISH COUNCIL MEETING held on 14th March 2022 at 7.30pm in the Village Hall", "Ashcombe Parish Council")]
    [InlineData("Ashcombe Parish Council Meeting held on Monday 14 March 2022", "Ashcombe Parish Council")]
    [InlineData("Minutes of Ashcombe Parish Council 14 March 2022", "Ashcombe Parish Council")]
    [InlineData("Minutes of the Finance Committee - Monday 14 March 2022", "Finance Committee")]
    [InlineData("At a meeting of the Combined Fire Authority for Ashcombe held at Fire Service Headquarters, Belmont, Durham on Monday 14 March 2022 at 10.00 a.m.", "Combined Fire Authority for Ashcombe")]
    [InlineData("Ashcombe Fire and Rescue Authority - Policy and Strategy Monday, 14th March, 2022 10.00 am", "Policy and Strategy")]
    [InlineData("THE MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD AT THE VILLAGE HALL ON MONDAY 14TH MARCH 2022 COMMENCING AT 7.00PM", "Ashcombe Parish Council")]
    [InlineData("Notes of the meeting of the Ashcombe Community Forum held on 14 March 2022", "Ashcombe Community Forum")]
    [InlineData("Record of the meeting of the Ashcombe Liaison Group, 14 March 2022", "Ashcombe Liaison Group")]
    [InlineData("Minutes – Finance Committee – 14 March 2022", "Finance Committee")]
    [InlineData("Minutes of the Board meeting held on 14 March 2022", "Board")]
    [InlineData("Minutes of Ashcombe Parish Council Meeting – 14th March 2022", "Ashcombe Parish Council")]
    [InlineData("Meeting of the Executive\n\n14 March 2022", "Executive")]
    [InlineData("Ashcombe Parish Council – Minutes – 14 March 2022", "Ashcombe Parish Council")]
    [InlineData("Ashcombe Transparency Board – Minutes, 14th March 2022", "Ashcombe Transparency Board")]
    [InlineData("Minutes of the meeting of Ashcombe Parish Council held on the 14th day of March 2022", "Ashcombe Parish Council")]
    [InlineData("Minutes of the meeting of Ashcombe Parish Council held on 14.03.2022", "Ashcombe Parish Council")]
    [InlineData("Minutes of the meeting of Ashcombe Parish Council held on 14/3/22", "Ashcombe Parish Council")]
    [InlineData("Ashcombe Design Authority 14/03/2022", "Ashcombe Design Authority")]
    [InlineData("At a MEETING of the ASHCOMBE PARISH COUNCIL held at Ashcombe on 14th March, 2022.", "Ashcombe Parish Council")]
    [InlineData("Planning and Development Committee Meeting Minutes 14 March 2022", "Planning and Development Committee")]
    public void A_title_naming_the_body_and_its_date_on_one_line_gives_both(string title, string committee)
    {
        var meeting = Parse.Text($"""
            {title}

            Councillors Present: Jane Smith (Chair), Tom Brown and Ann Green.

            1. Apologies

            None were received.
            """);

        Assert.Equal((committee, new DateOnly(2022, 3, 14)), (meeting.Committee, meeting.Date));
    }

    [Fact]
    public void A_note_of_a_meeting_names_no_body_and_the_headings_above_name_the_organisation_and_its_body()
    {
        var meeting = Parse.Text("""
            ASHCOMBE NATIONAL PARK AUTHORITY

            NATIONAL PARK FORUM

            Note of meeting held Wednesday, 14 March 2022

            Present: Jane Smith (Chair), Tom Brown and Ann Green.

            1. Apologies

            None were received.
            """);

        Assert.Equal(("Ashcombe National Park Authority", "National Park Forum", new DateOnly(2022, 3, 14)), (meeting.Council, meeting.Committee, meeting.Date));
    }

    [Fact]
    public void Capital_headings_over_the_minutes_line_stay_headings_and_an_abbreviation_keeps_its_capitals()
    {
        var meeting = Parse.Text("""
            NHS ASHCOMBE CLINICAL COMMISSIONING GROUP
            GOVERNING BODY
            Minutes of meeting held on TUESDAY 8TH DECEMBER 2015 1pm
            PRESENT:
            Jane Smith, Chair and a general practitioner of the town
            Tom Brown, Chief Finance Officer and the accountable officer
            Ann Green, Lay Member for Governance and for patient involvement

            1. Apologies were received from Dr Rose White, who was away at the time.
            """);

        Assert.Equal(("NHS Ashcombe Clinical Commissioning Group", "Governing Body", new DateOnly(2015, 12, 8)), (meeting.Council, meeting.Committee, meeting.Date));
    }

    [Theory]
    [InlineData("To approve as a correct record the Minutes of the previous Council meetings held on 5 February 2019.", "Council")]
    [InlineData("The minutes of the Budget Council meeting on 28 February 2023 were approved.", "Budget Council")]
    [InlineData("To approve the Minutes of the meeting of the Committee held on 19 September 2017.", null)]
    public void Minutes_with_no_title_take_their_body_from_the_last_minutes_they_approve(string minutesItem, string? committee)
    {
        var meeting = Parse.Text($"""
            1. Apologies

            None were received.

            2. Minutes

            {minutesItem}
            """);

        Assert.Equal(committee, meeting.Committee);
    }

    [Fact]
    public void A_title_line_that_is_not_a_body_meeting_names_no_committee()
    {
        var meeting = Parse.Text("""
            The minutes of the meeting held on 14th March 2022 were agreed.

            Present: Jane Smith (Chair), Tom Brown and Ann Green.

            1. Apologies

            None were received.
            """);

        Assert.Null(meeting.Committee);
    }

    [Fact]
    public void A_capitalised_council_dash_committee_title_gives_the_council_and_the_committee()
    {
        var meeting = Parse.Text("""
            THE HIGHLAND COUNCIL - PLANNING, ENVIRONMENT & DEVELOPMENT COMMITTEE - INVERNESS.

            5th June, 2019

            PRESENT:

            Councillors Jane Smith (Chair), Tom Brown and Ann Green.

            1. APOLOGIES

            None were received.
            """);

        Assert.Equal("Planning, Environment & Development Committee", meeting.Committee);
        Assert.Equal("The Highland Council", meeting.Council);
        Assert.Equal(new DateOnly(2019, 6, 5), meeting.Date);
    }

    [Fact]
    public void A_page_that_names_no_body_is_of_the_body_whose_last_minutes_it_approves()
    {
        var meeting = Parse.Text("""
            Agenda and minutes

            2. Minutes

            To approve, and sign as a correct record the Minutes of the meeting of the Fire Authority held on 8 December 2021.

            3. Disclosure of Interests

            None.
            """);

        Assert.Equal("Fire Authority", meeting.Committee);
    }

    [Fact]
    public void Hints_fill_what_the_text_lacks_but_do_not_override_it()
    {
        var hints = new SourceHints { Committee = "Executive Board", MeetingDate = new DateOnly(2020, 1, 1), Council = "Halton Borough Council" };

        var silent = Parse.Text("Minutes:\nThe Board received the report.\nRESOLVED: That the report be noted.\n", hints);
        var stated = Parse.Text("Meeting: 24/01/2022 - Audit and Governance Board (Item 25)\n\n25 Internal Audit\n\nThe Board received the report.\n", hints);

        Assert.Equal(("Executive Board", new DateOnly(2020, 1, 1), "Halton Borough Council"), (silent.Committee, silent.Date, silent.Council));
        Assert.Equal(("Audit and Governance Board", new DateOnly(2022, 1, 24)), (stated.Committee, stated.Date));
    }

    [Fact]
    public void Missing_date_and_committee_are_reported_as_diagnostics()
    {
        var result = Parse.Bytes("Minutes:\nThe Committee received the report.\n"u8.ToArray());

        Assert.Contains(result.Diagnostics, d => d.Code == "no-meeting-date");
        Assert.Contains(result.Diagnostics, d => d.Code == "no-committee");
    }

    /// <summary>Every convention of <see cref="MeetingHeader.Rules"/> with the example line its name quotes.</summary>
    public static TheoryData<string, string> HeaderConventions
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var rule in MeetingHeader.Rules)
            {
                data.Add(rule.Name, rule.Name.Split('"')[1]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HeaderConventions))]
    public void Each_header_convention_is_the_first_to_read_its_own_example(string convention, string example) =>
        Assert.Equal(convention, MeetingHeader.Rules.First(r => r.Reading(example) is not null).Name);
}
