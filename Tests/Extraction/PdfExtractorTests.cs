using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Extraction.Pdf;
using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CouncilMinutes.Tests.Extraction;

public sealed class PdfExtractorTests
{
    private const string Owner = "Executive Director of Children's Services";

    private static readonly string Printed = Path.Combine(AppContext.BaseDirectory, "Corpus", "printed", "halton-cyp-2024-09-09.pdf");
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pdf");
    private static readonly Lazy<IReadOnlyList<Block>> Halton = new(() => Extract(File.ReadAllBytes(Printed)));

    private static IReadOnlyList<Block> Extract(byte[] pdf) => new PdfExtractor().Extract(pdf, CancellationToken.None).Blocks;

    private static int IndexOf(IReadOnlyList<Block> blocks, Func<Block, bool> match) => blocks.ToList().FindIndex(b => match(b));

    [Fact]
    public void Action_column_text_never_lands_in_the_body()
    {
        var body = Halton.Value.Where(b => b.Kind != BlockKind.ActionNote).ToList();

        // The only body mention is CYP16's own sentence ("a report from the Executive Director of Children's Services, which…").
        var mention = Assert.Single(body, b => b.Text.Contains(Owner, StringComparison.Ordinal));
        Assert.Contains(Owner + ", which provided", mention.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(body, b => b.Text.EndsWith("Executive", StringComparison.Ordinal) || b.Text.Contains("noted. Executive", StringComparison.Ordinal));
    }

    [Fact]
    public void Action_column_cell_is_one_note_after_the_resolution_beside_it()
    {
        var blocks = Halton.Value;
        var notes = blocks.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block.Kind == BlockKind.ActionNote).ToList();

        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.Equal(Owner, n.Block.Text));
        Assert.Equal("RESOLVED: That the presentation is noted.", blocks[notes[0].Index - 1].Text);
        Assert.Equal("RESOLVED: That the report be noted.", blocks[notes[1].Index - 1].Text);
        Assert.StartsWith("RESOLVED: That the Performance Management reports for quarter 1", blocks[notes[2].Index - 1].Text, StringComparison.Ordinal);

