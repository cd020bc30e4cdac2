using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

public class ActionTests
{
    private static ActionItem OnlyAction(string body, DateOnly? meetingDate = null)
    {
        var hints = meetingDate is null ? null : new SourceHints { MeetingDate = meetingDate };
        return Assert.Single(Parse.Text($"Agenda item\n\nWork Programme\n\n{body}\n", hints).Items.Single().Actions);
    }

    [Theory]
    [InlineData("It was agreed that the completed Improvement Plan would be presented at the next meeting of the Board.", null, "next meeting")]
    [InlineData("Officers would return to the Board with further details on the financial implications.", "Officers", null)]
    [InlineData("In the meantime, the Chief Executive would circulate his presentation slides to Members.", "Chief Executive", null)]
    [InlineData("Officers were asked to investigate the potential for the data to be made available at the meeting of the Board in April.", "Officers", "future meeting")]
    [InlineData("A further report would be submitted to the Projects Sub Committee in September 2015.", null, "2015-09")]
    [InlineData("Additional data would be available in Q3.", null, "Q3")]
    [InlineData("It was agreed that this should take place in March 2016.", null, "2016-03")]
    [InlineData("Data on the services would be sent following the meeting, as the information was not to hand for the meeting.", null, "following the meeting")]
    [InlineData("Councillors Lloyd Jones and Ryan requested to know the details of this so they could attend.", "Councillors Lloyd Jones and Ryan", null)]
    [InlineData("HL would ascertain the current position.", "HL", null)]
    [InlineData("Transparency Team to circulate the action plan to Senior Officials.", "Transparency Team", null)]
    [InlineData("John Hoodless to make contact with the tree surgeon.", "John Hoodless", null)]
    [InlineData("Playground - AS to contact a resident who is a professional fundraiser for advice.", "AS", null)]
    [InlineData("That this presentation be delivered at a future meeting of the Group.", null, "future meeting")]
    [InlineData("Defibrillator - funding proposal still to be drawn up.", null, null)]
    [InlineData("Replacement gutter hooks to be ordered.", null, null)]
    [InlineData("Gazebos still to be done by Tom and Dan.", "Tom and Dan", null)]
    [InlineData("The Clerk is to arrange a site visit.", "Clerk", null)]
    [InlineData("The information would be collated and brought back to Council at a special meeting.", null, "future meeting")]
    [InlineData("The Chair advised that the presentations would be delivered at a future meeting of this Group.", null, "future meeting")]
    [InlineData("It was agreed that Northern Ireland Water should be invited to attend the Council.", null, null)]
    [InlineData("It was agreed that these principles should be published as a draft for comment.", null, null)]
    [InlineData("The event will be rescheduled.", null, null)]
    [InlineData("Double white lines throughout A422 Wroxton Clerk to check process of application with Highways", "Clerk", null)]
    [InlineData("Solar Speed Signs - an update was awaited from GD.", "GD", null)]
    [InlineData("In due course each principle should be extended with an FAQ.", null, null)]
    [InlineData("The Transparency Board should actively seek suggestions of other priority datasets.", "Transparency Board", null)]
    [InlineData("Agreed to a report being brought back to the next meeting with an update on progress.", null, "next meeting")]
    [InlineData("To be deferred to the next meeting.", null, "next meeting")]
    [InlineData("A note of the location of the spill kit would be put on the website.", null, null)]
    [InlineData("The Convenor stated he would contact the landowner with regard to these.", "Convenor", null)]
    [InlineData("D. Hughes said she would take this item forward at the next school meeting.", "D. Hughes", "next meeting")]
    [InlineData("It was agreed that the Clerk should contact Highways as a matter of urgency.", "Clerk", null)]
    [InlineData("All agreed, following the vote, for Cllr Skinner to review the existing policy.", "Cllr Skinner", null)]
    [InlineData("A Dougall to confirm the best interest rate at maturity date.", "A Dougall", null)]
    [InlineData("In Cllr. Plant's absence, this item was deferred to the February meeting.", null, "future meeting")]
    public void Commitments_are_found_with_their_owner_and_due_hint(string sentence, string? owner, string? due)
    {
        var action = OnlyAction(sentence);

        Assert.Equal(sentence, action.Text);
        Assert.Equal(owner, action.Owner?.Name);
        Assert.Equal(due, action.Due.Label);
    }

