using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Structure;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>The body and date of a whole document's opening lines, one convention a case, with lines as published.</summary>
public class MeetingIdentityTests
{
    [Theory]
    [InlineData("COMMITTEE: Business Management Committee DATE: 16 May 2022", "Business Management Committee")]
    [InlineData("MINUTES OF THE SOULDERN PARISH COUNCIL MEETING", "Souldern Parish Council")]
    [InlineData("Minutes of the Extraordinary Ashwell Parish Council Meeting", "Ashwell Parish Council")]
    [InlineData("APPROVED minutes for the Ashwell Community Council public meeting", "Ashwell Community Council")]
    [InlineData("title: 2017-6-20 Open Standards Board Meeting", "Open Standards Board")]
    [InlineData("title: Autumn Paediatric Group Meeting", "Paediatric Group")]
    [InlineData("Ayton Community Council", "Ayton Community Council")]
    [InlineData("Open Data User Group - Agenda", "Open Data User Group")]
    [InlineData("Senior Officials Group: 2nd Meeting", "Senior Officials Group")]
    [InlineData("DECOY COMMUNITY PRIMARY SCHOOL BOARD OF GOVERNORS", "Decoy Community Primary School Board of Governors")]
    [InlineData("Minute of Meeting of the Transport Shadow Board held in the Drummond Room on Friday 20 January 2005", "Transport Shadow Board")]
    [InlineData("A Minutes of Special Meeting of Mid Shire District Council held on Thursday 17 November 2016", "Mid Shire District Council")]
    [InlineData("Minutes from the Sesswick Community Council meeting held at 6.30pm on Monday 20th March 2017", "Sesswick Community Council")]
    [InlineData("MINUTES OF THE ANNUAL GENERAL MEETING OF THE TAYPORT COMMUNITY COUNCIL HELD IN THE BURGH CHAMBERS", "Tayport Community Council")]
    [InlineData("Minutes of Meeting (no.441) of Broomhill Community Council", "Broomhill Community Council")]
    [InlineData("MALDON HARBOUR IMPROVEMENT COMMISSIONERS", "Maldon Harbour Improvement Commissioners")]
    public void The_body_that_met_is_read_from_how_whole_documents_name_it(string line, string committee) =>
        Assert.Equal(committee, MeetingIdentity.Committee([Text(line)]));

    [Fact]
    public void A_bare_kind_of_body_yields_to_its_full_name_below() =>
        Assert.Equal("North of Tyne LPC Committee", MeetingIdentity.Committee([Text("MINUTES OF THE COMMITTEE MEETING"), Text("NORTH OF TYNE LPC COMMITTEE"), Text("Date: Wednesday 10th January 2018")]));

    [Fact]
    public void A_body_named_among_those_in_attendance_is_not_the_body_that_met() =>
        Assert.Null(MeetingIdentity.Committee([Text("Members Present: Councillor Wilson, Chair"), Text("In Attendance: Representatives of"), Text("Northern Health Trust Local Commissioning Group")]));

    [Theory]
    [InlineData("Example NHS Foundation Trust", "The Chair welcomed all to the Example NHS Foundation Trust Board meeting held in public.", "Board")]
    [InlineData("Example County Council", "Example County Council – Cabinet meeting held in public", "Cabinet")]
    [InlineData("Mid Shire District Council", "Minutes of the Mid Shire District Council meeting held on 25 February 2016", null)]
    [InlineData("Open Standards Board", "The Open Standards Board Panel meeting was held on 20 June", null)]
    public void An_organisation_that_met_through_one_of_its_bodies_names_that_body(string organisation, string line, string? body) =>
        Assert.Equal(body, MeetingIdentity.BodyWithin(organisation, [Text(line)]));

    [Theory]
    [InlineData("Mid Shire CCG Governing Body", "Mid Shire CCG", "Governing Body")]
    [InlineData("Ashcombe National Park Authority National Park Forum", "Ashcombe National Park Authority", "National Park Forum")]
    [InlineData("Ashcombe Fire and Rescue Authority - Policy and Strategy", "Ashcombe Fire and Rescue Authority", "Policy and Strategy")]
    [InlineData("Ashcombe Parish Council Planning Committee", "Ashcombe Parish Council", "Planning Committee")]
    [InlineData("Mid Shire District Council", null, null)]
    [InlineData("West Ashcombe Combined Authority", null, null)]
    [InlineData("Mayoral Combined Authority Board", null, null)]
    [InlineData("Ashcombe Borough Council Cabinet", "Ashcombe Borough Council", "Cabinet")]
    public void An_organisations_name_run_into_its_bodys_is_parted(string committee, string? organisation, string? body) =>
        Assert.Equal(organisation is null ? null : (organisation, body!), MeetingIdentity.OrganisationAndBody(committee));

