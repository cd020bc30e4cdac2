using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Parsing.Structure;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

public class AttendanceTests
{
    [Fact]
    public void Labelled_lists_give_names_without_councillor_and_mark_chair_and_vice_chair()
    {
        var attendance = Parse.Text("""
            Present: Councillors Logan (Chair), C. Plumpton Walsh (Vice-Chair), Baker, P. Lloyd Jones and Ryan

            Apologies for Absence: Councillors Ratcliffe and Skinner

            Absence declared on Council business: None

            Officers present: A. Jones, B. Holmes and K. Appleton

            Also in attendance: Councillor T. McInerney, in accordance with Standing Order number 33

            CYP10 MINUTES

            The Minutes were signed.
            """).Attendance;

        Assert.Equal(["Logan", "C. Plumpton Walsh", "Baker", "P. Lloyd Jones", "Ryan"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Logan", attendance.Chair?.Name);
        Assert.Equal("C. Plumpton Walsh", attendance.ViceChair?.Name);
        Assert.Equal(["Ratcliffe", "Skinner"], attendance.Apologies.Select(p => p.Name));
        Assert.Equal(["A. Jones", "B. Holmes", "K. Appleton"], attendance.Officers.Select(p => p.Name));
        Assert.Equal(["T. McInerney"], attendance.AlsoAttending.Select(p => p.Name));
    }

    [Fact]
    public void In_a_semicolon_list_a_comma_parts_a_person_from_the_body_they_come_from()
    {
        var attendance = Parse.Text("""
            Present: Bill Hitchins, DNPA Chairman; Peter Thorn, British Canoeing; Phil Hutt, Preservation Association; Tony Clark, Ashcombe Trust

            1. Welcome

            The Chairman welcomed everyone to the meeting.
            """).Attendance;

        Assert.Equal(["Bill Hitchins", "Peter Thorn", "Phil Hutt", "Tony Clark"], attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void A_small_bodys_offices_as_labels_before_their_holders_keep_them_members()
    {
        var attendance = Parse.Text("""
            Present: Chair: Mr A Ross: Secretary: Mrs B Lyle: Treasurer: Mr C Dunn Mrs D Hay, Messrs E Moir, F Baird

            1. Minutes of the previous meeting

            The minutes were approved.
            """).Attendance;

        Assert.Equal(["Mr A Ross", "Mrs B Lyle", "Mr C Dunn", "Mrs D Hay", "E Moir", "F Baird"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Mr A Ross", attendance.Chair?.Name);
        Assert.Empty(attendance.Officers);
    }

    [Fact]
    public void A_few_names_run_together_after_the_chair_are_read_a_forename_and_surname_at_a_time()
    {
        var attendance = Parse.Text("""
            Present: Cllrs. Ron Dale (in the Chair) Robin Forbes Jim MacLeod Tony Clare Gail Marsh, Brian Byrd

            1. Minutes of the previous meeting

            The minutes were approved.
            """).Attendance;

        Assert.Equal(["Ron Dale", "Robin Forbes", "Jim MacLeod", "Tony Clare", "Gail Marsh", "Brian Byrd"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Ron Dale", attendance.Chair?.Name);
    }

    [Theory]
    [InlineData("1. Apologies: Cllr Nina Hurst and Cllr Kate Ashby")]
    [InlineData("19/18 APOLOGIES – Apologies had been received from Cllrs. Kate Ashby and Nina Hurst")]
    public void A_numbered_apologies_item_names_its_apologies_in_a_list_or_a_sentence_run_into_its_title(string item)
    {
        var attendance = Parse.Text($"""
            Present: Cllrs. Jim Macey (in the Chair), Peter Crutch, Chris Lay

            {item}
            19/19 MINUTES – The Minutes of the meeting held on 7th January were approved and signed.
            """).Attendance;

        Assert.Equal(["Kate Ashby", "Nina Hurst"], attendance.Apologies.Select(p => p.Name).Order());
    }

    [Fact]
    public void A_roster_giving_each_persons_initials_before_their_post_parts_people_there()
    {
        var attendance = Parse.Text("""
            Present:
            Dr Anna Bright AB Clinical Chair
            Richard Chase RCp Chief Finance Officer
            Helen Dell HD Executive Director of Strategy and Delivery Ian Gibb IG Lay Member for Audit
            Professor Ian Shore IS Lay Member for Primary Care
            Apologies:
            Dr Bruce Brand BB Secondary Care Consultant

            1. Welcome

            The Chair welcomed members to the meeting.
            """).Attendance;

        Assert.Equal(["Dr Anna Bright", "Richard Chase", "Helen Dell", "Ian Gibb", "Professor Ian Shore"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Dr Bruce Brand"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void An_unlabelled_roll_under_the_plural_member_title_is_the_members_present_and_the_staff_under_it_officers()
    {
        var attendance = Parse.Text("""
            Minutes of the Meeting of Example Town Council held on 27 April 2021 at 6:30pm by Zoom Conference Call.

            Cllrs B Aston, D Brett, P Cole (Deputy Mayor), M Deane, A Mead (Town Mayor) and T Wise

            C Pinn, Acting Town Clerk

            L Fuller, Committee Services Officer

            1 Apologies for Absence

            Apologies were received from Cllr Dodd (personal).
            """).Attendance;

        Assert.Equal(["B Aston", "D Brett", "P Cole", "M Deane", "A Mead", "T Wise"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["C Pinn", "L Fuller"], attendance.Officers.Select(p => p.Name));
    }

    [Fact]
    public void The_column_of_posts_beside_a_column_of_names_names_no_member()
    {
        var attendance = Parse.Text("""
            PRESENT:

            Dr Nadia Farley

            Katherine Shore

            Dr Simon Bower

            Chair/GP

            Chief Officer

            Lay Member – Governance/Deputy Chair

            Practice Nurse

            1. INTRODUCTIONS AND APOLOGIES

            The Chair welcomed members to the meeting.
            """).Attendance;

        Assert.Equal(["Dr Nadia Farley", "Katherine Shore", "Dr Simon Bower"], attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void A_numbered_line_titled_only_by_a_lists_label_opens_that_list()
    {
        var attendance = Parse.Text("""
            Minutes of First Meeting of Example Community Council on 29th October 2019 at 7.30pm

            1. Present

            Carla Doyle, June Hart, Louise Reid, Simon Smith

            Apologies: Billy Doyle

            2. Appointment of the Chair

            June Hart was proposed as chair and accepted the nomination.
            """).Attendance;

        Assert.Equal(["Carla Doyle", "June Hart", "Louise Reid", "Simon Smith"], attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void In_a_semicolon_list_a_group_whose_commas_alternate_people_and_posts_is_cut_into_people()
    {
        var attendance = Parse.Text("""
            In Attendance: S MacLeod, Director of Environment; D Gill, Head of Facilities Management, K Carson, Senior Facilities Manager, C Dale, Regulatory Manager and D McNeil, Transportation Manager (all Environment)

            1. Apologies

            There were no apologies.
            """).Attendance;

        Assert.Equal(["S MacLeod", "D Gill", "K Carson", "C Dale", "D McNeil"], attendance.Officers.Select(p => p.Name));
    }

    [Theory]
    [InlineData("In Attendance: County Councillor, Rupert Openshaw Clerk, Jane Holloway")]
    [InlineData("In Attendance: Rupert Openshaw, County Councillor Jane Holloway, Clerk")]
    public void Lines_of_post_and_name_run_together_are_cut_back_into_people(string line)
    {
        var attendance = Parse.Text($"""
            Present: Cllrs. Ron Dale (in the Chair), Robin Forbes

            {line}

            19/23 Apologies – Apologies had been received from Cllr. Clark
            """).Attendance;

        Assert.Equal(["Jane Holloway"], attendance.Officers.Select(p => p.Name));
        Assert.Equal(["Rupert Openshaw"], attendance.AlsoAttending.Select(p => p.Name));
    }

    [Fact]
    public void Staff_present_are_officers_by_the_post_before_their_names_and_the_public_present_no_one()
    {
        var attendance = Parse.Text("""
            Present: Chair Cllr. C Evans, Cllr. P Rudd, Cllr. R A Williams
            Council Employees Present: RFO Clive Barker, Clerk/RFO Linda Ellis
            Members of the Public Present: Cllr H Davies
            82/23 Apologies: Cllr. A Edwards and Cllr A Doherty sent their apologies.
            """).Attendance;

        Assert.Equal(["C Evans", "P Rudd", "R A Williams"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Clive Barker", "Linda Ellis"], attendance.Officers.Select(p => p.Name));
        Assert.Equal(["A Edwards", "A Doherty"], attendance.Apologies.Select(p => p.Name));
        Assert.Empty(attendance.AlsoAttending);
    }

    [Fact]
    public void A_bodys_members_present_and_apologies_received_from_run_on_after_their_numbers_to_the_sentence_after_the_list()
    {
        var attendance = Parse.Text("""
            The 421st Meeting of Broomhill Community Council was held on Wednesday 8th February 2023, at 7.00 p.m.

            1. Committee Members Present were: Charles Scott, Lorna McWilliams (chair), and David Rennie. Also in attendance was local resident G Alan Ramsay

            2. Apologies were received from: Members Barbara McTavish, and Cllrs Lana Reid-McConnell and Eunis Jassemi

            3. Police Report - A report was received and circulated.
            """).Attendance;

        Assert.Equal(["Charles Scott", "Lorna McWilliams", "David Rennie"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Barbara McTavish", "Lana Reid-McConnell", "Eunis Jassemi"], attendance.Apologies.Select(p => p.Name));
        Assert.Equal(["Roy Hamdy", "Isobel Yates"], Parse.Text("1. Welcome\n\nCommittee members present were: Roy Hamdy (RH), Isobel Yates (IY).\n").Attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void A_joint_bodys_members_by_initials_and_their_councils_and_a_group_under_an_apologies_item_are_apologies()
    {
        var meeting = Parse.Text("""
            Minutes of the Executive Panel meeting of North Wales Fire and Rescue Authority held on Monday 15 February 2021 via Zoom.

            Present

            Councillors:
            P Lewis (Chair) Conwy County Borough Council
            M Bateman Flintshire County Council
            M Ll Davies Denbighshire County Council

            1 APOLOGIES

            Councillors:
            V Gay Flintshire County Council

            2 DECLARATIONS OF INTEREST

            There were no declarations of interest.
            """);

        Assert.Equal(["P Lewis", "M Bateman", "M Ll Davies"], meeting.Attendance.Present.Select(p => p.Name));
        Assert.Equal("Flintshire County Council", meeting.Attendance.Present[1].Note);
        Assert.Equal(["V Gay"], meeting.Attendance.Apologies.Select(p => p.Name));
        Assert.Equal(["APOLOGIES", "DECLARATIONS OF INTEREST"], meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void Names_set_in_bold_under_a_bare_label_are_that_lists_not_an_item()
    {
        Block[] blocks =
        [
            new(BlockKind.Heading, "Finance Committee Meeting Minutes 2 June 2025"),
            new(BlockKind.Text, "Councillors Present:"),
            new(BlockKind.Heading, "A Athwall N Beecroft-Smith A Cook"),
            new(BlockKind.Text, "Officers Present:"),
            new(BlockKind.Heading, "J Abbott – Town Clerk"),
            new(BlockKind.Heading, "1. Declaration of Interests"),
            new(BlockKind.Text, "None were declared."),
        ];

        var meeting = Parse.Blocks(blocks);

        Assert.Equal(["A Athwall", "N Beecroft-Smith", "A Cook"], meeting.Attendance.Present.Select(p => p.Name));
        Assert.Equal(["J Abbott"], meeting.Attendance.Officers.Select(p => p.Name));
        Assert.Equal(["Declaration of Interests"], meeting.Items.Select(i => i.Title));
    }

    [Fact]
    public void An_item_titled_for_apologies_among_other_business_gives_the_apologies_its_minute_records()
    {
        var attendance = Parse.Text("""
            Present: Cllr A Cook, Cllr R Gibson

            3. Welcome and to Receive and Accept Apologies for Absence – Apologies were noted from Cllrs Comber and Skinner.

            4. Declaration of Interests – None.
            """).Attendance;

        Assert.Equal(["Comber", "Skinner"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_scottish_rolls_groups_by_title_and_the_conveners_post_name_no_one()
    {
        var attendance = Parse.Text("""
            Present:-

            Lord Provost John R LETFORD

            BAILIES

            George REGAN

            COUNCILLORS

            Kevin KEENAN

            Lord Provost John R LETFORD, Convener, in the Chair.

            I DUNDEE SUN CITY - BOARD

            It was reported that the City Council had been invited to fill a vacancy.
            """).Attendance;

        Assert.DoesNotContain(attendance.Present, p => p.Name is "BAILIES" or "COUNCILLORS" or "Convener");
        Assert.Contains(attendance.Present, p => p.Name == "Kevin KEENAN");
    }

    [Fact]
    public void A_full_stop_may_part_the_present_label_from_a_member_title()
    {
        var attendance = Parse.Text("""
            Present. Cllrs.Chris Walton (in the Chair), Alan Bidwell, Brian Byrd

            24/01 Apologies – Apologies had been received from Cllr. James Plant
            """).Attendance;

        Assert.Equal(["Chris Walton", "Alan Bidwell", "Brian Byrd"], attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void A_member_title_on_its_own_heads_the_names_and_is_no_one()
    {
        var attendance = Parse.Text("""
            MINUTES OF THE MEETING OF EXAMPLE CITY COUNCIL HELD ON TUESDAY 26 FEBRUARY 2019 AT 1400 HOURS IN THE COUNCIL CHAMBER

            Present: Councillors

            Peter Fowler, Jayne Francis and Karen McCarthy

            1. NOTICE OF RECORDING

            The Lord Mayor advised that the meeting would be webcast.
            """).Attendance;

        Assert.DoesNotContain("Councillors", attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void In_a_document_flattened_to_one_line_an_attendance_label_starts_its_list()
    {
        var filler = string.Concat(Enumerable.Repeat("The Chair reminded Members of their responsibility with regard to declarations of interest. ", 6));
        var attendance = Parse.Text(
            "Minutes of Meeting of Mid Shire District Council held on Thursday 25 February 2016 in the Council Offices, Circular Road " +
            "Members Present: Councillors Ashton, Bateson, Bell and Buchanan " +
            $"1. APOLOGIES FOR ABSENCE Councillor T Quinn. 2. DECLARATIONS OF INTEREST {filler}").Attendance;

        Assert.Equal(["Ashton", "Bateson", "Bell", "Buchanan"], attendance.Present.Select(p => p.Name));
    }

    [Theory]
    [InlineData("minutes.txt", "At a meeting of the Example Combined Authority held on 15 September 2017\n\nP r e s e n t: Councillor P Davies and Councillor B Grunewald.\n\n1. DECLARATIONS OF INTEREST\n\nNone were made.\n")]
    [InlineData("minutes.html", "<p>At a meeting of the Example Combined Authority held on 15 September 2017</p><p>P r e s e n t: Councillor P Davies and Councillor B Grunewald.</p><h2>1. DECLARATIONS OF INTEREST</h2><p>None were made.</p>")]
    public void A_letter_spaced_label_is_read_as_its_word_in_any_format(string name, string content)
    {
        var result = Parse.Bytes(System.Text.Encoding.UTF8.GetBytes(content), name);

        Assert.Equal(["P Davies", "B Grunewald"], result.Meeting!.Attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void An_attendance_table_of_lists_side_by_side_is_read_a_column_at_a_time()
    {
        // Read by the row, "Bob Barr" and "Sam Roberts" share a line; each column is its own list, a label part way down starting the next.
        var docx = new CouncilMinutes.Tests.Extraction.WordDocument()
            .Paragraph("Open Data User Group, 13th May 2014")
            .Table([3000, 3000],
                ["Attendees", "Officials"],
                ["Heather Savory (Chair)", "Claudia Arney"],
                ["Bob Barr", "Sam Roberts"],
                ["Tom Smith", "Apologies"],
                ["Jeni Tennison", "Paul Fenton"])
            .Paragraph("1. Welcome", bold: true)
            .Paragraph("The Chair welcomed members.")
            .Build();

        var attendance = Parse.Bytes(docx, "minutes.docx").Meeting!.Attendance;

        Assert.Equal(["Heather Savory", "Bob Barr", "Tom Smith", "Jeni Tennison"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Claudia Arney", "Sam Roberts"], attendance.Officers.Select(p => p.Name));
        Assert.Equal(["Paul Fenton"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void An_html_attendance_table_of_lists_side_by_side_is_read_a_column_at_a_time()
    {
        const string html = "<p>Example Parish Council, 13th May 2014</p><table><tr><th>Present</th><th>Apologies</th></tr>" +
                            "<tr><td>Cllr Ann Smith</td><td>Cllr Tom Brown</td></tr><tr><td>Cllr Joe Bloggs</td><td></td></tr></table>" +
                            "<h2>1. Welcome</h2><p>The Chair welcomed members.</p>";

        var attendance = Parse.Document(html, "minutes.html").Attendance;

        Assert.Equal(["Ann Smith", "Joe Bloggs"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Tom Brown"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void Apologies_in_a_sentence_run_on_without_its_stop_end_where_the_next_sentence_opens()
    {
        var attendance = Parse.Text("""
            Minutes of the Meeting of Ashby Parish Council held on 4 February 2008

            1. Apologies for Absence

            Apologies for absence were received from Cllr Purves With the absence of the Vice Chairman it was proposed by Councillor P Batty that Councillor Beck be elected Vice Chairman.

            2. Declarations of Interest

            None were made.
            """).Attendance;

        Assert.Equal(["Purves"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void Titled_people_on_one_line_each_with_their_body_are_the_people_alone()
    {
        var attendance = Parse.Text("""
            Minute of Meeting of the Shadow Board held on Friday 20 January 2005 at 11.30am.

            PRESENT Mr C King, Highland Council (Chairman) Mr R Sclater, Orkney Islands Council Mrs Cobbold, Elliott, Dr Hall

            1. Minutes

            The minutes were approved.
            """).Attendance;

        Assert.Equal(["Mr C King", "Mr R Sclater", "Mrs Cobbold", "Elliott", "Dr Hall"], attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void Members_who_joined_the_meeting_virtually_were_present()
    {
        var attendance = Parse.Text("""
            1. Apologies and Announcements

            Apologies for absence were received from County Councillors Terry Aldridge and Samara Barnes.

            County Councillors Noordad Aziz, Nweeda Khan and Kim Snape joined the meeting virtually.

            2. Disclosure of Interests

            None declared.
            """).Attendance;

        Assert.Equal(["Noordad Aziz", "Nweeda Khan", "Kim Snape"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Terry Aldridge", "Samara Barnes"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_list_line_holding_the_next_lists_label_in_capitals_is_two_lists()
    {
        var attendance = Parse.Text("""
            Minute of Meeting of the Shadow Board held in the Drummond Room on Friday 20 January 2005 at 11.30am.

            PRESENT Mr C King (Chairman) Mr R Sclater (Vice-Chairman) OFFICIALS IN ATTENDANCE Mr C Kemp Mr D Duthie

            1. Minutes

            The Minute of the last meeting was approved.
            """).Attendance;

        Assert.Equal(["Mr C King", "Mr R Sclater"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Mr C Kemp", "Mr D Duthie"], attendance.Officers.Select(p => p.Name));
    }

    [Fact]
    public void A_list_continues_over_lines_and_keeps_bracketed_roles_as_notes()
    {
        var attendance = Parse.Text("""
            Present: Councillor Mrs Soyke (Chairman)
            Councillors Noakes (Vice-Chairman), Backhouse, Dr Hall and Webb
            Officers in Attendance: Tim Archer (Principal Planning Officer) and Jo Smith (Lawyer)
            APOLOGIES
            PLA146/14
            Apologies for absence were recorded from Councillor Weeden.
            """).Attendance;

        Assert.Equal(["Mrs Soyke", "Noakes", "Backhouse", "Dr Hall", "Webb"], attendance.Present.Select(p => p.Name));
        Assert.Equal(AttendeeRole.Chair, attendance.Present[0].Role);
        Assert.Equal([("Tim Archer", "Principal Planning Officer"), ("Jo Smith", "Lawyer")], attendance.Officers.Select(p => (p.Name, p.Note)));
        Assert.Equal("Weeden", Assert.Single(attendance.Apologies).Name);
    }

    [Fact]
    public void Apologies_minuted_as_an_item_name_the_absent_member_and_the_substitute()
    {
        var attendance = Parse.Text("""
            Items
            | No. |
            Item |
            17/25 |
            Apologies for Absence and Named Substitutes
            Minutes:
            Apologies for absence were received on behalf of Councillor D. Hopkins with Councillor H.D.N. Warren-Clarke in attendance as the substitute.
            |
            """).Attendance;

        Assert.Equal("D. Hopkins", Assert.Single(attendance.Apologies).Name);
        Assert.Equal("H.D.N. Warren-Clarke", Assert.Single(attendance.Substitutes).Name);
        Assert.Contains(attendance.Present, p => p.Name == "H.D.N. Warren-Clarke");
    }

    [Fact]
    public void An_officers_list_printed_without_separators_is_cut_into_job_titles()
    {
        var attendance = Parse.Text("""
            PRESENT: Councillor R Carlin (Chairman)

            IN ATTENDANCE: Lisburn & Castlereagh City Council

            Chief Executive Head of Human Resources & Organisational Development Head of Finance (Acting) PSCP/Member Services Manager Member Services Officer

            1. Apologies

            An apology for non-attendance at the meeting was accepted and recorded on behalf of the Deputy Mayor, Councillor J McCarthy.
            """).Attendance;

        Assert.Equal(
            ["Chief Executive", "Head of Human Resources & Organisational Development", "Head of Finance (Acting)", "PSCP/Member Services Manager", "Member Services Officer"],
            attendance.Officers.Select(o => o.Note is null ? o.Name : $"{o.Name} ({o.Note})"));
        Assert.Equal("J McCarthy", Assert.Single(attendance.Apologies).Name);
    }

    [Fact]
    public void A_title_before_each_name_parts_the_people_and_a_label_may_end_the_letterhead_line()
    {
        var attendance = Parse.Text("""
            MINUTES OF THE PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL ON 3rd MARCH 2025 AT 7.30 PM Present:
            Cllr Anne Rowley – Chairman Cllr Ben Ostler Cllr. Carys Medd Councillor Mrs. D. A. Pryce

            (Officials) Mrs M Hale, Chief Executive Mr T Oduya, Director of Corporate Services
            """).Attendance;

        Assert.Equal(["Anne Rowley", "Ben Ostler", "Carys Medd", "Mrs. D. A. Pryce"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Anne Rowley", attendance.Chair?.Name);
        Assert.Equal([("Mrs M Hale", "Chief Executive"), ("Mr T Oduya", "Director of Corporate Services")], attendance.Officers.Select(o => (o.Name, o.Note)));
    }

    [Theory]
    [InlineData("Present: Fiona Arkle FA Gregor Bain GB Iain Coull (SBC) IC Morag Dunn MD")]
    [InlineData("Present: Fiona Arkle (FA) CHAIR Gregor Bain (GB) Iain Coull (IC) Morag Dunn (MD) CLERK")]
    public void Names_each_followed_by_their_initials_are_parted_by_them(string line)
    {
        var attendance = Parse.Text(line + "\n\n1. Apologies\n\nNone.").Attendance;

        Assert.Equal(["Fiona Arkle", "Gregor Bain", "Iain Coull"], attendance.Present.Select(p => p.Name).Take(3));
        Assert.Contains("Morag Dunn", attendance.Present.Concat(attendance.Officers).Select(p => p.Name));
    }

    [Fact]
    public void A_post_in_capitals_after_the_initials_is_the_persons_role()
    {
        var attendance = Parse.Text("Present: Fiona Arkle (FA) CHAIR Gregor Bain (GB) Morag Dunn (MD) CLERK\n\n1. Apologies\n\nNone.").Attendance;

        Assert.Equal("Fiona Arkle", attendance.Chair?.Name);
        Assert.Equal("Morag Dunn", Assert.Single(attendance.Officers).Name);
    }

    [Fact]
    public void Column_labels_side_by_side_give_the_names_below_to_the_first_and_a_name_keeps_its_organisation_as_a_note()
    {
        var attendance = Parse.Text("""
            Minutes of the 3rd Meeting: 14th March 2013

            Attendees:

            Apologies:

            Priya Anand (Chair)

            Owen Birch, HMT

            Lena Carr, Home Office (Deputy)

            1. Introduction

            The Chair welcomed everyone.
            """).Attendance;

        Assert.Equal([("Priya Anand", null), ("Owen Birch", "HMT"), ("Lena Carr", "Home Office (Deputy)")], attendance.Present.Select(p => (p.Name, p.Note)));
        Assert.Empty(attendance.Apologies);
    }

    [Theory]
    [InlineData("Board Attendees", "Observers")]
    [InlineData("Attendees:", "Presenters:")]
    [InlineData("Attendance", "Observers")]
    public void Attendees_and_observers_are_attendance_labels(string present, string observers)
    {
        var attendance = Parse.Text($"{present}\n\nPriya Anand (Chair)\n\nOwen Birch\n\n{observers}\n\nLena Carr\n\n1. Introduction\n\nNoted.").Attendance;

        Assert.Equal(["Priya Anand", "Owen Birch"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Lena Carr", Assert.Single(attendance.AlsoAttending).Name);
    }

    [Fact]
    public void Members_of_the_public_and_runs_of_names_with_no_separator_are_nobody()
    {
        var attendance = Parse.Text("""
            Present: Members of the Public:

            Attendees: Alan Brook Chair Dana Carver Westshire Water Edwin Dale GDS Frank Ellis

            1. Introduction

            Noted.
            """).Attendance;

        Assert.Empty(attendance.Present);
    }

    [Fact]
    public void Apologies_that_had_been_received_name_the_absent()
    {
        var attendance = Parse.Text("1. Apologies\n\nApologies had been received from Owen Birch and Lena Carr\n\n2. Minutes\n\nApproved.").Attendance;

        Assert.Equal(["Owen Birch", "Lena Carr"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void Councillors_in_attendance_are_the_members_present_when_no_list_says_who_was_present()
    {
        var attendance = Parse.Text("""
            Minutes of Council Meeting held on Monday 3 February 2020 at 6.00pm

            In the Chair: Councillor C Casey

            In attendance: Councillor T Andrews Councillor P Brown Councillor R Burgess

            (Officials) Mrs M Ward, Chief Executive

            1. APOLOGIES

            Apologies were received from Councillor Hearty.
            """).Attendance;

        Assert.Equal(["C Casey", "T Andrews", "P Brown", "R Burgess"], attendance.Present.Select(p => p.Name));
        Assert.Empty(attendance.AlsoAttending);
        Assert.Equal("Mrs M Ward", Assert.Single(attendance.Officers).Name);
    }

    [Fact]
    public void Bulleted_names_under_an_apologies_item_and_posts_after_a_dash_are_read()
    {
        var attendance = Parse.Text("""
            ## Present

            - Alan Reid — Chair
            - Tessa Smith — Secretary
            - Dora Hale

            ## Apologies for Absence

            - Alison Carr
            - Cllr A Orr

            ## Public Forum

            - Welcome
            - Introductions
            """).Attendance;

        Assert.Equal(["Alan Reid", "Tessa Smith", "Dora Hale"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Secretary", attendance.Present[1].Note);
        Assert.Equal(["Alison Carr", "A Orr"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_titled_name_keeps_its_whole_post_after_a_dash_and_the_press_is_no_attendee()
    {
        var attendance = Parse.Text("""
            Minutes of the Trust Board held on 5 May 2020

            Present
            - Mr AC Marsh – Chief Executive Officer and voting member
            - Mr N Hudson – Performance and Improvement Director and voting member
            - Mr J Arrowsmith – Head of Communications
            - Ms C Tilley – Press
            Minutes

            1. Minutes

            The minutes were approved.
            """).Attendance;

        Assert.Equal(["Mr AC Marsh", "Mr N Hudson", "Mr J Arrowsmith"], attendance.Present.Concat(attendance.Officers).Select(p => p.Name));
        Assert.Equal("Chief Executive Officer and voting member", attendance.Present[0].Note);
    }

    [Fact]
    public void Councillors_attending_with_their_chair_are_the_members_present_when_no_list_says_who_was_present()
    {
        var attendance = Parse.Text("""
            Minutes of Parish Council 22 November 2023

            THOSE ATTENDING:

            Cllr K Burn

            Cllr G Huntley

            Cllr Vaughan (Chair)

            IN ATTENDANCE:

            Mrs A Brindley, Parish Clerk

            1. APOLOGIES FOR ABSENCE.

            Cllr L Watson sent apologies.
            """).Attendance;

        Assert.Equal(["K Burn", "G Huntley", "Vaughan"], attendance.Present.Select(p => p.Name));
        Assert.Equal(AttendeeRole.Chair, attendance.Present[2].Role);
        Assert.Equal("Mrs A Brindley", Assert.Single(attendance.Officers).Name);
    }

    [Fact]
    public void A_unitary_councillor_in_attendance_is_a_visiting_member()
    {
        var attendance = Parse.Text("""
            Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.

            Present:  Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark.
            In attendance:  Mrs S Roberts (Clerk) and Unitary Cllr J Davies.

            59.    To receive apologies for absence
            """).Attendance;

        Assert.Equal("Mrs S Roberts", Assert.Single(attendance.Officers).Name);
        Assert.Equal("J Davies", Assert.Single(attendance.AlsoAttending).Name);
    }

    [Fact]
    public void A_line_naming_nobody_keeps_the_list_open_and_an_initialled_name_ends_before_its_post()
    {
        var attendance = Parse.Text("""
            Minutes of the Statutory Annual Meeting of Melton Parish Council held on Wednesday 5 May 2021.

            Present:

            Cllr Mr A H Porter (Chair)

            Absent:

            There were no absences

            In Attendance:

            One member of the public

            Mr W Grosvenor Clerk and Executive Officer to the Parish Council

            21.44 ELECTION OF CHAIR OF THE COUNCIL

            It was RESOLVED that Cllr Porter be elected Chair of the Council.
            """).Attendance;

        Assert.Empty(attendance.Apologies);
        var clerk = Assert.Single(attendance.Officers);
        Assert.Equal(("Mr W Grosvenor", "Clerk and Executive Officer to the Parish Council"), (clerk.Name, clerk.Note));
    }

    [Fact]
    public void A_group_label_inside_a_list_is_no_one_and_keeps_the_list_open()
    {
        var attendance = Parse.Text("""
            At a meeting of the Combined Fire Authority held on Thursday 12 November 2015 at 10.00 a.m.
            Present:
            Durham County Councillors:
            Councillors D Bell, J Chaplow and B Graham.
            Independent Standards Members:
            Mr J Dykes
            A1 Declarations of interest
            There were no declarations of interest.
            """).Attendance;

        Assert.Equal(["D Bell", "J Chaplow", "B Graham", "Mr J Dykes"], attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void An_apology_for_whom_another_member_was_substitute_names_both()
    {
        var attendance = Parse.Text("""
            1. APOLOGIES FOR ABSENCE

            Apologies for absence were received from:

            Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute;

            Councillor Chris Barnfather, for whom Councillor Roger Jackson was substitute.

            2. DECLARATIONS OF INTERESTS

            None.
            """).Attendance;

        Assert.Equal(["Jon Collins", "Chris Barnfather"], attendance.Apologies.Select(p => p.Name));
        Assert.Equal(["Malcolm Wood", "Roger Jackson"], attendance.Substitutes.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Attendance: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown")]
    [InlineData("Members: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown")]
    [InlineData("Chair: Cllr A Smith\nCouncillors: B Jones, C Brown")]
    [InlineData("Present: Chairman Cllr A Smith, Cllr B Jones, Cllr C Brown")]
    [InlineData("45. Attended by: Cllrs A Smith (Chairman), B Jones, C Brown.")]
    public void The_members_and_their_chair_are_read_under_every_common_label(string lines)
    {
        var attendance = Parse.Text($"""
            Minutes of the meeting of Ashby Parish Council held on 5 March 2024

            {lines}

            1. Declarations of interest

            None were declared.
            """).Attendance;

        Assert.Equal(["A Smith", "B Jones", "C Brown"], attendance.Present.Select(p => p.Name));
        Assert.Equal(AttendeeRole.Chair, attendance.Present[0].Role);
    }

    [Theory]
    [InlineData("Absent: D White")]
    [InlineData("Absent:- Cllr D White (DW).")]
    [InlineData("ABSENT – Cllr D White")]
    public void Members_absent_without_apology_are_in_no_list(string line)
    {
        var attendance = Parse.Text($"""
            Minutes of the meeting of Ashby Parish Council held on 5 March 2024

            Present: A Smith, B Jones
            Apologies: C Brown
            {line}

            1. Declarations of interest

            None were declared.
            """).Attendance;

        Assert.Equal(["A Smith", "B Jones"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["C Brown"], attendance.Apologies.Select(p => p.Name));
        Assert.DoesNotContain(attendance.Officers.Concat(attendance.AlsoAttending), p => p.Name.Contains("White", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nicholas Oughtibridge, Health and Social Care Information Centre", "Nicholas Oughtibridge", AttendeeRole.Member)]
    [InlineData("James Stewart - Government Digital Services", "James Stewart", AttendeeRole.Member)]
    [InlineData("Magnus Falk, Government Digital Services (chair)", "Magnus Falk", AttendeeRole.Chair)]
    [InlineData("Councillor Dillon, Chair", "Dillon", AttendeeRole.Chair)]
    [InlineData("Paul Downey GDS", "Paul Downey", AttendeeRole.Member)]
    [InlineData("John Adams DfID (phone)", "John Adams", AttendeeRole.Member)]
    [InlineData("Liam Maxwell Chair", "Liam Maxwell", AttendeeRole.Chair)]
    [InlineData("Mr John Spence OBE", "Mr John Spence OBE", AttendeeRole.Member)]
    public void A_person_on_a_line_of_their_own_with_their_organisation_is_one_person(string line, string name, AttendeeRole role)
    {
        var attendance = Parse.Text($"""
            Minutes of the meeting of the Ashby Panel held on 5 March 2024

            Present:
            {line}

            1. Minutes

            The minutes were approved.
            """).Attendance;

        var person = Assert.Single(attendance.Present);
        Assert.Equal((name, role), (person.Name, person.Role));
    }

    [Fact]
    public void Under_a_list_a_line_that_only_says_apologies_opens_the_apologies_and_non_members_attend()
    {
        var attendance = Parse.Text("""
            Minutes of the meeting of the Ashby Panel held on 5 March 2024

            1. Minutes

            The minutes were approved.

            Attendees
            Priya Anand
            Non-members attending:
            Owen Birch
            Apologies
            Lena Carr
            """).Attendance;

        Assert.Equal(["Priya Anand"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Owen Birch"], attendance.Officers.Select(p => p.Name));
        Assert.Equal(["Lena Carr"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_list_of_members_set_in_columns_and_run_into_one_line_is_cut_where_the_surnames_fall_in_order()
    {
        var attendance = Parse.Text("""
            Minutes of the meeting of Ashby City Council held on 5 March 2024

            PRESENT:

            Councillors

            Amy Adams Ed Evans Jo Jones Ben Baker Fay Foster Kim King Cat Clarke Gurpreet Singh Gill Len Lewis Dan Davies Sir Hugh Hughes Meg Morgan

            1. Minutes

            The minutes were approved.
            """).Attendance;

        Assert.Equal(
            ["Amy Adams", "Ed Evans", "Jo Jones", "Ben Baker", "Fay Foster", "Kim King", "Cat Clarke", "Gurpreet Singh Gill", "Len Lewis", "Dan Davies", "Sir Hugh Hughes", "Meg Morgan"],
            attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void A_list_broken_off_by_the_labels_of_the_column_beside_it_goes_on_below_them_while_its_surnames_keep_their_order()
    {
        var attendance = Parse.Text("""
            Minutes of a meeting of Ashby District Council held on 26 September 2012.
            Members Present:
            Mr M Baker
            Mrs L Brettle
            Mr B Jarvis
            Officers in Attendance:
            Also in Attendance:
            49.
            Mr K E Johnson
            Mr G Jones
            The Chief Executive, the Monitoring Officer
            The Public and Press

            50. Minutes

            The minutes were approved.
            """).Attendance;

        Assert.Equal(["Mr M Baker", "Mrs L Brettle", "Mr B Jarvis", "Mr K E Johnson", "Mr G Jones"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Chief Executive", "Monitoring Officer"], attendance.Officers.Select(p => p.Name));
    }

    [Fact]
    public void Apologies_minuted_again_by_surname_name_the_same_people_once()
    {
        var attendance = Parse.Text("""
            Minutes of the meeting of Ashby Parish Council held on 3 June 2024

            Present: Cllr J Smith, Cllr A Brown
            Apologies: Cllr F Grey, Cllr G Pink

            1. Apologies for absence

            Apologies were received and accepted from Cllr Grey and Cllr Pink.
            """).Attendance;

        Assert.Equal(["F Grey", "G Pink"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_table_cell_beside_a_name_that_only_says_chair_makes_that_person_the_chair()
    {
        var result = Parse.Bytes(System.Text.Encoding.UTF8.GetBytes("""
            # Ashby Parish Council – Minutes of meeting, 3 June 2024

            | Present | |
            |---|---|
            | Cllr John Smith | Chair |
            | Cllr Anne Brown | |

            ## 1. Minutes

            The minutes were approved.
            """), "minutes.md");

        Assert.Equal([("John Smith", AttendeeRole.Chair), ("Anne Brown", AttendeeRole.Member)], result.Meeting!.Attendance.Present.Select(p => (p.Name, p.Role)));
    }

    [Fact]
    public void The_office_that_chairs_with_its_holder_in_brackets_gives_the_chair_and_a_vice_chair_label_the_vice_chair()
    {
        var attendance = Parse.Text("""
            Minutes of the meeting of Ashby City Council held on 26 February 2019

            PRESENT:- Lord Mayor (Councillor Yvonne Mosquito) in the Chair.
            Vice Chairman: Councillor Bert Wilson
            Members Present: Councillors Brown, Jones

            1. Apologies

            None.
            """).Attendance;

        Assert.Equal(
            [("Yvonne Mosquito", AttendeeRole.Chair), ("Bert Wilson", AttendeeRole.ViceChair), ("Brown", AttendeeRole.Member), ("Jones", AttendeeRole.Member)],
            attendance.Present.Select(p => (p.Name, p.Role)));
    }

    [Theory]
    [InlineData("Present: Mr J Smith (Chair), Mr C Green. In attendance: Mrs E Black (Clerk).")]
    [InlineData("Present: Mr J Smith (Chair), Mr C Green; Clerk: Mrs E Black")]
    public void The_next_list_starts_where_a_sentence_or_a_part_of_the_line_ends(string line)
    {
        var attendance = Parse.Text($"Minutes of the meeting of Ashby Parish Council held on 3 June 2024\n\n{line}\n\n1. Apologies\n\nNone.\n").Attendance;

        Assert.Equal(["Mr J Smith", "Mr C Green"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Mrs E Black", Assert.Single(attendance.Officers).Name);
    }

    [Fact]
    public void Surnames_after_a_councillor_are_more_councillors_not_an_organisation()
    {
        var attendance = Parse.Text("""
            Minutes of the meeting of Ashby Council held on 5 March 2024

            Present: Councillor A Smith

            1. Apologies

            Apologies were received from Councillors Hearty, Magennis and McEvoy.
            """).Attendance;

        Assert.Equal(["Hearty", "Magennis", "McEvoy"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void Attendance_listed_after_the_business_is_read_and_the_business_stays_minuted()
    {
        var minutes = Parse.Document("""
            Minutes of the Technical Panel meeting held on 22 September 2014

            ## Actions

            The Panel requested that the team produce a profile for the standard.

            ## The following people attended the meeting:

            * Magnus Falk, Government Digital Services (chair)
            * John Adams - Department for International Development

            ## Post meeting note

            The working group has since met.
            """, "minutes.md");

        Assert.Equal(["Actions", "Post meeting note"], minutes.Items.Select(i => i.Title));
        Assert.Contains("produce a profile", minutes.Items[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Magnus Falk", "John Adams"], minutes.Attendance.Present.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Apologies were received from the following:\n\nC Brown\n\nD White")]
    [InlineData("Apologies for absence were received on behalf of:\n\nCouncillor C Brown, Cabinet Member for Housing.\n\nCouncillor D White, Cabinet Member for Planning.")]
    [InlineData("Apologies from members.\n\nC Brown, Chief Executive (Ashby Council); and D White, Chief Executive (Barton Council).\n\nConflicts of Interest")]
    [InlineData("Apologies were received from the following members: Councillors C Brown and D White.")]
    [InlineData("Apologies for absence were received from Councillor C Brown and, D White - Director of Adult Social Care.")]
    public void Apologies_are_read_in_every_common_wording(string lines)
    {
        var attendance = Parse.Text($"""
            Minutes of the meeting of the Ashby Committee held on 5 March 2024

            Present: Councillor A Smith (Chair)

            1. Apologies for absence

            {lines}

            2. Declarations of interest

            None were declared.
            """).Attendance;

        Assert.Equal(["C Brown", "D White"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_councillor_noted_as_attending_as_a_substitute_is_present()
    {
        var attendance = Parse.Text("""
            Minutes of the meeting of the Ashby Committee held on 5 March 2024

            Present: Councillor A Smith (Chair)

            1. Apologies for absence

            Apologies were received from Councillor Morgan.

            It was noted that Councillor Poland was in attendance as a substitute for Councillor Morgan.
            """).Attendance;

        Assert.Equal(["A Smith", "Poland"], attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void An_apologies_heading_under_the_list_of_who_attended_goes_with_it_and_opens_no_item()
    {
        var minutes = Parse.Document("""
            Minutes of the meeting of Ashby Community Council held on 4 March 2025

            ## Present

            - Alan McFadzean — _Chair_
            - Amanda Wright
            - Cllr C Hamilton

            ## Apologies for Absence

            - Alison Currie

            ## Public Forum

            No members of the public attended.

            ## Treasurer's report

            The balance was noted.
            """, "minutes.md");

        Assert.Equal(["Public Forum", "Treasurer's report"], minutes.Items.Select(i => i.Title));
        Assert.Equal(["Alan McFadzean", "Amanda Wright", "C Hamilton"], minutes.Attendance.Present.Select(p => p.Name));
        Assert.Equal(["Alison Currie"], minutes.Attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_heading_over_the_attendance_that_is_not_a_numbered_item_opens_no_item()
    {
        var minutes = Parse.Text("""
            Minutes of the meeting of Ashby Borough Council held on 12 May 2010

            ## Attendance Details

            Present: Cllr A Smith, Cllr B Jones

            Officers: N Schneider (CE)

            ## Declarations of interest

            None were declared.

            ## Budget

            The budget was approved.
            """);

        Assert.Equal(["Declarations of interest", "Budget"], minutes.Items.Select(i => i.Title));
        Assert.Equal(["A Smith", "B Jones"], minutes.Attendance.Present.Select(p => p.Name));
    }

    [Fact]
    public void A_heading_apologies_heads_the_names_under_it()
    {
        var attendance = Parse.Text("""
            # Open Data User Group

            Minutes of the meeting held on 13 May 2014

            ## Attendees

            Heather Savory (Chair)

            Bob Barr

            ## Apologies

            Jacqui Taylor

            Paul Fenton

            ## Agenda

            1 Chair's welcome

            2 Data Requests

            3 Any other business

            ## Chair's welcome

            The Chair welcomed members to the meeting.
            """).Attendance;

        Assert.Equal(["Jacqui Taylor", "Paul Fenton"], attendance.Apologies.Select(p => p.Name));
    }

    [Fact]
    public void A_note_a_pdf_sets_beside_the_list_does_not_end_it_and_a_labelled_note_is_a_list_of_its_own()
    {
        Block[] blocks =
        [
            new(BlockKind.Text, "Present:"),
            new(BlockKind.ActionNote, "Clerk: Gail Williams"),
            new(BlockKind.Text, "Cllr Harvey Marcovitch - Chairman Cllr Duncan Collins Cllr Miranda Ker"),
            new(BlockKind.ActionNote, "Members of the Public 9"),
        ];

        var attendance = AttendanceReader.Read(blocks, new HashSet<int>(), stated: null);

        Assert.Equal(["Harvey Marcovitch", "Duncan Collins", "Miranda Ker"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Gail Williams"], attendance.Officers.Select(p => p.Name));
    }

    [Fact]
    public void A_note_of_full_names_beside_the_present_list_is_its_second_column()
    {
        Block[] blocks =
        [
            new(BlockKind.Text, "Present: Cllrs. Carol Robins (in the Chair) Jim Macey"),
            new(BlockKind.ActionNote, "Terry Cole Simon Bridge Peter Crutch"),
            new(BlockKind.Text, "Charles Gibbs"),
        ];

        var attendance = AttendanceReader.Read(blocks, new HashSet<int>(), stated: null);

        Assert.Equal(["Carol Robins", "Jim Macey", "Terry Cole", "Simon Bridge", "Peter Crutch", "Charles Gibbs"], attendance.Present.Select(p => p.Name));
    }
}
