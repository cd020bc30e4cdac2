using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

public class ItemTests
{
    [Theory]
    [InlineData("THE WORSHIPFUL THE MAYOR COUNCILLOR ANN GREEN IN THE CHAIR")]
    [InlineData("The vicechair opened the meeting at 7.15 pm")]
    [InlineData("Councillors Braithwaite and Judge attended remotely.")]
    public void A_line_saying_who_chaired_opened_or_attended_how_titles_no_item(string line)
    {
        var meeting = Parse.Text($"""
            1. Apologies

            None were received.

            {line}

            The Chair welcomed everyone and thanked the officers for the reports circulated before the meeting.

            2. Minutes

            The minutes were approved.
            """);

        Assert.Equal(["Apologies", "Minutes"], meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_portal_pages_items_start_under_its_item_header_below_a_long_site_navigation()
    {
        var navigation = string.Join("\n", Enumerable.Range(1, 26).Select(n => $"  • Menu entry {n}"));
        var meeting = Parse.Text($"""
            {navigation}

            The Council - Thursday, 2nd October, 2025 1.30 pm

              • Attendance details
              • Printed draft minutes PDF 293 KB

            Venue: Council Offices

            Items
            No. Item

            1.

            APOLOGIES

            Minutes:

            Apologies were received from Councillor Gareth Roberts.

            No. Item

            2.

            MINUTES

            Minutes:

            The Chair signed the minutes of the previous meeting as a true record.
            """);

        Assert.Equal(["APOLOGIES", "MINUTES"], meeting.Items.Select(i => i.Title));
        Assert.Equal(("Council", new DateOnly(2025, 10, 2)), (meeting.Committee, meeting.Date));
    }

    [Fact]
    public void A_few_capitalised_words_and_a_colon_over_minuted_text_title_an_item_but_the_body_over_its_decisions_does_not()
    {
        var meeting = Parse.Text("""
            MINUTES OF THE MEETING OF ASHCOMBE COMMUNITY COUNCIL HELD ON MONDAY 6th NOVEMBER 2017

            Present: Mr C Veitch, Mrs L White

            Foodbanks Report:

            Six families are currently receiving parcels and two no longer require them.

            Finance Report:

            Three payments were made this week, and the grant payment is awaited.

            The Committee:

            (1) Approved an additional budget of £6,000 for the hall.
            """);

        Assert.Equal(["Foodbanks Report", "Finance Report"], meeting.Items.Select(i => i.Title));
        Assert.Single(meeting.Items[1].Resolutions);
    }

    [Fact]
    public void Printed_item_codes_with_titles_become_numbered_items_and_a_section_heading_does_not()
    {
        var meeting = Parse.Text("""
            ### ITEMS DEALT WITH UNDER DUTIES EXERCISABLE BY THE BOARD

            #### CYP10 MINUTES

            The Minutes of the meeting held on 15 July 2024 were taken as read and signed as a correct record.

            #### CYP11 PUBLIC QUESTION TIME

            It was confirmed that no public questions had been received.
            """);

        Assert.Equal(["CYP10", "CYP11"], meeting.Items.Select(i => i.Number));
        Assert.Equal(["MINUTES", "PUBLIC QUESTION TIME"], meeting.Items.Select(i => i.Title));
        Assert.Equal(new DateOnly(2024, 7, 15), meeting.PreviousMinutesDate);
    }

    [Fact]
    public void A_date_line_with_the_month_abbreviated_numbers_no_item()
    {
        var meeting = Parse.Text("""
            Full Council

            11 Jul 2017 - 10:00 to 16:00

            1 Apologies for Absence

            Apologies for absence were received on behalf of Councillors Erskine and May.

            2 Declarations of Interest

            There were no declarations of interest.
            """);

        Assert.Equal(["1", "2"], meeting.Items.Select(i => i.Number));
    }

    [Fact]
    public void A_bold_figure_of_a_table_is_no_item_and_stays_in_the_item()
    {
        var meeting = Parse.Text("""
            ## Community Grant Applications

            Committee considered the following applications. Friends of the Park asked for bulbs along the perimeter. Approved.

            #### £1,000

            The Art Trail asked for venue costs. Approved.

            #### Total=

            ## Defibrillators

            Committee resolved to note the update on the new locations.
            """);

        Assert.Equal(["Community Grant Applications", "Defibrillators"], meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_heading_of_a_lower_rank_than_the_items_is_a_sub_heading_of_its_item()
    {
        var meeting = Parse.Document("""
            Minutes of the meeting of Ashby Community Council held on 4 March 2025

            ## Treasurer's report

            The balance was noted.

            ## AOB

            ### Defibrillator

            The pads have been replaced.

            ### Community Consultation

            AM agreed to chase the former chair and report back to the next meeting.

            ## Next Meeting

            1 April 2025.
            """, "minutes.md");

        Assert.Equal(["Treasurer's report", "AOB", "Next Meeting"], meeting.Items.Select(i => i.Title));
        Assert.Single(meeting.Items[1].Actions);
    }

    [Theory]
    [InlineData("Essex County Council")]
    [InlineData("2016-11-24 Open Standards Board Meeting")]
    public void A_heading_that_only_names_the_body_titles_the_document_and_is_no_item(string title)
    {
        var meeting = Parse.Text($"""
            ## {title}

            Minutes of the meeting held on 24 November 2016

            ## Declarations of interest

            None were declared.

            ## Finance

            The accounts were approved.
            """);

        Assert.Equal(["Declarations of interest", "Finance"], meeting.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("6. Follow up items:", "Follow up items")]
    [InlineData("6. Matters arising:", "Matters arising")]
    [InlineData("6. The following were noted:", null)]
    [InlineData("6. Councillors reported:", null)]
    public void A_numbered_phrase_in_sentence_case_ending_in_a_colon_titles_an_item(string line, string? title)
    {
        var meeting = Parse.Text($"""
            Minutes of the meeting of the Community Council held on 20 June 2017

            5. Questions from members of the public

            None raised.

            {line}

            Watson has drafted a letter to the surgery.

            7. Any other business

            None.
            """);

        Assert.Equal(title is null ? ["Questions from members of the public", "Any other business"] : ["Questions from members of the public", title, "Any other business"],
            meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_numbered_paragraph_that_reads_as_a_sentence_is_the_item_its_number_is_missing_from()
    {
        var meeting = Parse.Text("""
            Minutes of the Neighbourhood Plan Working Group meeting held on 19 October 2014

            1. Outline schedule to deliver the plan in March 2015

            It was agreed that JN and AC would investigate feasibility.

            2. December Development Control Committee meeting

            The updated Local Plan contains no allocation of housing.

            3. AC advised the group that he has reviewed a number of plans from other areas.

            It was agreed that three plans would be sent to the group as references.

            4. Request for maps of the parish to be sent to the group

            AC to arrange to be sent out with the minutes.
            """);

        Assert.Equal(["1", "2", "3", "4"], meeting.Items.Select(i => i.Number));
        Assert.Contains("three plans would be sent", Assert.Single(meeting.Items[2].Actions).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minute_number_missing_from_its_series_is_found_where_its_paragraph_opens()
    {
        var meeting = Parse.Text("""
            Minutes of the Parish Council meeting held on 7 July 2014

            14/86 APOLOGIES

            Apologies were received from Cllr. Smith.

            14/87 CITIZENSHIP AT STEEP SCHOOL – Cllr. Drew had forwarded the issues highlighted by the children.

            14/88 RURAL HOUSING QUESTIONNAIRE –The questionnaire had been circulated. It was agreed that Cllr. Robinson should respond on behalf of the Council.

            14/89 FINANCE

            The cheques were approved.
            """);

        Assert.Equal(["14/86", "14/87", "14/88", "14/89"], meeting.Items.Select(i => i.Number));
        Assert.Contains("Robinson should respond", Assert.Single(meeting.Items[2].Actions).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_numbered_from_one_inside_an_item_fills_no_gap_in_the_items_numbers()
    {
        var meeting = Parse.Text("""
            Minutes of the Neighbourhood Plan Working Group meeting held on 19 October 2014

            1. Outline schedule to deliver the plan in March 2015

            It was agreed that JN and AC would investigate feasibility.

            2. Framework of the plan

            The group asked two questions of each section.

            1. Was the section essential to the plan.

            2. Would it add value to the plan.

            3. Each section was then put on the list.

            5. Request for maps of the parish to be sent to the group

            AC to arrange to be sent out with the minutes.
            """);

        Assert.Equal(["1", "2", "5"], meeting.Items.Select(i => i.Number));
    }

    [Fact]
    public void An_action_set_in_bold_is_no_heading_and_stays_an_action_of_its_item()
    {
        var meeting = Parse.Text("""
            ## 05 Clerk's report

            The notices on either side of the canal have been replaced.

            #### HD to draft a letter and liaise with the landowner

            ## 06 Correspondence

            A letter was received from a resident about the swing bridge.
            """);

        Assert.Equal(["Clerk's report", "Correspondence"], meeting.Items.Select(i => i.Title));
        Assert.Equal(["HD to draft a letter and liaise with the landowner"], meeting.Items[0].Actions.Select(a => a.Text));
    }

    [Fact]
    public void A_minute_number_and_a_title_ending_in_a_colon_run_into_the_minute_are_an_item()
    {
        var meeting = Parse.Text("3210.Approval of minutes of previous meeting: Approved & signed as correct.\n\n3211. Financial Report:- Community account £13,650.35.\n");

        Assert.Equal([("3210", "Approval of minutes of previous meeting"), ("3211", "Financial Report")], meeting.Items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void A_number_without_a_stop_runs_into_its_minute_after_a_dashed_title_and_a_count_in_prose_does_not()
    {
        var meeting = Parse.Text("8. Grant Requests – the committee reviewed two applications.\n\n9 Earmarked Reserves – The RFO presented an updated report.\n\n2 Members of the public attended and spoke about the reserves.\n");

        Assert.Equal([("8", "Grant Requests"), ("9", "Earmarked Reserves")], meeting.Items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void Minutes_kept_as_a_table_of_items_and_outcomes_give_an_item_and_its_decision_a_row()
    {
        var meeting = Parse.Document("""
            # Design Authority 25/07/2025

            ## Items

            | Reference | Item | Outcome |
            |---|---|---|
            | TDA-006 | Update Terms of Reference | Approved & Action TDA-A004 |
            | TDA-007 | Demonstration of the catalogue | Noted |
            """, "minutes.md");

        Assert.Equal(
            [("Update Terms of Reference", "Approved & Action TDA-A004"), ("Demonstration of the catalogue", "Noted")],
            meeting.Items.Select(i => (i.Title, string.Join(" | ", i.Resolutions.Select(r => r.Text)))));
    }

    [Fact]
    public void A_minute_code_runs_into_its_minute_straight_under_the_line_before()
    {
        var meeting = Parse.Text("82/23 Apologies: Cllr A Edwards sent his apologies.\n83/23 Declarations of Interest: There were no declarations of interest made at this meeting.\n84/23 Highways: The Clerk reported on the potholes.\n");

        Assert.Equal(["82/23", "83/23", "84/23"], meeting.Items.Select(i => i.Number));
    }

    [Fact]
    public void Where_paragraphs_open_with_headings_in_capitals_each_is_an_item_and_a_lone_one_is_not()
    {
        var meeting = Parse.Text("""
            MINUTES of the meeting of ASHCOMBE PARISH COUNCIL held on Monday 12th September 2016 at 7pm in the Village Hall.

            THE MINUTES of the previous meeting were read, approved and signed.

            FINANCE. A cheque was signed for the mower service.

            PLANNING. A letter had been received from the District Council.

            HIGHWAYS AND FOOTPATHS. The Clerk was asked to write about the footpath.
            """);

        Assert.Equal(["THE MINUTES", "FINANCE", "PLANNING", "HIGHWAYS AND FOOTPATHS"], meeting.Items.Select(i => i.Title));
        Assert.DoesNotContain(Parse.Text("Agenda item\n\nWork Programme\n\nHIGHWAYS ENGLAND would report back in March.\n").Items, i => i.Title == "HIGHWAYS ENGLAND");
    }

    [Fact]
    public void Where_numbered_paragraphs_open_with_a_title_and_a_full_stop_each_is_an_item_and_a_lone_one_is_not()
    {
        var meeting = Parse.Text("""
            The 421st Meeting of Broomhill Community Council was held on Wednesday 8th February 2023, at 7.00 p.m.

            3. Minutes of Previous Meetings. The minutes of Meeting no 420 had earlier been approved online.
            4. Police Report. A report was received and circulated.
            5. Councillors Reports - No reports had been received.
            6. Office Bearers’ Reports. A) Chair- B) Vice Chair – No Report.
            """);

        Assert.Equal(["Minutes of Previous Meetings", "Police Report", "Councillors Reports", "Office Bearers’ Reports"], meeting.Items.Select(i => i.Title).OfType<string>());
        Assert.DoesNotContain(Parse.Text("7. Planning\n\nThe Clerk reported on two applications.\n\n1. Cllr Smith Arrived. He apologised for being late.\n").Items, i => i.Title == "Cllr Smith Arrived");
    }

    [Fact]
    public void Text_saved_with_a_pages_line_breaks_is_read_as_the_page()
    {
        var meeting = Parse.Text("Minutes of a meeting of the Council held on Monday 10th January 2022 at 7.00pm.<br /><br />Present: Cllrs Hayward and Evans.<br /><br />3207.Apologies for absence: Cllr Hoskins.<br /><br />3208. Public Forum: None.<br /><br />");

        Assert.Equal(["3207", "3208"], meeting.Items.Select(i => i.Number));
    }

    [Fact]
    public void A_numbered_heading_whose_first_part_runs_on_is_titled_without_it()
    {
        var meeting = Parse.Text("52/24 Council Business a) Decisions:\nThe council agreed the plan. Clerk to ensure these are posted on the Website.\n\n53/24 Planning Applications\nNone.\n");

        Assert.Equal([("52/24", "Council Business"), ("53/24", "Planning Applications")], meeting.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal("Clerk to ensure these are posted on the Website.", meeting.Items[0].Actions.Single().Text);
    }

    [Fact]
    public void A_number_line_above_its_title_and_a_title_above_its_number_both_make_items()
    {
        var portal = Parse.Text("16.\n\nCouncil Minutes pdf icon PDF 164 KB\n\nMinutes:\n\nThe minutes were taken as read.\n\n17.\n\nThe Mayor's Announcements\n\nMinutes:\n\nThe Mayor announced an award.\n");
        var printed = Parse.Text("APOLOGIES\nPLA146/14\nApologies for absence were recorded from Councillor Weeden.\nSITE INSPECTIONS\nPLA149/14\nThe Chairman advised that a site visit had been undertaken.\n");

        Assert.Equal([("16", "Council Minutes"), ("17", "The Mayor's Announcements")], portal.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal([("PLA146/14", "APOLOGIES"), ("PLA149/14", "SITE INSPECTIONS")], printed.Items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void Link_artefacts_are_cut_from_titles_and_kept_as_documents()
    {
        var item = Parse.Text("No. Item\n\nChildren's Social Care Update pdf icon PDF 67 KB\n\nThe Board received a report.\n").Items.Single();

        Assert.Equal("Children's Social Care Update", item.Title);
        var document = Assert.Single(item.Documents);
        Assert.Equal("67 KB", document.Size);
    }

    [Fact]
    public void A_flattened_portal_table_row_is_one_item_with_its_heading_cell_as_title()
    {
        var meeting = Parse.Text("""
            No. | Item |
            Minutes: The Minutes of the meeting held on 8 November 2021 were taken as read. |
            PUBLIC QUESTION TIME Minutes: It was confirmed that no public questions had been received. |
            EXECUTIVE BOARD MINUTES Additional documents: Minutes: The minutes were attached for information. |
            """);

        Assert.Equal([null, "PUBLIC QUESTION TIME", "EXECUTIVE BOARD MINUTES"], meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void A_document_flattened_to_one_line_is_cut_into_items_where_its_minute_numbers_count_up()
    {
        // A PDF's text copied as one paragraph: only the numbering, 66, 67, 68 before capitals, still shows where items start.
        // A lone number before a capital ("2017 The"), a sum ("£5.") or years counting up after their months start nothing.
        var filler = string.Concat(Enumerable.Repeat("Members discussed the matter at length and asked questions of the officers present. ", 6));
        var meeting = Parse.Text(
            "MINUTES of the meeting of the Transport Committee held on Friday, 15th September, 2017 The following Members were present: Councillor P Davies. " +
            "66. APOLOGIES FOR ABSENCE Apologies for absence were received from Councillor A Moorhead. " +
            $"67. DECLARATIONS OF INTEREST There were none. {filler}The cost of £5. Each member agreed. It ran to 26 November 2021. The results came in the New Year 2022. Members were told. " +
            $"68. BUS SERVICES The Committee considered a report on bus services. {filler}RESOLVED: That the report be noted.");

        Assert.Equal(["66", "67", "68"], meeting.Items.Select(i => i.Number));
        Assert.Equal("That the report be noted.", Assert.Single(meeting.Items[2].Resolutions).Text);
    }

    [Fact]
    public void In_a_flattened_document_a_title_in_title_case_ends_where_its_minute_opens_a_sentence()
    {
        var filler = string.Concat(Enumerable.Repeat("Members discussed the matter at length and asked questions of the officers present. ", 6));
        var meeting = Parse.Text(
            $"C30/16 Apologies Councillor T Quinn. {filler}" +
            $"C31/16 Declarations of Interest The Chair reminded Members of their responsibility. {filler}" +
            "C32/16 Chair’s Business Councillor Wilson requested that a letter of congratulations be forwarded to the cyclists.");

        Assert.Equal(["Apologies", "Declarations of Interest", "Chair’s Business"], meeting.Items.Select(i => i.Title));
        Assert.Contains("letter of congratulations", Assert.Single(meeting.Items[2].Actions).Text);
    }

    [Fact]
    public void A_minute_code_with_a_colon_before_its_title_starts_an_item()
    {
        var meeting = Parse.Text("""
            Example CCG Governing Body Meeting in Public
            Held on 3rd March 2022 via Microsoft Teams

            GBP/2122/255: Welcome, Apologies & Quoracy

            The Chair welcomed members to the meeting.

            GBP/2122/256: Questions received from members of the public

            No questions were received from members of the public.
            """);

        Assert.Equal(["GBP/2122/255", "GBP/2122/256"], meeting.Items.Select(i => i.Number));
        Assert.Equal("Questions received from members of the public", meeting.Items[1].Title);
    }

    [Fact]
    public void In_a_flattened_document_a_body_prefixed_minute_number_starts_an_item_and_a_title_ends_where_its_words_repeat()
    {
        var filler = string.Concat(Enumerable.Repeat("Members discussed the matter at length and asked questions of the officers present. ", 6));
        var meeting = Parse.Text(
            "Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 " +
            "Cou/285/07-08 Present Members: Cllr P Batty, Cllr Beck and Cllr Yarwood. " +
            $"Cou/286/07-08 Apologies for Absence Apologies for absence were received from Cllr Purves. {filler}" +
            $"Cou/287/07-08 Declarations of Interest Cllr Beck declared an interest in item 7. {filler}");

        Assert.Equal(["Cou/286/07-08", "Cou/287/07-08"], meeting.Items.Select(i => i.Number).Where(n => n != "Cou/285/07-08"));
        Assert.Equal("Apologies for Absence", meeting.Items.Single(i => i.Number == "Cou/286/07-08").Title);
        Assert.Equal(["P Batty", "Beck", "Yarwood"], meeting.Attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void In_a_flattened_document_a_decision_label_in_capitals_ends_the_title_before_it()
    {
        var filler = string.Concat(Enumerable.Repeat("Members discussed the matter at length and asked questions of the officers present. ", 8));
        var meeting = Parse.Text(
            $"67. DECLARATIONS OF INTEREST There were none. {filler}" +
            "68. MINUTES OF THE MEETING HELD ON 18 AUGUST 2017 RESOLVED – That the minutes of the meeting held on 18 August 2017 be approved as a correct record. " +
            $"69. BUS SERVICES The Committee considered a report on bus services. {filler}");

        var minutes = meeting.Items[1];
        Assert.Equal(("68", "MINUTES OF THE MEETING HELD ON 18 AUGUST 2017"), (minutes.Number, minutes.Title));
        Assert.Equal("That the minutes of the meeting held on 18 August 2017 be approved as a correct record.", Assert.Single(minutes.Resolutions).Text);
    }

    [Fact]
    public void Items_whose_headings_were_lost_are_separated_by_the_wider_gap_of_the_page()
    {
        // Paragraphs two blank lines apart, items five: the row's heading cell left nothing but the wider gap.
        var meeting = Parse.Text(
            "No. Item\n\n\n\n\nThe Minutes of the meeting held on 7th March 2006 were signed.\n\n\nThey were signed by the Chairman.\n\n\n\n\n" +
            "It was noted that no questions had been received.\n\n\nNone were expected.\n\n\n\n\n" +
            "The Minutes of the Executive Board were submitted.\n\n\nMembers discussed them.\n\n\nRESOLVED: That the Minutes be noted.\n");

        Assert.Equal(3, meeting.Items.Count);
        Assert.Single(meeting.Items[2].Resolutions);
    }

    [Fact]
    public void An_issue_page_has_one_item_per_meeting_that_considered_it()
    {
        var meeting = Parse.Text("""
            Issue - meetings

            Children and Young People's Plan

            Meeting: 20/07/2011 - Council (Item 27)

            27 Children and Young People's Plan 2011-14 pdf icon PDF 36 KB

            RESOLVED: That Council endorse and adopt the Plan.

            Meeting: 30/06/2011 - Executive Board (Item 19)

            19 Children and Young People's Plan 2011-14 - KEY DECISION

            The Board received a report.
            """);

        Assert.Equal(["27", "19"], meeting.Items.Select(i => i.Number));
        Assert.Equal("Council", meeting.Committee);
        Assert.Equal(new DateOnly(2011, 7, 20), meeting.Date);
        Assert.Equal(DocumentScope.SomeItems, meeting.Scope);
    }

    [Fact]
    public void An_agenda_item_page_is_one_item_titled_by_the_line_after_its_caption()
    {
        var item = Parse.SingleItem("Agenda item\n\nScrutiny Letters.\n\nMinutes:\n\nThe Chair reported the Scrutiny Letters Log.\n\nSupporting documents:\n");

        Assert.Equal("Scrutiny Letters.", item.Title);
        Assert.Null(item.Number);
    }

    [Fact]
    public void The_printed_action_column_names_the_owner_and_never_joins_the_body()
    {
        var item = Parse.Text("""
            *Action*

            #### CYP16 SUPPORTING FAMILIES UPDATE

            It was noted that the Programme had been transferred to the Department of Education (DfE) from the

            Executive Director  
            of Children's  
            Services

            Department of Levelling Up in April 2024. Officers would return to the Board with further details.

            RESOLVED: That the report be noted.
            """).Items.Single();

        Assert.Equal("Executive Director of Children's Services", item.ActionOwner);
        Assert.Contains("from the Department of Levelling Up", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Executive Director", item.Text, StringComparison.Ordinal);
        Assert.Equal("Executive Director of Children's Services", Assert.Single(item.Actions).Owner?.Name);
    }

    [Fact]
    public void Sections_numbered_under_an_item_belong_to_it()
    {
        var meeting = Parse.Text("""
            ### 2. Presentations and discussions

            ### 2.1 Discovery findings

            The team presented its findings.

            ### 2.2 Future of the board

            The board discussed its future.

            ### 3. Any other business

            None.
            """);

        Assert.Equal(["2", "3"], meeting.Items.Select(i => i.Number));
        Assert.Contains("The board discussed its future.", meeting.Items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_document_that_numbers_its_items_an_unnumbered_heading_is_a_sub_heading_of_the_item()
    {
        var meeting = Parse.Text("""
            ### 44/23 Welcome and Apologies

            The Chair welcomed everyone.

            ### 45/23 Council Business

            ### a) Decisions

            The council approved the quote for leaf clearance.

            ### 23/01505/TCA Old Almshouses, Church Street

            No objection.

            ### 46/23 Finance

            All was in order.
            """);

        Assert.Equal(["44/23", "45/23", "46/23"], meeting.Items.Select(i => i.Number));
        Assert.Contains("No objection.", meeting.Items[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agenda_wording_under_a_linked_title_and_a_contact_line_do_not_start_items()
    {
        var meeting = Parse.Text("""
            127.

            Confirmation of Minutes pdf icon PDF 91 KB

            To sign as a correct record the Minutes of the Meeting held on 9 April 2019

            Contact Karen Nixon Tel 01743 257720.

            Minutes:

            RESOLVED – That the Minutes of the Meeting held on 9 April 2019 be signed as a correct record.

            128.

            Budget pdf icon PDF 200 KB

            Minutes:

            RESOLVED – That the report be noted.
            """);

        Assert.Equal(["127", "128"], meeting.Items.Select(i => i.Number));
        Assert.Single(meeting.Items[0].Resolutions);
    }

    [Fact]
    public void A_parish_month_year_reference_numbers_items_and_the_signature_line_is_no_item()
    {
        var meeting = Parse.Text("""
            ### 08.22.01 Apologies

            Apologies had been received from Owen Birch.

            ### 08.22.02 Declarations of interest

            There were no declarations of interest.

            ### 08.22.03 Planning

            No objection was raised.

            ### Signed ………………………… Date …………………………
            """);

        Assert.Equal(["08.22.01", "08.22.02", "08.22.03"], meeting.Items.Select(i => i.Number));
    }

    [Fact]
    public void A_due_line_under_an_action_note_is_a_field_of_the_action_not_an_item()
    {
        var meeting = Parse.Text("""
            Transparency Strategy general update

            The Board welcomed the international aspects of the strategy.

            Action: The Director will present on the partnership at a future Board.

            Due: September

            Data from the Health Sector

            The Board noted the plans for health data.
            """);

        Assert.Equal(["Transparency Strategy general update", "Data from the Health Sector"], meeting.Items.Select(i => i.Title));
        Assert.Single(meeting.Items[0].Actions);
    }

    [Fact]
    public void A_numbered_apologies_line_is_an_item_titled_by_its_label()
    {
        var meeting = Parse.Text("""
            MINUTES OF PARISH COUNCIL MEETING on 8th July 2024 at 7.30pm

            Present:
            Cllr Harvey Marcovitch - Chairman
            Cllr Duncan Collins

            45/24    Apologies Cllr D Walshe
            46/24    Welcome to 9 members of the Public
            47/24    Declarations of Interest - none
            """);

        Assert.Equal(["45/24", "46/24", "47/24"], meeting.Items.Select(i => i.Number));
        Assert.Equal("Apologies", meeting.Items[0].Title);
    }

    [Fact]
    public void Where_headings_are_marked_a_plain_short_line_is_part_of_the_item_and_a_marked_number_titles_one_word()
    {
        var meeting = Parse.Text("""
            ## 55 Matters Arising

            There were no matters arising.

            ## 56 The Open standards process

            There was a further discussion on how to engage with departments.

            Engagement should go beyond the web

            A user need identified in this discussion was for a register of open standards.

            ## 57 Defibrillators

            Committee considered locations for defibrillators from the budget.
            """);

        Assert.Equal(["55", "56", "57"], meeting.Items.Select(i => i.Number));
        Assert.Equal("Defibrillators", meeting.Items[2].Title);
    }

    [Fact]
    public void A_year_and_sequence_number_before_a_title_in_capitals_numbers_an_item_and_a_paragraph_number_does_not()
    {
        var meeting = Parse.Text("""
            21.44 ELECTION OF CHAIR OF THE COUNCIL

            It was RESOLVED that Cllr Porter be elected Chair of the Council.

            21.45 DECLARATIONS OF INTEREST

            21.46 The Clerk reported that no declarations had been received.
            """);

        Assert.Equal(["21.44", "21.45"], meeting.Items.Select(i => i.Number));
    }

    [Theory]
    [InlineData("Item 1 –", "Item 2 –", "1", "2")]
    [InlineData("Agenda Item 1:", "Agenda Item 2:", "1", "2")]
    [InlineData("Minute 23/045", "Minute 23/046", "23/045", "23/046")]
    [InlineData("Min 101.", "Min 102.", "101", "102")]
    [InlineData("PC/24/01", "PC/24/02", "PC/24/01", "PC/24/02")]
    [InlineData("23/24-045", "23/24-046", "23/24-045", "23/24-046")]
    [InlineData("1.0", "2.0", "1.0", "2.0")]
    [InlineData("Cou/286/07-08", "Cou/287/07-08", "Cou/286/07-08", "Cou/287/07-08")]
    [InlineData("1)", "2)", "1", "2")]
    public void Every_common_numbering_scheme_numbers_the_items(string first, string second, string firstNumber, string secondNumber)
    {
        var meeting = Parse.Text($"""
            Minutes of the meeting of Ashby Parish Council held on 5 March 2024

            Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown

            {first} Apologies for absence

            Apologies were received from Cllr D White.

            {second} Planning applications

            The council considered two applications and raised no objection.
            """);

        Assert.Equal([(firstNumber, "Apologies for absence"), (secondNumber, "Planning applications")], meeting.Items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void A_decisions_parts_numbered_with_a_bracket_are_no_items()
    {
        var meeting = Parse.Text("""
            Minutes of the meeting of the Scrutiny Committee held on 5 March 2024

            ## Annual Scrutiny Report

            It was moved by Councillor T Eynon, seconded by Councillor M Blair-Park, and

            1) The report be received ahead of its submission to Council

            2) Authority be delegated to the Chairs to amend the final document

            ## Minutes of the last meeting

            The minutes were approved.
            """);

        Assert.Equal(["Annual Scrutiny Report", "Minutes of the last meeting"], meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void An_agenda_printed_before_the_minutes_is_no_items_and_the_titles_minuted_after_it_are()
    {
        var meeting = Parse.Text("""
            # Open Data User Group

            Minutes of the meeting held on 13 May 2014

            ## Agenda

            1 Chair's welcome and update

            2 Data Requests

            3 Any other business

            ## Chair's welcome and update

            The Chair welcomed members to the meeting and reported on recent work.

            ## Data Requests and Benefits Cases

            Members reviewed the open requests and agreed new priorities.

            ## Any other business

            There was no other business.
            """);

        Assert.Equal(["Chair's welcome and update", "Data Requests and Benefits Cases", "Any other business"], meeting.Items.Select(i => i.Title));
        Assert.All(meeting.Items, i => Assert.Null(i.Number));
    }

    [Fact]
    public void A_minute_number_after_a_decisions_lettered_parts_starts_the_next_minute()
    {
        var meeting = Parse.Text("""
            47. BUDGET MONITORING REPORT

            The Cabinet considered a report of the Director of Resources.

            RESOLVED – That:

            (a) the forecast outturn position be noted; and

            (b) the virements set out in Appendix 2 be approved.

            48. LOCAL TRANSPORT PLAN

            RESOLVED – That the draft plan be approved for consultation.
            """);

        Assert.Equal([("47", "BUDGET MONITORING REPORT"), ("48", "LOCAL TRANSPORT PLAN")], meeting.Items.Select(i => (i.Number, i.Title)));
        Assert.Equal(2, meeting.Items[0].Resolutions.Count);
    }

    [Fact]
    public void Where_the_items_are_headings_a_numbered_list_under_one_is_its_content_and_numbers_after_the_last_are_items()
    {
        const string page = """
            ## Actions

            1. Circulate the reviewed protocols

            2. Members to send their protocols to the network

            ## CT Protocols

            It was agreed to publish regional protocols.

            ## Summary

            The Board agreed the summary below.

            1. Introduction

            The Chair welcomed members.

            2. Presentations

            Two presentations were given.
            """;

        var items = Parse.Document(page, "minutes.md").Items;

        Assert.Equal([(null, "Actions"), (null, "CT Protocols"), (null, "Summary"), ("1", "Introduction"), ("2", "Presentations")], items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void Items_start_after_the_attendance_and_the_notes_set_beside_it()
    {
        Block[] blocks =
        [
            new(BlockKind.Heading, "MINUTES OF PARISH COUNCIL MEETING at THE VILLAGE HALL on 8th July 2024 at 7.30pm"),
            new(BlockKind.Text, "Present:"),
            new(BlockKind.ActionNote, "Clerk: Gail Williams"),
            new(BlockKind.Text, "Cllr Harvey Marcovitch - Chairman Cllr Duncan Collins Cllr Miranda Ker"),
            new(BlockKind.ActionNote, "Members of the Public 9"),
            new(BlockKind.Text, "46/24 Welcome to 9 members of the Public"),
            new(BlockKind.Text, "47/24 Declarations of Interest - none"),
            new(BlockKind.Text, "48/24 Minutes of Meeting on 13th May - accepted"),
        ];

        Assert.Equal(["46/24", "47/24", "48/24"], ItemNumbers(blocks));
    }

    [Fact]
    public void Items_start_after_an_attendance_list_set_as_a_heading()
    {
        Block[] blocks =
        [
            new(BlockKind.Heading, "MINUTES OF THE PARISH COUNCIL MEETING ON 27th June 2024"),
            new(BlockKind.Text, "Present: Members of the Public:"),
            new(BlockKind.Heading, "Nick Oakhill (NO) CHAIR Cllr Andrew McHugh Heidi Dennison (HD) Neal Ship (NS)"),
            new(BlockKind.Heading, "06.24.01 Apologies"),
            new(BlockKind.Text, "Apologies had been received from John Hoodless"),
            new(BlockKind.Heading, "06.24.02 Declarations of interest"),
            new(BlockKind.Text, "There were no declarations of interest"),
        ];

        Assert.Equal(["06.24.01", "06.24.02"], ItemNumbers(blocks));
    }

    private static IEnumerable<string?> ItemNumbers(Block[] blocks) =>
        Parse.Blocks(blocks).Items.Select(i => i.Number);
}
