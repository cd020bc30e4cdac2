using CouncilMinutes.Tests.Extraction;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

public class ResolutionTests
{
    [Theory]
    [InlineData("RESOLVED: That the report be noted.")]
    [InlineData("RESOLVED that the report be noted.")]
    [InlineData("Resolved – That the report be noted.")]
    [InlineData("AGREED – That the report be noted.")]
    [InlineData("It was RESOLVED that the report be noted.")]
    [InlineData("The Committee resolved:- That the report be noted.")]
    [InlineData("Committee resolved that the report be noted.")]
    [InlineData("The Town Council unanimously resolved that the report be noted.")]
    [InlineData("It was resolved unanimously that the report be noted.")]
    [InlineData("Resolution: that the report be noted.")]
    public void Every_label_form_gives_one_resolution_without_its_label(string line)
    {
        var item = Parse.SingleItem($"Agenda item\n\nBudget Monitoring\n\nThe Board considered a report.\n\n{line}\n");

        var resolution = Assert.Single(item.Resolutions);
        Assert.Equal("that the report be noted.", resolution.Text, ignoreCase: true);
        Assert.Null(resolution.Marker);
    }

    [Fact]
    public void A_portals_record_of_a_decision_gives_the_body_the_date_and_the_decisions_made()
    {
        var meeting = Parse.Text("""
            <AI1>

            ASHCOMBE BOROUGH COUNCIL

            RECORD OF DECISION OF THE Cabinet

            Decision Made:

            12 September 2012

            The Community Right to Challenge

            Issue for Decision

            To set out the approaches the Council wishes to take in implementing these new powers.

            Decision Made

            1. That a proactive approach to the Community Right to Challenge be agreed.

            2. That the Cabinet Member for Corporate Services be appointed to champion the approach.

            Reasons for Decision

            The Localism Act offers new opportunities for local people to bid to run services.
            """);

        Assert.Equal(("Cabinet", new DateOnly(2012, 9, 12)), (meeting.Committee, meeting.Date));
        Assert.Equal(2, meeting.Items.SelectMany(i => i.Resolutions).Count());
    }

    [Theory]
    [InlineData("RESOLVED – That the application be APPROVED subject to the following conditions:")]
    [InlineData("RESOLVED: That the application be refused for the following reasons:-")]
    public void A_decision_that_lists_its_conditions_is_one_resolution_with_them(string decision)
    {
        var item = Parse.SingleItem($"Agenda item\n\n24/0456/FUL 5 Low Road\n\nThe Committee considered a report.\n\n{decision}\n1. Standard Time\n2. Approved Plans\n3. Materials to match existing\n");

        var resolution = Assert.Single(item.Resolutions);
        Assert.EndsWith("Standard Time · Approved Plans · Materials to match existing", resolution.Text);
    }

    [Theory]
    [InlineData("Subject to these concerns it was proposed (RJ) and seconded (NS) that this application be supported. All in favour. Decided.", "that this application be supported.")]
    [InlineData("It was proposed Cllr Klimowicz, seconded Cllr Jolly, that Zoey Kelly be co-opted to the office of parish councillor. Unanimously agreed", "that Zoey Kelly be co-opted to the office of parish councillor.")]
    [InlineData("It was proposed by Cllr Smith and seconded by Cllr Brown that the fence be repaired. The vote was lost.", null)]
    [InlineData("Food bank – Cllr Gibson proposed, seconded by Cllr Lynch, to award a grant of £250 to the food bank. The Council thanked the volunteers.", "to award a grant of £250 to the food bank.")]
    [InlineData("Cllr Skinner presented a review of the grant policy. All agreed, following the vote, for Cllr Skinner to review the existing policy.", "for Cllr Skinner to review the existing policy.")]
    [InlineData("Councillor Ferguson, seconded by Bailie Wright, moved that Bailie Regan be appointed.", "that Bailie Regan be appointed.")]
    [InlineData("As an amendment, Councillor Black, seconded by Councillor Barrie, moved that Councillor Roberts be appointed.", null)]
    public void A_motion_proposed_seconded_and_carried_is_a_resolution(string paragraph, string? resolution)
    {
        var item = Parse.SingleItem($"Agenda item\n\n9. Planning\n\n{paragraph}\n");

        Assert.Equal(resolution, item.Resolutions.SingleOrDefault()?.Text);
    }

    [Fact]
    public void A_motion_moved_and_then_resolved_in_its_own_words_is_one_decision()
    {
        var item = Parse.SingleItem("""
            Agenda item

            3. Election of Mayor

            Councillor Sargent moved, seconded by Councillor Khan, that Councillor Jones be elected Mayor.

            RESOLVED that Councillor Jones be elected Mayor of the Borough for the ensuing municipal year.
            """);

        Assert.Equal(["that Councillor Jones be elected Mayor of the Borough for the ensuing municipal year."], item.Resolutions.Select(r => r.Text));
    }