    [Theory]
    [InlineData("Action: Start recruitment process (open standards team)", "Open standards team")]
    [InlineData("Action: Send letters to external members inviting them to rejoin (open standards team)", "Open standards team")]
    [InlineData("Action: Share results of user research with the members when available", null)]
    [InlineData("Action: To discuss how to help at a subsequent Parish Council meeting.", null)]
    public void A_line_labelled_action_is_an_action_whatever_its_wording_and_a_doer_in_brackets_owns_it(string line, string? owner)
    {
        var action = OnlyAction(line);

        Assert.Equal(line["Action: ".Length..], action.Text);
        Assert.Equal(owner, action.Owner?.Name);
    }

    [Fact]
    public void An_actions_items_entries_with_a_status_are_actions_of_whom_it_names_unless_closed()
    {
        var meeting = Parse.Document("""
            ## Actions

            1. Circulate final version of the terms of reference [closed]

            2. Trusts to confirm their peer review process [ongoing for members]

            3. To produce minimum requirements for peer audit review [new for PMs]

            ## Gynae Audit

            The group discussed the findings of the audit.

            ## GP Referral Criteria

            The group compared the trusts' criteria.

            ## MRI Protocols

            The protocols were shared.
            """, "minutes.md");

        var actions = meeting.Items[0].Actions;
        Assert.Equal(
            [("Trusts to confirm their peer review process", "Members"), ("To produce minimum requirements for peer audit review", "PMs")],
            actions.Select(a => (a.Text, a.Owner?.Name)));
    }

    [Fact]
    public void Tomorrow_is_read_from_the_meeting_date()
    {
        var action = OnlyAction("Officers would raise the matter again with governors at tomorrow's governors meeting.", new DateOnly(2023, 1, 23));

        Assert.Equal(new DueHint(DueKind.Date, "2023-01-24"), action.Due);
    }

    [Theory]
    [InlineData("SV to remind the school to invite FH at the September meeting.", "2009-06-15", "2009-09")]
    [InlineData("The Clerk would report on the survey to the March meeting.", "2024-11-04", "2025-03")]
    [InlineData("In the Chair's absence this item was deferred until the March Meeting.", "2019-02-04", "2019-03")]
    [InlineData("This item will be added to the February PC agenda for consideration.", "2024-01-09", "2024-02")]
    public void The_month_of_a_named_meeting_is_the_next_such_month_after_the_meeting(string sentence, string held, string due) =>
        Assert.Equal(new DueHint(DueKind.Month, due), OnlyAction(sentence, DateOnly.Parse(held, System.Globalization.CultureInfo.InvariantCulture)).Due);

    [Theory]
    [InlineData("The Clerk to review the grant opportunity and propose (due end of July).", "2017-06-20", "2017-07")]
    [InlineData("The Clerk to obtain quotes for the bench by the end of March.", "2024-11-04", "2025-03")]
    [InlineData("Cllr Watson to send the survey to residents before June.", "2024-06-03", "2024-06")]
    public void A_month_work_is_due_by_is_the_next_such_month_from_the_meeting(string sentence, string held, string due) =>
        Assert.Equal(new DueHint(DueKind.Month, due), OnlyAction(sentence, DateOnly.Parse(held, System.Globalization.CultureInfo.InvariantCulture)).Due);

