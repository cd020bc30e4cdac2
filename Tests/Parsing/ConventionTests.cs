using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>Conventions of councils outside the development corpus (found with the held-out set), one test each.</summary>
public class ConventionTests
{
    [Fact]
    public void A_present_label_on_its_own_line_takes_the_long_list_under_it_and_who_was_in_the_chair()
    {
        var names = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"Mr A Member{i}"));
        var meeting = Parse.Text($"1. Calling of the Roll and Apologies for Absence\n\nPresent:\n{names}, Mr B Lobban\n\nIn Attendance:\nChief Executive\nDepute Chief Executive/Director of Corporate Development\n\nMr B Lobban in the Chair\n\nApologies for absence were intimated on behalf of Mr S Mackie.\n\n2. Declarations of Interest\n\nThere were none.\n");

        Assert.Equal(41, meeting.Attendance.Present.Count);
        Assert.Equal("Mr B Lobban", meeting.Attendance.Chair?.Name);
        Assert.Equal(["Chief Executive", "Depute Chief Executive/Director of Corporate Development"], meeting.Attendance.Officers.Select(o => o.Name));
        Assert.Equal("Mr S Mackie", Assert.Single(meeting.Attendance.Apologies).Name);
        Assert.Equal(["1", "2"], meeting.Items.Select(i => i.Number));
    }

    [Fact]
    public void Capital_labels_without_colons_list_one_person_a_line()
    {
        var attendance = Parse.Text("PRESENT Cllr Neill Child (Vice Chairman)\n\nCllr Christine Evans\n\nAPOLOGIES Cllr Rebecca Cady (Chairman)\n\nPC Jephcott\n\nIN ATTENDANCE County Cllr Lovell\n\nLiz Maidment(Parish Clerk)\n\n3. Public Participation Time.\n\nMr Topp reported several thefts in the area.\n").Attendance;

        Assert.Equal(["Neill Child", "Christine Evans"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Rebecca Cady", "PC Jephcott"], attendance.Apologies.Select(p => p.Name));
        Assert.Equal("Liz Maidment", Assert.Single(attendance.Officers).Name);
        Assert.Equal("Lovell", Assert.Single(attendance.AlsoAttending).Name);
    }

    [Fact]
    public void Attendance_printed_after_the_business_is_read_with_its_substitutes_and_staff()
    {
        var attendance = Parse.Text("""
            Minutes of the meeting held on 28 November 2022 were agreed.

            There was no other business discussed at the meeting.

            Councillor G Carpenter (in the Chair); Councillors Hanton, Bensley and Walker.

            Councillor Jeal attended as a substitute for Councillor Cordiner-Achenbach.

            Also in attendance:

            Ms D G. Wilby (Licensing & Electoral Services Manager) and Mr L Parker (Solicitor, Nplaw).
            """).Attendance;

        Assert.Equal(["G Carpenter", "Hanton", "Bensley", "Walker", "Jeal"], attendance.Present.Select(p => p.Name));
        Assert.Equal(AttendeeRole.Chair, attendance.Present[0].Role);
        Assert.Equal(["Ms D G. Wilby", "Mr L Parker"], attendance.Officers.Select(o => o.Name));
        Assert.Empty(attendance.AlsoAttending);
    }

    [Fact]
    public void A_clerk_named_in_brackets_after_the_post_is_an_officer()
    {
        var attendance = Parse.Text("Held on Monday December 19th 2011 at 7:30 in the School Hall\n\nPRESENT were Cllrs: R Miller (Chairman), A Bush and C Wood and the Parish Clerk (T Watton).\n\nDist Cllr P Webb and two members of the public were also in attendance.\n\n1. Receipt of apologies for absence – there were none.\n").Attendance;

        Assert.Equal(["R Miller", "A Bush", "C Wood"], attendance.Present.Select(p => p.Name));
        Assert.Equal(("T Watton", "Parish Clerk"), (attendance.Officers.Single().Name, attendance.Officers.Single().Note));
    }

    [Fact]
    public void Headings_run_into_their_paragraph_start_numbered_items()
    {
        var meeting = Parse.Text("1.  REceipt of apologies for absence – there were none.\n\n2.  DECLARATIONS OF INTEREST. There were none.\n\n6. THE MINUTES of the Council meeting on 21st November were approved.\n");

        Assert.Equal([("1", "REceipt of apologies for absence"), ("2", "DECLARATIONS OF INTEREST"), ("6", "THE MINUTES")], meeting.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal("There were none.", meeting.Items[1].Text);
    }

    [Fact]
    public void A_minute_reference_and_its_title_run_into_the_paragraph_start_an_item()
    {
        // A parish's month.year.sequence and a sequence/year reference number a run-in heading as a plain number does.
        var meeting = Parse.Text("08.22.10 Playground - The new swings were installed.\n\n08.22.11 Finance - The following accounts were approved for payment.\n\n52/24 Council Business - Standing Orders were adopted.\n");

        Assert.Equal([("08.22.10", "Playground"), ("08.22.11", "Finance"), ("52/24", "Council Business")], meeting.Items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void Short_headings_may_end_in_a_stop_and_a_numbered_list_after_a_colon_is_not_items()
    {
        var meeting = Parse.Text("C 08/045 Minutes\n\nThe Minutes were approved.\n\nC 08/046 Mayor's Announcements.\n\nThe Mayor listed his engagements:\n\n1. Civic Service.\n\n2. Garden Party.\n");

        Assert.Equal(["C 08/045", "C 08/046"], meeting.Items.Select(i => i.Number));
        Assert.Equal("Mayor's Announcements.", meeting.Items[1].Title);
    }

    [Fact]
    public void A_long_sentence_case_title_under_its_number_is_one_item()
    {
        var meeting = Parse.Text("277.\n\nDeclarations of Interest in matters before this meeting\n\nMinutes:\n\nCouncillor Douglas Mills declared a personal interest.\n");

        Assert.Equal(("277", "Declarations of Interest in matters before this meeting"), (meeting.Items.Single().Number, meeting.Items.Single().Title));
    }

    [Fact]
    public void A_bare_resolved_label_takes_the_next_paragraph_and_lettered_parts_after_a_lead_in()
    {
        var chichester = Parse.SingleItem("Agenda item\n\nApproval of Minutes\n\nRESOLVED\n\nThat the minutes of the meeting of the Council on Tuesday 20 November 2018 be approved as a correct record.\n");
        var hillingdon = Parse.SingleItem("Agenda item\n\nAssistive Technology\n\nRESOLVED:\n\nThat Cabinet:\n\nA:        Welcomes the Council's commitment to support independent living.\n\nB:        Agrees the recommendations of the review.\n");

        Assert.StartsWith("That the minutes of the meeting", Assert.Single(chichester.Resolutions).Text, StringComparison.Ordinal);
        Assert.Equal(["A", "B"], hillingdon.Resolutions.Select(r => r.Marker));
    }

    [Fact]
    public void A_part_that_introduces_lines_carries_them_and_the_next_part_follows()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Work Programme

            RESOLVED –

            (a) the work programme be approved;

            (b) the following members be appointed as the committee's representatives –

                Education and Children's Services – Councillor Rhys Thomas

                Planning and Public Protection – Councillor Christine Marston, and

            (c) the Scrutiny Coordinator email all members of the committee and the matter be given further consideration at the next meeting.
            """);

        Assert.Equal(["a", "b", "c"], item.Resolutions.Select(r => r.Marker));
        Assert.EndsWith("Councillor Christine Marston, and", item.Resolutions[1].Text, StringComparison.Ordinal);
        var action = Assert.Single(item.Actions);
        Assert.Equal(("Scrutiny Coordinator", "next meeting"), (action.Owner?.Name, action.Due.Label));
    }

    [Theory]
    [InlineData("Following consideration it was RESOLVED that PLANNING PERMISSION BE GRANTED.", "that PLANNING PERMISSION BE GRANTED.")]
    [InlineData("118.4 RESOLVED: It was noted that there were no Part Two items on the agenda.", "It was noted that there were no Part Two items on the agenda.")]
    [InlineData("RESOLVED - T H A T Councillor M. Lloyd be appointed Vice-Chairman.", "THAT Councillor M. Lloyd be appointed Vice-Chairman.")]
    public void Decisions_are_found_mid_sentence_after_a_paragraph_number_and_letter_spaced(string line, string resolution)
    {
        var item = Parse.SingleItem($"Agenda item\n\nPlanning Application\n\n{line}\n");

        Assert.Equal(resolution, Assert.Single(item.Resolutions).Text);
    }

    [Theory]
    [InlineData("Action: The Clerk to notify Highways that signage is needed for the whole lane.", "Clerk", null)]
    [InlineData("RESOLVED: That the Committee requests the Policy and Improvement Officer to investigate the two issues raised, and report back to the next meeting.", "Policy and Improvement Officer", "next meeting")]
    public void Action_log_lines_and_decisions_that_commission_someone_name_the_owner(string line, string owner, string? due)
    {
        var action = Assert.Single(Parse.SingleItem($"Agenda item\n\nHighways\n\n{line}\n").Actions);

        Assert.Equal((owner, due), (action.Owner?.Name, action.Due.Label));
    }

    [Theory]
    [InlineData("The Mayor advised that the Civic Service would be held at the Parish Church on Sunday 6 July 2008.")]
    [InlineData("At the meeting on 21st November it was agreed that a letter should be sent to the Planning Authority.")]
    [InlineData("Members declared any prejudicial interest in any matter to be considered at this meeting.")]
    public void Events_past_decisions_and_the_business_at_hand_are_not_actions(string sentence)
    {
        Assert.Empty(Parse.SingleItem($"Agenda item\n\nMayor's Announcements\n\n{sentence}\n").Actions);
    }

    [Theory]
    [InlineData("Held on Monday December 19th 2011 at 7:30 in the School Hall\n\nPRESENT: Cllr R Miller\n\n1. Apologies – none.\n", "2011-12-19", null)]
    [InlineData("Brighton & Hove City Council\n\nPolicy & Resources Committee\n\n4.00pm21 January 2021\n\nPresent: Councillor Mac Cafferty (Chair)\n\n118 Procedural Business\n\nThe Committee met.\n", "2021-01-21", "Policy & Resources Committee")]
    [InlineData("Decision details\n\nRESOLVED: That Cabinet noted the report.\n\nDate of decision: 10/09/2024\n\nDecided at meeting: 10/09/2024 - Cabinet\n", "2024-09-10", "Cabinet")]
    [InlineData("Minutes of a meeting held on 17th May, 2018.\n\nPresent: Councillor V.J. Bailey (Chairman)\n\n44 MINUTES -\n\nThe minutes were approved.\n", "2018-05-17", null)]
    public void Meeting_dates_and_committees_are_read_from_the_forms_councils_print(string text, string date, string? committee)
    {
        var meeting = Parse.Text(text);

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), committee), (meeting.Date!.Value, meeting.Committee));
    }
}