    [Theory]
    [InlineData("The Next Ayton Community Council meeting will take place on the 1st April 2025", "Ayton Community Council")]
    [InlineData("The next meeting of the Audit and Governance Committee will be held on 3 May.", "Audit and Governance Committee")]
    [InlineData("The Board was informed that the figures had improved. The Board noted the report.", "Board")]
    [InlineData("The Council gave consideration to a report of the Leader.", "Council")]
    [InlineData("The Council –\n1. Noted the content of the report.", "Council")]
    [InlineData("The next meeting will be held on 3 May. The Committee may resolve to meet in private.", null)]
    [InlineData("The Committee noted the report.", null)]
    [InlineData("Additional documents: Decision: Cabinet RESOLVED that the minutes be approved.", "Cabinet")]
    [InlineData("Council resolved to approve the minutes of the ordinary meeting held on 11 July 2011.", "Council")]
    [InlineData("Members were told that Council resolved the dispute in 2019.", null)]
    public void Where_no_heading_names_the_body_the_minutes_prose_does(string text, string? committee) =>
        Assert.Equal(committee, MeetingIdentity.CommitteeInProse([Text(text)]));

    [Theory]
    [InlineData("Dear Sir, the Parish Council has considered the application")]
    [InlineData("Minutes of a Meeting held on Tuesday 1 October 2019")]
    public void A_sentence_or_a_title_without_a_name_names_no_body(string line) => Assert.Null(MeetingIdentity.Committee([Text(line)]));

    [Theory]
    [InlineData("Minutes of a Meeting held on Tuesday 1 October 2019 at 7.00pm in Ayton Community Hall", "2019-10-01")]
    [InlineData("Minutes of the mini meeting on Tuesday 13 th of June 2006, 4:30 pm", "2006-06-13")]
    [InlineData("title: 2016-11-24 Open Standards Board Meeting", "2016-11-24")]
    [InlineData("Transparency Board Minutes - 8th June 2011", "2011-06-08")]
    [InlineData("Minutes of the Parish Council Meeting held on 3.6.24 at 7pm", "2024-06-03")]
    public void The_meeting_date_is_the_date_of_a_line_that_names_the_meeting(string line, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), MeetingIdentity.Date([Text(line)]));

    [Theory]
    [InlineData("3.6.24 Meeting room hire")]
    [InlineData("The meeting noted item 12.3.1 of the plan")]
    public void A_dotted_number_that_opens_a_line_or_has_more_parts_dates_no_meeting(string line) => Assert.Null(MeetingIdentity.Date([Text(line)]));

    [Fact]
    public void A_date_line_under_the_line_that_names_the_meeting_is_its_date() =>
        Assert.Equal(new DateOnly(2022, 8, 25), MeetingIdentity.Date([Text("HELD IN THE VILLAGE HALL"), Text("ON 25 August 2022")]));

    [Fact]
    public void A_date_line_under_the_bodys_name_is_its_meetings_date() =>
        Assert.Equal(new DateOnly(2017, 7, 11), MeetingIdentity.Date([Text("Full Council"), Text("11 Jul 2017 - 10:00 to 16:00")]));

    [Fact]
    public void Dates_of_other_meetings_are_passed_over()
    {
        var date = MeetingIdentity.Date([
            Text("To approve the minutes of the meeting held on 15 May 2023"),
            Text("Date of next meeting: 4 September 2023"),
            Text("Meeting held on Monday 3 July 2023"),
        ]);

        Assert.Equal(new DateOnly(2023, 7, 3), date);
    }

    [Fact]
    public void In_lines_run_together_the_date_the_meeting_was_held_on_is_its_date_and_another_meetings_is_not()
    {
        var filler = string.Concat(Enumerable.Repeat("Members were welcomed and the business of the day was taken in turn. ", 3));
        var run = $"PUBLICATION: 20 SEPTEMBER 2017 The minutes of the meeting held on 18 August 2017 were approved. {filler}" +
                  "At a meeting of the Combined Authority held in the Authority Chamber - No. 1 Mann Island, Liverpool, L3 1BP on Friday, 15th September, 2017 " +
                  $"the following Members were present: Councillor P Davies. {filler}";

        Assert.Equal(new DateOnly(2017, 9, 15), MeetingIdentity.Date([Text(run)]));
    }

    private static Block Text(string text) => new(BlockKind.Text, text);

    [Fact]
    public void The_line_that_says_where_a_meeting_was_held_is_not_the_body()
    {
        var meeting = Support.Parse.Text("MINUTES OF THE SOULDERN PARISH COUNCIL MEETING\nHELD IN THE VILLAGE HALL\nON 27 June 2024\n\n1. Apologies\n\nNone were received.\n");

        Assert.Equal("Souldern Parish Council", meeting.Committee);
    }
}