        int Item(string code) => IndexOf(blocks, b => b.Text.StartsWith(code + " ", StringComparison.Ordinal));
        Assert.InRange(notes[0].Index, Item("CYP14"), Item("CYP15"));
        Assert.InRange(notes[1].Index, Item("CYP16"), Item("CYP17"));
        Assert.True(notes[2].Index > Item("CYP17"));
    }

    [Fact]
    public void Action_column_header_is_dropped()
    {
        Assert.DoesNotContain(Halton.Value, b => b.Text.Contains("Action", StringComparison.Ordinal) && b.Text.Length < 10);
        Assert.Contains(Halton.Value, b => b is { Kind: BlockKind.Heading, Text: "ITEMS DEALT WITH UNDER DUTIES EXERCISABLE BY THE BOARD" });
    }

    [Fact]
    public void Item_headings_come_out_as_headings_in_order()
    {
        var headings = Halton.Value.Where(b => b.Kind == BlockKind.Heading && b.Text.StartsWith("CYP", StringComparison.Ordinal)).Select(b => b.Text).ToList();

        Assert.Equal(
        [
            "CYP10 MINUTES", "CYP11 PUBLIC QUESTION TIME", "CYP12 EXECUTIVE BOARD MINUTES", "CYP13 ANNUAL REPORT - 2023-24",
            "CYP14 CHILDREN'S SOCIAL CARE UPDATE", "CYP15 SEND IMPROVEMENT PLAN AND PARENT SURVEY", "CYP16 SUPPORTING FAMILIES UPDATE",
            "CYP17 PERFORMANCE MANAGEMENT REPORT FOR QUARTER 1 2024/25",
        ], headings);
    }

    [Theory]
    [InlineData("The Board received a presentation on the progress made in the areas identified by OFSTED as areas for improvement, including workforce stability.")]
    [InlineData("Officers provided updates and statistical information on the use of the Family Hubs in Halton since they opened. A further update would be provided at a future meeting of the Board.")]
    [InlineData("The Board considered a report from the Executive Director of Children's Services, which provided an update of the Supporting Families Programme.")]
    public void Paragraph_running_over_a_page_break_is_one_block(string paragraph) =>
        Assert.Contains(Halton.Value, b => b is { Kind: BlockKind.Text } && b.Text == paragraph);

    [Fact]
    public void Bullets_become_list_items_without_their_glyph()
    {
        var items = Halton.Value.Where(b => b.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(18, items.Count);
        Assert.StartsWith("Previously, embedding a systemic model", items[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Halton.Value, b => b.Text.Contains('\uF0B7', StringComparison.Ordinal) || b.Text.StartsWith('•'));
    }

    [Fact]
    public void Numbered_entries_stay_text_with_their_number()
    {
        Assert.Contains(Halton.Value, b => b is { Kind: BlockKind.Text, Text: "1. Strategic Oversight and Governance;" });
        Assert.Contains(Halton.Value, b => b is { Kind: BlockKind.Text, Text: "5. Education Health and Care Plans." });
    }

    [Fact]
    public void Year_range_wrapped_at_its_hyphen_keeps_the_hyphen() =>
        Assert.Contains(Halton.Value, b => b.Text.Contains("improvement in 2024-25 were agreed", StringComparison.Ordinal));

    [Fact]
    public void Printed_minutes_read_as_the_same_paragraphs_as_their_text_copy()
    {
        // seeds/001 is the same minutes as text: the PDF must give the same body text, paragraph for paragraph.
        var seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", "seeds", "001_8374e71d7d5c0b11.txt"));
        var fromText = new PlainTextExtractor().Extract(seed, CancellationToken.None).Blocks
            .Where(b => b.Kind != BlockKind.ActionNote && b.Text != "Action").Select(b => b.Text);
        var fromPdf = Halton.Value.Where(b => b.Kind != BlockKind.ActionNote).Select(b => b.Text);

        Assert.Equal(fromText, fromPdf);
    }

    [Fact]
    public void A_line_starting_in_lower_case_goes_on_with_the_unfinished_sentence_above_whatever_its_font()
    {
        var pdf = new PrintedPdf()
            .Page()
            .Line("5 Benches", bold: true).Space()
            .Line("Cllr Garwood raised replacing the stolen bench from Alkerton Lane. Cllr Garwood to explore")
            .Line("costs and this to be an agenda item for decision at the next meeting.", bold: true)
            .Build();

        var meeting = Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!;

        var item = Assert.Single(meeting.Items);
        Assert.Contains("to explore costs and this", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_tables_rows_are_read_cell_by_cell_with_each_owner_beside_its_row()
    {
        // The reference and owner cells sit 2 points below their row's first line: read line by line, the cells interleave.
        var pdf = new PrintedPdf()
            .Page()
            .Line("5 Actions from the previous meeting", bold: true).Space()
            .Line("No", bold: true).Beside("Action", 130).Beside("Owner", 400).Beside("Update", 460)
            .Line("Playground - AS will contact Kompan to find", 130).Beside("July22.01", 60, drop: 2).Beside("AS", 400, drop: 2)
            .Line("out what the situation is", 130)
            .Line("Order bark for the play area", 130).Beside("July22.02", 60, drop: 2).Beside("NO", 400, drop: 2).Beside("In hand", 460, drop: 2)
            .Space(2)
            .Line("6 Planning", bold: true)
            .Line("There were no applications.")
            .Build();

        var meeting = Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!;

        var actions = meeting.Items[0].Actions;
        // Each row's action cell is an action, worded as a commitment or not; its owner is the row's owner cell.
        Assert.Equal(["Playground - AS will contact Kompan to find out what the situation is", "Order bark for the play area"], actions.Select(a => a.Text));
        Assert.Equal(["AS", "NO"], actions.Select(a => a.Owner?.Name));
        Assert.Contains("In hand", meeting.Items[0].Text, StringComparison.Ordinal);
        // The table ends where the next item begins.
        Assert.Equal(2, meeting.Items.Count);
        Assert.DoesNotContain("applications", meeting.Items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_table_whose_header_ends_a_page_goes_on_over_the_page_where_a_wrapped_owner_stays_in_its_row()
    {
        var pdf = new PrintedPdf()
            .Page(footer: "Page 1 of 2")
            .Line("8. Actions for follow-up at next meeting", bold: true).Space()
            .Line("Who").Beside("What", 130).Beside("Status", 460)
            .Page(footer: "Page 2 of 2")
            .Line("Watson").Beside("Follow up on the surgery with the MSP", 130)
            .Line("Gemma /").Beside("Set up a sub-committee to work on the website /", 130)
            .Line("Andrea").Beside("twitter.", 130)
            .Line("Iain").Beside("Progress the access route improvement from", 130)
            .Line("Garelochhead", 130)
            .Build();

        var meeting = Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!;

        var actions = Assert.Single(meeting.Items).Actions;
        Assert.Equal(
            ["Follow up on the surgery with the MSP", "Set up a sub-committee to work on the website / twitter.", "Progress the access route improvement from Garelochhead"],
            actions.Select(a => a.Text));
        Assert.Equal(["Watson", "Gemma / Andrea", "Iain"], actions.Select(a => a.Owner?.Name));
    }

    [Fact]
    public void A_line_set_well_below_an_action_tables_last_row_is_not_that_rows()
    {
        var pdf = new PrintedPdf()
            .Page(footer: "Page 1 of 1")
            .Line("8. Actions for follow-up at next meeting", bold: true).Space()
            .Line("Who").Beside("What", 130).Beside("Status", 460)
            .Line("Watson").Beside("Follow up on the surgery with the MSP", 130)
            .Line("George").Beside("Update on progress with the estate on the shore walk", 130)
            .Space(4)
            .Line("[End of Minutes]", 250)
            .Build();

        var meeting = Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!;

        Assert.Equal(["Follow up on the surgery with the MSP", "Update on progress with the estate on the shore walk"],
            Assert.Single(meeting.Items).Actions.Select(a => a.Text));
    }

    [Fact]
    public void A_row_under_a_tables_item_reference_that_names_its_own_owner_is_a_row_of_its_own()
    {
        var pdf = new PrintedPdf()
            .Page()
            .Line("ACTIONS FOR FOLLOW UP AT NEXT MEETING", bold: true).Space()
            .Line("Agenda item").Beside("Who", 230).Beside("What", 330)
            .Line("Environment").Beside("Carole Spencer", 230).Beside("Purchase pet scanner", 330)
            .Line("Church lights").Beside("Watson", 230).Beside("Follow up with the tree surgeon", 330)
            .Line("Robinson", 230).Beside("Check if any electrical work needs to be done", 330)
            .Build();

        var meeting = Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!;

        var actions = Assert.Single(meeting.Items).Actions;
        Assert.Equal(["Purchase pet scanner", "Follow up with the tree surgeon", "Check if any electrical work needs to be done"], actions.Select(a => a.Text));
        Assert.Equal(["Carole Spencer", "Watson", "Robinson"], actions.Select(a => a.Owner?.Name));
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_dropped_but_the_first_header_titles_the_document()
    {
        var pdf = new PrintedPdf()
            .Page("Planning Committee - 9 September 2024", "Page 1 of 2")
            .Line("PLA1 APPLICATIONS", bold: true).Space()
            .Line("The Committee considered the application for the erection of two dwellings")
            .Line("on land to the rear of the High Street.").Space()
            .Page("Planning Committee - 9 September 2024", "Page 2 of 2")
            .Line("RESOLVED: That the application be approved.")
            .Build();

        var blocks = Extract(pdf);

        Assert.Equal(
        [
            "Planning Committee - 9 September 2024",
            "PLA1 APPLICATIONS",
            "The Committee considered the application for the erection of two dwellings on land to the rear of the High Street.",
            "RESOLVED: That the application be approved.",
        ], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_column_headed_decisions_and_action_points_holds_numbered_actions_from_its_header_down()
    {
        var pdf = new PrintedPdf()
            .Page()
            .Line("Name").Beside("Organisation", 200).Beside("Affiliation", 380)
            .Line("Andy Watson").Beside("Whitworth Chemists", 200).Beside("Independent", 380)
            .Space()
            .Line("Item").Beside("Discussion", 100).Beside("Decisions and Action Points", 380)
            .Line("02", 60, bold: true).Beside("Visitors", 100)
            .Line("Officers attended to explain proposals", 100)
            .Line("on needle exchange funding, to replace", 100).Beside("01-01 AG to submit counter-", 380)
            .Line("the flat rate with an activity payment.", 100).Beside("proposal", 380)
            .Line("Agreed to invite the new CEO to the AGM.", 100).Beside("01-02 SB to invite new CEO", 380)
            .Line("to the AGM", 380)
            .Line("Approved the purchase of thermometers", 100).Beside("01-03 SB to progress purchase", 380)
            .Line("for all contractors.", 100).Beside("of ear thermometers", 380)
            .Build();

        var actions = Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!.Items.SelectMany(i => i.Actions).ToList();

        // A table above the column's header keeps its third column: it is no note beside the minutes.
        Assert.DoesNotContain(Extract(pdf), b => b.Kind == BlockKind.ActionNote && b.Text.Contains("Independent", StringComparison.Ordinal));

        Assert.Contains(actions, a => a.Text == "AG to submit counterproposal" && a.Owner?.Name == "AG");
        Assert.Contains(actions, a => a.Text == "SB to invite new CEO to the AGM" && a.Owner?.Name == "SB");
        Assert.Contains(actions, a => a.Text == "SB to progress purchase of ear thermometers");
    }

    [Fact]
    public void An_attendance_table_under_a_header_row_gives_its_names_without_their_organisations()
    {
        var pdf = new PrintedPdf()
            .Page()
            .Line("NORTH OF TYNE LPC COMMITTEE", bold: true)
            .Line("Date: Wednesday 10th January 2018").Space()
            .Line("PRESENT:")
            .Line("Name").Beside("Organisation", 240).Beside("Affiliation", 400)
            .Line("Amanda Lertoria").Beside("Lloyds", 240).Beside("CCA", 400)
            .Line("Ann Gunning").Beside("NoT LPC", 240).Beside("Head of Services & Support", 400)
            .Space()
            .Line("IN ATTENDANCE:")
            .Line("Name").Beside("Organisation", 240).Beside("Affiliation", 400)
            .Space(2)
            .Line("APOLOGIES:")
            .Line("Name").Beside("Organisation", 240).Beside("Affiliation", 400)
            .Line("Geraint Morris").Beside("Boots", 240).Beside("CCA", 400)
            .Space()
            .Line("01 Introduction", bold: true)
            .Line("Apologies received as above.")
            .Build();

        var attendance = Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!.Attendance;

        Assert.Equal(["Amanda Lertoria", "Ann Gunning"], attendance.Present.Select(p => p.Name));
        Assert.Equal(["Geraint Morris"], attendance.Apologies.Select(p => p.Name));
        Assert.Empty(attendance.Officers);
    }

    [Fact]
    public void A_numbered_title_in_bold_run_into_its_paragraph_is_the_items_heading()
    {
        var pdf = new PrintedPdf()
            .Page()
            .Line("Minutes of Meeting (no.441) of Broomhill Community Council", bold: true).Space()
            .Line("3. Councillor reports", bold: true).Beside("Local Place Plan identified green space in", 190)
            .Line("lower Broomhill. EH volunteered to join the steering group.")
            .Line("12. AOCB. RH", bold: true).Beside("reiterated his dissent to the proposals.", 160)
            .Line("1. Present:", bold: true).Beside("Roy Hamdy, Isobel Yates.", 140)
            .Build();

        var blocks = Extract(pdf);

        Assert.Contains(blocks, b => b is { Kind: BlockKind.Heading, Text: "3. Councillor reports" });
        Assert.Contains(blocks, b => b.Kind == BlockKind.Text && b.Text.StartsWith("Local Place Plan identified", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b is { Kind: BlockKind.Heading, Text: "12. AOCB" });
        Assert.Contains(blocks, b => b.Kind == BlockKind.Text && b.Text.StartsWith("RH reiterated", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Kind == BlockKind.Text && b.Text.StartsWith("1. Present: Roy Hamdy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BAAAAA+DejaVuSerif-Bold", true)]
    [InlineData("Arial,Bold", true)]
    [InlineData("NNCBWE+CMBX12", true)]
    [InlineData("SFBX1000", true)]
    [InlineData("QHHVLN+CMR10", false)]
    [InlineData("Calibri", false)]
    public void A_fonts_name_says_whether_it_is_bold_in_word_processors_and_tex_alike(string name, bool bold) =>
        Assert.Equal(bold, FontWeights.IsBoldName(name));

    [Fact]
    public void A_superscript_raised_into_its_own_line_goes_back_beside_the_word_it_follows()
    {
        var pdf = new PrintedPdf()
            .Page()
            .Line("Meeting (no.446) of", 200, bold: true)
            .Line("Broomhill Community Council", 180, bold: true)
            .Line("10", 200).Superscript("th", "December 2025 19.00")
            .Space()
            .Line("1. Welcome")
            .Build();

        var texts = Extract(pdf).Select(b => b.Text).ToList();

        Assert.Contains("10th December 2025 19.00", texts);
        Assert.DoesNotContain(texts, t => t.EndsWith(" th", StringComparison.Ordinal) || t == "th");
    }

    [Fact]
    public void Bare_page_numbers_are_dropped()
    {
        var pdf = new PrintedPdf()
            .Page(footer: "1").Line("The meeting opened at 6.00 p.m.")
            .Page(footer: "2").Line("Meeting ended at 8.35 p.m.")
            .Build();

        Assert.Equal(["The meeting opened at 6.00 p.m.", "Meeting ended at 8.35 p.m."], Extract(pdf).Select(b => b.Text));
    }

    [Fact]
    public void Sentence_cut_by_a_page_break_is_one_paragraph()
    {
        var pdf = new PrintedPdf()
            .Page("Licensing Sub-Committee", "Page 1")
            .Line("Members noted that the applicant had agreed to the conditions proposed by")
            .Page("Licensing Sub-Committee", "Page 2")
            .Line("the police and that no further representations had been received.")
            .Build();

        Assert.Equal(
            ["Licensing Sub-Committee", "Members noted that the applicant had agreed to the conditions proposed by the police and that no further representations had been received."],
            Extract(pdf).Select(b => b.Text));
    }

    [Fact]
    public void Heading_at_the_foot_of_a_page_does_not_run_into_the_next_page()
    {
        var pdf = new PrintedPdf()
            .Page().Line("Members noted the report.").Space().Line("15 URGENT BUSINESS")
            .Page().Line("There was no urgent business.")
            .Build();

        Assert.Equal(
            [(BlockKind.Text, "Members noted the report."), (BlockKind.Heading, "15 URGENT BUSINESS"), (BlockKind.Text, "There was no urgent business.")],
            Extract(pdf).Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Word_hyphenated_at_a_line_end_is_made_whole()
    {
        var pdf = new PrintedPdf().Page()
            .Line("The Highways Manager reported that the proposed junction improve-")
            .Line("ments would be completed before the end of the financial year.")
            .Build();

        var block = Assert.Single(Extract(pdf));
        Assert.Contains("junction improvements would be completed", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Vertical_space_becomes_gap_before()
    {
        var pdf = new PrintedPdf().Page()
            .Line("Members of the Committee were present in person.")
            .Line("Apologies were received from Councillor Smith.")
            .Space()
            .Line("The Chair welcomed the new clerk.")
            .Space(3)
            .Line("Meeting ended at 8.35 p.m.")
            .Build();

        Assert.Equal([0, 0, 1, 3], Extract(pdf).Select(b => b.GapBefore));
    }

    [Fact]
    public void Minutes_set_line_under_line_are_one_block_each()
    {
        var pdf = new PrintedPdf().Page()
            .Line("45/24 Apologies Cllr D Walshe")
            .Line("46/24 Welcome to 9 members of the Public")
            .Line("47/24 Declarations of Interest - none")
            .Build();

        Assert.Equal(["45/24 Apologies Cllr D Walshe", "46/24 Welcome to 9 members of the Public", "47/24 Declarations of Interest - none"],
            Extract(pdf).Select(b => b.Text));
    }

    [Fact]
    public void People_listed_one_to_a_line_stay_apart_while_a_wrapped_sentence_is_one_block()
    {
        var pdf = new PrintedPdf().Page()
            .Line("Present:")
            .Line("Francis Maude (Chair)")
            .Line("Sir Tim Berners-Lee")
            .Line("Professor Nigel Shadbolt")
            .Line("The Board considered the draft terms of reference and agreed that the work programme")
            .Line("would be published for comment.")
            .Build();

        Assert.Equal(
            ["Present:", "Francis Maude (Chair)", "Sir Tim Berners-Lee", "Professor Nigel Shadbolt",
             "The Board considered the draft terms of reference and agreed that the work programme would be published for comment."],
            Extract(pdf).Select(b => b.Text));
    }

    [Fact]
    public void Words_in_a_font_neither_embedded_nor_installed_keep_their_spaces()
    {
        // Many minutes name Arial without embedding it; where no such font is installed (a server, a container) the reader
        // gives each glyph the font's whole box, far wider than the glyph, and the words' boxes overlap.
        var block = Assert.Single(Extract(UninstalledFontPdf("Business Management Committee")));

        Assert.Equal("Business Management Committee", block.Text);
    }

    /// <summary>One line in a TrueType font that is only named: widths declared, no font program, a wide font box.</summary>
    private static byte[] UninstalledFontPdf(string line)
    {
        var content = $"BT /F1 12 Tf 60 760 Td ({line}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            $"<< /Type /Font /Subtype /TrueType /BaseFont /NoSuchInstalledSans /FirstChar 32 /LastChar 126 /Widths [{string.Join(' ', Enumerable.Repeat(500, 95))}] /FontDescriptor 6 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /FontDescriptor /FontName /NoSuchInstalledSans /Flags 32 /FontBBox [-600 -300 2000 1000] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        ];

        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }

    [Fact]
    public void Bold_lines_and_short_capital_lines_are_headings()
    {
        var pdf = new PrintedPdf().Page()
            .Line("Declarations of Interest", bold: true).Space()
            .Line("None were declared.").Space()
            .Line("14 PLANNING APPLICATIONS").Space()
            .Line("RESOLVED: That the report be noted.")
            .Build();

        Assert.Equal([BlockKind.Heading, BlockKind.Text, BlockKind.Heading, BlockKind.Text], Extract(pdf).Select(b => b.Kind));
    }

    [Fact]
    public void Right_column_without_header_is_an_action_note_when_prose_fills_up_to_it()
    {
        var blocks = Extract(UpdateWithRightColumn("Head of", "Children's", "Services"));

        var note = Assert.Single(blocks, b => b.Kind == BlockKind.ActionNote);
        Assert.Equal("Head of Children's Services", note.Text);
        Assert.DoesNotContain(blocks, b => b.Kind != BlockKind.ActionNote && b.Text.Contains("Head of", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_spaces_after_a_full_stop_in_a_justified_line_are_no_gutter_to_the_action_column()
    {
        // Prose words 4.5 points apart from 60; the owner column starts where the last line's sentence ends, 9 points on.
        static PdfWord[] Prose(double baseline, params string[] words)
        {
            var left = 60.0;
            return words.Select(w => { var word = Word(w, left, baseline); left = word.Right + 4.5; return word; }).ToArray();
        }

        static PdfWord Word(string text, double left, double baseline) => new(text, left, left + (text.Length * 5), baseline, baseline + 10, 10, false);

        var last = Prose(758, "repairs", "to", "this", "road", "are", "not", "yet", "scheduled", "and", "the", "Clerk", "was", "asked.");
        var gutter = last[^1].Right + 9;
        PdfLine[] lines =
        [
            new(1, [.. Prose(800, "The", "Board", "received", "an", "update", "on", "the", "recruitment", "of", "new", "foster"), Word("Clerk", gutter, 800)]),
            new(1, [.. Prose(786, "and", "the", "steps", "being", "taken", "to", "increase", "the", "number", "of", "placements"), Word("Clerk", gutter, 786)]),
            new(1, [.. Prose(772, "in", "the", "Borough", "and", "the", "figures", "for", "the", "second", "quarter", "year"), Word("Chair", gutter, 772)]),
            new(1, [.. last, Word("The", gutter, 758), Word("Chair", gutter + 19.5, 758)]),
        ];

        var split = ColumnSplitter.Split([new PdfPageText(1, 595, 842, lines)]);

        Assert.Equal(["Clerk", "Clerk", "Chair"], split.ActionColumn.Select(l => l.Text));
        Assert.EndsWith("asked. The Chair", split.Body[0].Lines[3].Text);
    }

    [Fact]
    public void A_piece_of_a_sentence_cut_off_into_the_right_column_names_no_owner()
    {
        var pdf = UpdateWithRightColumn("an update has", "been received on", "the");

        var action = Assert.Single(Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!.Items.SelectMany(i => i.Actions));

        Assert.DoesNotContain("been received", action.Owner?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_cell_that_says_who_is_to_do_what_gives_the_doer_as_owner()
    {
        var pdf = new PrintedPdf().Page()
            .Aside("Action", 395)
            .Line("The Board received an update on the recruitment of foster carers")
            .Line("and it was agreed that the draft plans would be sent to the Board").Beside("JN to send the", 395)
            .Line("as examples for the next meeting of the Board.").Beside("plans", 395).Space()
            .Line("RESOLVED: That the update be noted.")
            .Build();

        var action = Assert.Single(Support.Parse.Bytes(pdf, "minutes.pdf").Meeting!.Items.SelectMany(i => i.Actions));

        Assert.Equal("JN", action.Owner?.Name);
    }

    /// <summary>A paragraph whose last two lines have a cell of a right-hand column beside them, a third cell below, then a decision.</summary>
    private static byte[] UpdateWithRightColumn(string first, string second, string third) =>
        new PrintedPdf().Page()
            .Line("The Board received an update on the recruitment of foster carers")
            .Line("and the steps being taken to increase the number of placements in")
            .Line("the Borough. Officers would report back on progress at the next").Beside(first, 395)
            .Line("meeting of the Board, with the figures for the second quarter.").Beside(second, 395)
            .Aside(third, 395).Space()
            .Line("RESOLVED: That the update be noted.")
            .Build();

    [Fact]
    public void Action_cell_split_by_a_page_break_is_one_note_after_its_paragraph()
    {
        var pdf = new PrintedPdf().Page()
            .Aside("Action", 395)
            .Line("The Board received an update on the recruitment of foster carers")
            .Line("and the steps being taken to increase the number of placements in")
            .Line("the Borough. Officers would report back on progress at the next").Beside("Head of", 395)
            .Page()
            .Line("meeting of the Board, with the figures for the second quarter.").Beside("Children's", 395)
            .Aside("Services", 395).Space()
            .Line("RESOLVED: That the update be noted.")
            .Build();

        Assert.Equal(
        [
            (BlockKind.Text, "The Board received an update on the recruitment of foster carers and the steps being taken to increase the number "
                             + "of placements in the Borough. Officers would report back on progress at the next meeting of the Board, with the "
                             + "figures for the second quarter."),
            (BlockKind.ActionNote, "Head of Children's Services"),
            (BlockKind.Text, "RESOLVED: That the update be noted."),
        ], Extract(pdf).Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Password_protected_pdf_is_unreadable_as_encrypted()
    {
        var result = Parse("encrypted.pdf");

        Assert.Equal(UnreadableReason.Encrypted, result.Failure?.Reason);
        Assert.Contains("unprotected copy", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_with_only_a_permissions_password_is_read()
    {
        var blocks = Extract(File.ReadAllBytes(Path.Combine(Fixtures, "owner-only.pdf")));

        Assert.Equal("CYP10 MINUTES", blocks[0].Text);
    }

    [Fact]
    public void Scanned_pdf_is_unreadable_for_want_of_a_text_layer()
    {
        var result = Parse("scanned.pdf");

        Assert.Equal(UnreadableReason.NoTextLayer, result.Failure?.Reason);
        Assert.Contains("scanned", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("OCR is not supported", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_pdf_is_unreadable_as_corrupt() =>
        Assert.Equal(UnreadableReason.Corrupt, Parse("damaged.pdf").Failure?.Reason);

    [Fact]
    public void Cancelled_extraction_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new PdfExtractor().Extract(File.ReadAllBytes(Printed), cancelled.Token));
    }

    [Fact]
    public void Cut_short_pdf_is_read_or_reported_unreadable_never_crashes()
    {
        var whole = File.ReadAllBytes(Printed);
        Prop.ForAll(Gen.Choose(0, whole.Length - 1).ToArbitrary(), length => ReadsOrRefuses(whole[..length]))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void Garbage_after_a_pdf_header_is_reported_unreadable_never_crashes()
    {
        var header = "%PDF-1.7\n"u8.ToArray();
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), tail => ReadsOrRefuses([.. header, .. tail]))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    private static bool ReadsOrRefuses(byte[] pdf)
    {
        try
        {
            new PdfExtractor().Extract(pdf, CancellationToken.None);
        }
        catch (UnreadableDocumentException)
        {
        }

        return true;
    }

    private static ParseResult Parse(string fixture) =>
        new MinutesParser().Parse(File.ReadAllBytes(Path.Combine(Fixtures, fixture)), fixture);

    [Fact]
    public void Words_the_pen_spaced_without_a_space_character_are_read_apart()
    {
        // TJ moves the pen a third of an em between words and writes no space, as some producers do.
        var pdf = SimplePdf.Build("BT /F1 12 Tf 72 700 Td [(MINUTES) -330 (OF) -330 (THE) -330 (MEETING)] TJ ET");

        Assert.Equal("MINUTES OF THE MEETING", Assert.Single(Extract(pdf)).Text);
    }
}