    [Fact]
    public void Members_cited_by_the_names_or_initials_the_attendance_gives_them_are_doers_and_others_are_not()
    {
        var meeting = Parse.Text("""
            Minutes of the meeting of Ashby Parish Council held on 6 February 2024

            Present: Chris Tait (Chair), Cath Tait, Sue Rollitt (Clerk), Lana Reid-McConnell (LRMcC)

            1. Matters Arising

            The spring meeting is to be held on 14 March. Chris and Cath to attend. Sue to book their places on receipt of the booking form.

            Bollards to protect the verges were discussed. LRMcC will check with Friends of the Park regarding maintenance.

            Action to be taken by Nigel to check the maximum grant from the Windfarm Trust.
            """);

        var actions = meeting.Items.Single(i => i.Number == "1").Actions;
        Assert.Equal(["Chris and Cath", "Sue", "LRMcC", "Nigel"], actions.Select(a => a.Owner?.Name));
    }

    [Fact]
    public void A_person_named_with_initials_in_the_text_is_a_doer_by_them_and_a_plural_acronym_is_not()
    {
        var meeting = Parse.Text("""
            Minutes of the meeting of Ashby Community Council held on 10 December 2025

            Present: Barbara McTavish (BMcT), Roy Hamdy (RH)

            1. Councillor Reports

            The Chair welcomed Councillor Lana Reid-McConnell (LRMcC). LRMcC will push for this.

            2. Working Groups

            Working Groups (WGs) were set up. WGs to comprise two people each.
            """);

        Assert.Equal(["LRMcC"], meeting.Items[0].Actions.Select(a => a.Owner?.Name));
        Assert.Empty(meeting.Items[1].Actions);
    }

    [Fact]
    public void An_event_at_the_end_of_a_month_is_no_due_month() =>
        Assert.Equal(DueKind.None, OnlyAction("It was agreed to look at holding a festival that could take place at the end of June.", new DateOnly(2025, 2, 3)).Due.Kind);

    [Fact]
    public void A_list_of_actions_titled_with_when_they_are_due_gives_that_to_each_that_says_no_other()
    {
        var meeting = Parse.Document("""
            # Community Council 20/06/2017

            ## 8. Actions for follow-up at next meeting

            | Who | What |
            |---|---|
            | Watson | Follow up on the surgery with the MSP |
            | Gemma | Review the grant opportunity and propose (due end of July) |

            ## 9. Actions from the previous meeting

            | Who | What |
            |---|---|
            | Hazel | Contact the dog warden |
            """, "minutes.md");

        Assert.Equal(["next meeting", "2017-07"], meeting.Items[0].Actions.Select(a => a.Due.Label));
        Assert.Equal([null], meeting.Items[1].Actions.Select(a => a.Due.Label));
    }

    [Theory]
    [InlineData("Halton would have this practice in place in the future.")]
    [InlineData("This would enable the Education Secretary to deliver a coordinated system.")]
    [InlineData("One of the earmarked reserves proposed would provide funding for 3 apprenticeships.")]
    [InlineData("The reports were presented to the Board in November.")]
    [InlineData("Councillor Cooper advised that there would be no update available about health scrutiny.")]
    [InlineData("To consider the report of the Chief Executive, to be passed on to the Cabinet Member.")]
    [InlineData("The Council's Public Relations Department had been asked to publish an article.")]
    [InlineData("Councillors and officers to declare any interests which they have in the items on the agenda.")]
    [InlineData("Members were asked to declare any pecuniary or other interest they may have in the business on the agenda.")]
    [InlineData("The Chair will consider the admission of any late items of Urgent Business.")]
    [InlineData("Any other business which by reason of special circumstances the Chair is of the opinion should be considered as a matter of urgency.")]
    [InlineData("It was noted that Agenda Item 15 would be considered in private session.")]
    [InlineData("A copy of the agenda and reports for this meeting will be available for inspection prior to the meeting.")]
    [InlineData("The Authority is requested to consider the identification of:")]
    [InlineData("The Chair said there were savings to be made in transport.")]
    [InlineData("Planning application 23/01234 for the barn: decision deferred by the district council.")]
    [InlineData("Action: None required at this stage.")]
    [InlineData("The purpose of the group is to review the policy annually.")]
    [InlineData("Actions in the Plan would be delivered operationally through the Service Improvement Meeting.")]
    [InlineData("After discussion, it was agreed that the workshops would be held on Friday 19 March 2004 at 10.00am.")]
    [InlineData("It was agreed that the Open Data Strategies would reference other relevant strategies.")]
    [InlineData("It was agreed that the generic name for these panels would be Sector Transparency Boards.")]
    [InlineData("DN advised that the contents of the shed would need to be checked.")]
    [InlineData("The Board said the contracts themselves needed to be presented in open formats.")]
    [InlineData("Members of the public wishing to take part should notify the Head of Legal Services in writing.")]
    [InlineData("Members of the Panel were asked for nominations for the Chair of the Panel for the 2022/23 Municipal Year.")]
    [InlineData("The Chair asked for any questions on the report.")]
    public void Statements_of_fact_effects_and_agenda_purposes_are_not_actions(string sentence)
    {
        Assert.Empty(Parse.Text($"Agenda item\n\nWork Programme\n\n{sentence}\n").Items.Single().Actions);
    }