    [Fact]
    public void A_portal_items_description_before_its_minutes_label_decides_and_assigns_nothing()
    {
        var meeting = Parse.Text("""
            Agenda and minutes

            Items
            No. Item

            1.

            Declaration of Interest

            To receive disclosures of personal interests from Members.



            1.     Members are requested to identify the item number and the nature of the interest; and

            2.     That Members who withdraw must notify the Chairman when they leave.

            Minutes:

            There were no declarations made.



            2.

            Minutes

            Minutes:

            RESOLVED – That the minutes be approved.
            """);

        Assert.Empty(meeting.Items[0].Resolutions);
        Assert.Empty(meeting.Items[0].Actions);
        Assert.Contains("Members are requested", meeting.Items[0].Text);
        Assert.Single(meeting.Items[1].Resolutions);
    }

    [Theory]
    [InlineData("Proposed by Cllr Smith, seconded by Cllr Brown and unanimously RESOLVED to donate £100 to the fete.", "to donate £100 to the fete.")]
    [InlineData("24/0456/HH – 5 Low Road. It was resolved to object on the grounds of overdevelopment.", "to object on the grounds of overdevelopment.")]
    [InlineData("24/0123/FUL – 3 High Street. Resolved to make no objection.", "to make no objection.")]
    [InlineData("1. RESOLVED that the payments listed be approved.", "that the payments listed be approved.")]
    public void A_decision_after_its_motion_or_a_sentence_or_a_parts_number_is_a_resolution(string line, string resolution)
    {
        var item = Parse.SingleItem($"Agenda item\n\nFinance\n\nThe Clerk presented the accounts.\n\n{line}\n");

        Assert.Equal(resolution, Assert.Single(item.Resolutions).Text);
    }

    [Fact]
    public void That_and_a_subjunctive_alone_in_a_paragraph_is_a_decision_whose_label_was_lost_but_not_a_reports_recommendation()
    {
        var meeting = Parse.Text("""
            Minutes of the Planning Committee held on 6 September 2023

            1. Minutes
            Consideration was given to the minutes of the meeting held on 6 September 2023.
            That the minutes be signed as a correct record.

            2. Internal Audit
            The report recommended:-
            That the Committee review and comment on the issues raised within this report.
            """);

        Assert.Equal(["That the minutes be signed as a correct record."], meeting.Items[0].Resolutions.Select(r => r.Text));
        Assert.Empty(meeting.Items[1].Resolutions);
    }

    [Fact]
    public void It_was_resolved_to_is_a_decision()
    {
        var item = Parse.SingleItem("Agenda item\n\nBudget\n\nThe Clerk presented the draft budget.\n\nIt was resolved to approve the budget.\n");

        Assert.Equal("to approve the budget.", Assert.Single(item.Resolutions).Text);
    }

    [Fact]
    public void Numbered_parts_on_their_own_lines_are_separate_resolutions_with_their_markers()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Internal Audit Progress Report

            RESOLVED: That:

            1)    the update on progress be received;

            2)    the completed internal audit reports be noted; and

            3)    the progress made be noted.
            """);

        Assert.Equal(["1", "2", "3"], item.Resolutions.Select(r => r.Marker));
        Assert.Equal("the completed internal audit reports be noted; and", item.Resolutions[1].Text);
    }

    [Theory]
    [InlineData("(a)", "(b)", "a", "b")]
    [InlineData("(i)", "(ii)", "i", "ii")]
    [InlineData("(1)", "(2)", "1", "2")]
    public void Lettered_and_roman_markers_are_recognised(string first, string second, string firstMarker, string secondMarker)
    {
        var item = Parse.SingleItem($"Agenda item\n\nSchedule of Meetings\n\nRESOLVED\n\n{first} that the schedule be approved;\n\n{second} that meetings be arranged as required.\n");

        Assert.Equal([firstMarker, secondMarker], item.Resolutions.Select(r => r.Marker));
    }

    [Fact]
    public void Inline_parts_after_a_preamble_are_split_and_the_preamble_dropped()
    {
        var item = Parse.SingleItem(
            "Agenda item\n\nOfsted Visit\n\nRESOLVED: That the Board 1) note the steps that have been taken; and 2) agrees with the future reporting arrangements to this Board.\n");

        Assert.Equal(
            ["note the steps that have been taken; and", "agrees with the future reporting arrangements to this Board."],
            item.Resolutions.Select(r => r.Text));
    }

    [Fact]
    public void A_reference_to_an_earlier_part_is_not_a_new_part()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Minutes

            RESOLVED

            (1) that the minutes are re-submitted to a future meeting;

            (2) that, as a consequence of resolution (1) above the minutes are not submitted to the Council.
            """);

        Assert.Equal(2, item.Resolutions.Count);
        Assert.Contains("resolution (1) above", item.Resolutions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommendations_and_agenda_side_lists_are_not_resolutions()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Shared Services Board

            (a) To receive and note the minutes

            (b) To consider any recommendations contained within the minutes

            RECOMMENDED: That Council be recommended to endorse the plan.

            The report recommended:-

            That the Committee review the appendix.
            """);

        Assert.Empty(item.Resolutions);
    }

    [Fact]
    public void Bullets_under_a_part_that_introduces_a_list_stay_with_that_part()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Health and Wellbeing Strategy

            RESOLVED:

            (i) The progress to date be noted;

            (ii) The following outcomes be approved as the basis of the strategy:-

            · People live longer, healthier lives

            · Health inequalities are reduced

            (iii) The timescales for the annual report be approved.
            """);

        Assert.Equal(3, item.Resolutions.Count);
        Assert.EndsWith("· People live longer, healthier lives · Health inequalities are reduced", item.Resolutions[1].Text, StringComparison.Ordinal);
        Assert.Empty(item.Bullets);
    }

    [Fact]
    public void A_portal_decision_cell_with_a_formula_is_a_resolution_but_a_narrative_is_not()
    {
        var meeting = Parse.Text("""
            | No. | Item |
            INFORMATION REPORT - DELEGATED DECISIONS PDF 191 KB To note a report on decisions taken. Decision: Noted. |
            APOLOGIES FOR ABSENCE Decision: Apologies for absence were received from Councillor Tom Wren. |
            Minutes of previous meeting To approve the Minutes of the meeting held on 19 September 2017. Decision: Approved as a correct record. |
            """);

        Assert.Equal(["Noted."], meeting.Items[0].Resolutions.Select(r => r.Text));
        Assert.Empty(meeting.Items[1].Resolutions);
        Assert.Equal(["Approved as a correct record."], meeting.Items[2].Resolutions.Select(r => r.Text));
        Assert.Equal("Tom Wren", Assert.Single(meeting.Attendance.Apologies).Name);
    }

    [Fact]
    public void A_body_resolving_to_do_something_in_a_sentence_is_a_resolution_even_when_set_in_bold()
    {
        var docx = new WordDocument()
            .Paragraph("Minutes of the Amenities Committee", bold: true)
            .Paragraph("52. Apologies for Absence", bold: true).Paragraph("Cllrs Ives and Ellis.").Paragraph("Committee resolved to note the apologies.")
            .Paragraph("53. Defibrillators", bold: true).Paragraph("The Clerk gave an update.").Paragraph("Committee resolved to note the update on the new locations.", bold: true)
            .Paragraph("54. Performance", bold: true).Paragraph("Noted.")
            .Build();
        var meeting = Parse.Bytes(docx, "minutes.docx").Meeting!;

        Assert.Equal(["52", "53", "54"], meeting.Items.Select(i => i.Number));
        Assert.Equal("to note the apologies.", Assert.Single(meeting.Items[0].Resolutions).Text);
        Assert.Equal("to note the update on the new locations.", Assert.Single(meeting.Items[1].Resolutions).Text);
    }

    [Fact]
    public void Unnumbered_lines_under_a_body_agreeing_that_are_each_a_decision()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Standards

            The Board agreed that:
            The Open Contracting Data Standard must be used for contracts.
            The process of electing new board members should start after the meeting.

            The meeting closed at 4pm.
            """);

        Assert.Equal(["The Open Contracting Data Standard must be used for contracts.", "The process of electing new board members should start after the meeting."],
            item.Resolutions.Select(r => r.Text));
    }

    [Fact]
    public void The_body_and_a_dash_over_numbered_parts_opens_the_decisions()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Leader's Report

            The Council gave consideration to a report on the Leader's activities.

            The Council –

            1. Noted the content of the report.

            2. Noted that the full report pack was available in the Leader's office.

            The Provost congratulated the Leader on her first report.
            """);

        Assert.Equal(["Noted the content of the report.", "Noted that the full report pack was available in the Leader's office."], item.Resolutions.Select(r => r.Text));
    }

    [Theory]
    [InlineData("The minutes of the last meeting were AGREED as a correct record.", true)]
    [InlineData("The recommendations in the report were unanimously APPROVED.", true)]
    [InlineData("Cllr Bell MOVED, Cllr Dacres SECONDED and it was RESOLVED to:", false)]
    [InlineData("The minutes of the last meeting were agreed as a correct record.", false)]
    public void A_decision_stated_in_a_sentence_with_its_verb_in_capitals_is_a_resolution(string sentence, bool isDecision)
    {
        var item = Parse.SingleItem($"""
            Minutes of the meeting of the Ashby Committee held on 5 March 2024

            1. Minutes

            {sentence}
            """);

        Assert.Equal(isDecision ? [sentence] : [], item.Resolutions.Select(r => r.Text));
    }
}