    [Theory]
    [InlineData("That Councillor Gorrie be supplied with a written answer to his question.")]
    [InlineData("That a track changes document be made publicly available on the appropriate websites.")]
    [InlineData("That the delivery of the Plan is also reported annually to that Committee.")]
    public void A_decision_that_something_be_supplied_made_available_or_reported_is_an_action(string decision)
    {
        var action = Assert.Single(Parse.SingleItem($"Agenda item\n\nWork Programme\n\nRESOLVED: {decision}\n").Actions);

        Assert.Equal(decision, action.Text);
    }

    [Fact]
    public void A_decision_that_directs_follow_up_is_an_action_owned_by_its_subject()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Scrutiny Letters

            RESOLVED that:

            1)  the Scrutiny Letters Log be NOTED; and

            2)  the convener of the Civic Events Working Group be authorised to convene a further meeting as necessary.
            """);

        var action = Assert.Single(item.Actions);
        Assert.StartsWith("the convener", action.Text, StringComparison.Ordinal);
        Assert.Equal(("Convener of the Civic Events Working Group", OwnerSource.Resolution), (action.Owner?.Name, action.Owner?.Source));
    }

    [Fact]
    public void A_decision_restating_a_minuted_commitment_is_not_a_second_action()
    {
        var item = Parse.SingleItem("""
            Agenda item

            Staff Consultation Meetings

            Arising from the discussion, it was agreed that a further report would be submitted to the Board on staff communication levels.

            RESOLVED: That a further report be submitted to the Board on staff communication levels.
            """);

        Assert.Single(item.Actions);
    }

    [Theory]
    [InlineData("Action - TE/LG to send a list of departments to JS.", "TE/LG to send a list of departments to JS.", "TE/LG")]
    [InlineData("Action: The Clerk to notify Highways.", "The Clerk to notify Highways.", "Clerk")]
    public void An_action_log_line_gives_the_action_without_its_label_and_the_doer_before_to(string line, string text, string owner)
    {
        var action = OnlyAction(line);

        Assert.Equal((text, owner), (action.Text, action.Owner?.Name));
    }

    [Fact]
    public void An_action_table_row_citing_a_minute_is_an_action_of_that_item()
    {
        // The actions summarised at the top of the minutes, each row naming the minute it was agreed under.
        var meeting = Parse.Document("""
            # Business Management Committee

            | Item | By whom | By when |
            |---|---|---|
            | 72/2122 Signed minutes to the Headteacher for the file | Clerk | asap |
            | 75b/2122 Take action to raise the pay of relevant staff | Kay Dicken | asap |

            ## 72/2122 To agree the minutes of the last meeting

            The minutes were agreed.

            ## 75/2122 Finance

            The budget was discussed.
            """, "minutes.md");

        var byItem = meeting.Items.Where(i => i.Actions.Count > 0).ToDictionary(i => i.Number!, i => i.Actions.Select(a => (a.Text, a.Owner?.Name)).ToList());
        Assert.Equal([("Signed minutes to the Headteacher for the file", "Clerk")], byItem["72/2122"]);
        Assert.Equal([("Take action to raise the pay of relevant staff", "Kay Dicken")], byItem["75/2122"]);
    }

    [Fact]
    public void Beside_an_owner_column_a_description_column_holds_the_actions_but_beside_a_lead_an_agendas_items()
    {
        var meeting = Parse.Document("""
            # Technical Design Authority 25/07/2025

            ## Agenda

            | Item | Description | Lead |
            |---|---|---|
            | 1 | Chair's welcome and update | HS |
            | 2 | Cloud selection | CL |

            ## Actions

            | Ref | Owner | Description |
            |---|---|---|
            | TDA-A004 | AJ/CC | Update the terms of reference to reflect updated membership |
            | TDA-A005 | RR | Develop ways of working around the API delivery model for review |
            """, "minutes.md");

        Assert.Equal(
            [("Update the terms of reference to reflect updated membership", "AJ/CC"), ("Develop ways of working around the API delivery model for review", "RR")],
            meeting.Items.SelectMany(i => i.Actions).Select(a => (a.Text, a.Owner?.Name)));
    }

    [Fact]
    public void A_table_of_who_does_what_under_each_agenda_item_holds_actions()
    {
        var meeting = Parse.Document("""
            # Community Council

            ## Actions brought forward from previous meetings

            | Meeting date | Agenda item | Who | What |
            |---|---|---|---|
            | 18.8.20 | Speeding | Cllr Paterson | Look into what was required when speed cameras were introduced elsewhere. |
            | 18.8.20 | Roads | Maurice Corry | Discuss with the war graves body and write to the council. |
            """, "minutes.md");

        Assert.Equal(
            ["Look into what was required when speed cameras were introduced elsewhere.", "Discuss with the war graves body and write to the council."],
            meeting.Items.SelectMany(i => i.Actions).Select(a => a.Text));
    }

    [Fact]
    public void A_line_of_an_action_update_ending_in_done_is_work_done()
    {
        var item = Parse.SingleItem("""
            Agenda item

            7) Update on Actions arising from previous meetings

            Clerk to write to the auditor re internal audit - Done

            GW to present plan
            """);

        Assert.Equal(["GW to present plan"], item.Actions.Select(a => a.Text));
    }

    [Fact]
    public void A_sentence_that_says_again_what_the_items_action_table_records_is_the_same_action()
    {
        var meeting = Parse.Document("""
            # Committee 10/01/2018

            ## 03 Officers' Reports

            Agreed to invite the new CEO to the AGM and the Awards.

            | No | Action | Owner |
            |---|---|---|
            | 01-02 | Invite the new CEO to the AGM | SB |
            """, "minutes.md");

        Assert.Equal(["Invite the new CEO to the AGM"], Assert.Single(meeting.Items).Actions.Select(a => a.Text));
    }

    [Fact]
    public void An_action_tables_due_cell_is_no_item_and_a_day_and_month_there_is_the_next_such_day()
    {
        var meeting = Parse.Document("""
            # Design Authority 17/10/2025

            ## Actions

            | Ref | Owner | Due | Description |
            |---|---|---|---|
            | TDA-A017 | CC | 07/11 | Propose a clear definition of architecture. |
            | TDA-A018 | RR | 07/11 | Clarify expectations around costs. |
            """, "minutes.md");

        var item = Assert.Single(meeting.Items);
        Assert.Equal(["2025-11-07", "2025-11-07"], item.Actions.Select(a => a.Due.Label));
    }

    [Fact]
    public void A_row_of_the_action_log_marked_complete_is_work_done_not_an_action_nor_an_item()
    {
        var meeting = Parse.Text("""
            Senior Officials' Group on Transparency

            Minutes of the 2nd Meeting: 26th January 2012

            Minutes and Actions

            The minutes from the previous meeting were agreed.

            Action

            Progress

            Transparency Team to contact all members of the Group to discuss what topics should be covered at future meetings.

            Complete

            Transparency Team to circulate the White Paper presentation to Senior Officials.

            Done – sent on 20 January

            Transparency Team to circulate details of the data sharing workshop.

            In progress
            """);

        Assert.DoesNotContain(meeting.Items, i => i.Title is { } title && (title.StartsWith("Complete") || title.StartsWith("Done")));
        Assert.Equal(["Transparency Team to circulate details of the data sharing workshop."], meeting.Items.SelectMany(i => i.Actions).Select(a => a.Text));
    }

    [Fact]
    public void A_row_of_an_action_table_whose_update_says_completed_is_work_done_not_an_action()
    {
        var meeting = Parse.Document("""
            <html><body>
            <p>Minutes of the meeting of Ashby Parish Council held on 27 June 2024</p>
            <h2>05 Actions from previous meeting</h2>
            <table>
            <tr><th>No</th><th>Action</th><th>Owner</th><th>Update</th></tr>
            <tr><td>May24.01</td><td>NO to create an email address for swing bridge users</td><td>NO</td><td>Completed</td></tr>
            <tr><td>May24.02</td><td>NO to contact the farmer about alternative parking</td><td>NO</td><td>Completed. The farmer is willing to provide parking.</td></tr>
            <tr><td>May24.03</td><td>Clerk to order bark for the playground</td><td>CF</td><td>In hand</td></tr>
            </table>
            </body></html>
            """, "minutes.html");

        Assert.Equal(["Clerk to order bark for the playground"], meeting.Items.SelectMany(i => i.Actions).Select(a => a.Text));
    }

    [Fact]
    public void An_action_summary_restating_the_actions_minuted_in_the_items_adds_none()
    {
        var meeting = Parse.Document("""
            <html><body>
            <p>Minutes of the meeting of Ashby Parish Council held on 27 June 2024</p>
            <h2>07 Swing bridge</h2>
            <p>The notices have been replaced. HD to draft a letter and liaise with Katy Draper.</p>
            <h2>08 Finance</h2>
            <p>The accounts were approved.</p>
            <p>ACTION LIST SUMMARY</p>
            <table>
            <tr><th>No</th><th>Action</th><th>Owner</th></tr>
            <tr><td>June24.01</td><td>Swing Bridge - HD to draft a letter to CRT and liaise with Katy Draper</td><td>HD</td></tr>
            <tr><td>June24.02</td><td>Finance - Clerk to pay the grass cutting invoice</td><td>CF</td></tr>
            </table>
            </body></html>
            """, "minutes.html");

        Assert.Equal(["HD to draft a letter and liaise with Katy Draper."], meeting.Items[0].Actions.Select(a => a.Text));
        Assert.Equal(["Finance - Clerk to pay the grass cutting invoice"], meeting.Items[1].Actions.Select(a => a.Text));
    }

    [Fact]
    public void An_action_summary_repeating_the_rows_of_an_earlier_action_table_adds_none()
    {
        var meeting = Parse.Document("""
            <html><body>
            <p>Minutes of the meeting of Ashby Parish Council held on 25 August 2022</p>
            <h2>05 Clerk's report and actions from the previous meeting</h2>
            <table>
            <tr><th>No</th><th>Action</th><th>Owner</th></tr>
            <tr><td>July22.01</td><td>Playground - AS will contact Kompan to find out what the situation is</td><td>AS</td></tr>
            </table>
            <h2>06 Finance</h2>
            <p>The accounts were approved.</p>
            <p>ACTION LIST SUMMARY</p>
            <table>
            <tr><th>No</th><th>Action</th><th>Owner</th></tr>
            <tr><td>July22.01</td><td>Playground - AS will contact Kompan to find out what the situation is</td><td>AS</td></tr>
            <tr><td>Aug22.01</td><td>Finance - Clerk to pay the grass cutting invoice</td><td>CF</td></tr>
            </table>
            </body></html>
            """, "minutes.html");

        Assert.Single(meeting.Items[0].Actions);
        Assert.Equal(["Finance - Clerk to pay the grass cutting invoice"], meeting.Items[1].Actions.Select(a => a.Text));
    }
}
