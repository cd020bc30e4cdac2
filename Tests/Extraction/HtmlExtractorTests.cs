using System.Text;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Extraction.Html;
using CouncilMinutes.Parsing.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CouncilMinutes.Tests.Extraction;

public sealed class HtmlExtractorTests
{
    private const string AgendaAndMinutes = "halton_cyp_2023-01-23_agenda_and_minutes.html";
    private const string IssuePage = "halton_issue_ofsted_focused_visit.html";
    private const string AgendaItemPage = "halton_agenda_item_qmr.html";
    private const string DecisionsPage = "stevenage_planning_agenda_and_decisions.html";

    [Fact]
    public void Agenda_page_items_become_item_headings_with_numbers_and_clean_titles_in_order()
    {
        var items = Fixture(AgendaAndMinutes).Blocks.Where(b => b.Kind == BlockKind.ItemHeading).ToList();

        Assert.Equal(["36", "37", "38", "39", "40", "41", "42", "43"], items.Select(i => i.Number));
        Assert.Equal(
            [
                "MINUTES", "PUBLIC QUESTION TIME", "EXECUTIVE BOARD MINUTES", "Children's Social Care Update", "Ofsted Focused Inspection",
                "Summary of Children and Young Peoples Mental Health and Wellbeing update",
                "Annual Report - Comments, Complaints and Compliments relating to Children's Social Care Services 1 April 2020 - 31 March 2021",
                "Sufficiency Duty Report 2022-2023 (previously known as the Childcare Sufficiency Assessment Review (CSA)",
            ],
            items.Select(i => i.Text));
    }

    [Theory]
    [InlineData(AgendaAndMinutes)]
    [InlineData(IssuePage)]
    [InlineData(AgendaItemPage)]
    [InlineData(DecisionsPage)]
    public void File_icons_and_sizes_never_reach_a_title(string fixture)
    {
        var titled = Fixture(fixture).Blocks.Where(b => b.Kind is BlockKind.ItemHeading or BlockKind.DocumentLink).ToList();

        Assert.NotEmpty(titled);
        Assert.All(titled, b =>
        {
            Assert.DoesNotContain("pdf icon", b.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\b(?:PDF|KB|MB)\b", b.Text);
        });
    }

    [Fact]
    public void Page_header_comes_first_as_its_text_reads()
    {
        var blocks = Fixture(AgendaAndMinutes).Blocks;
        var header = blocks.TakeWhile(b => b.Kind != BlockKind.ItemHeading).ToList();

        Assert.Equal(
            [
                "Agenda and minutes", "Children Young People and Families Policy and Performance Board",
                "Monday, 23rd January, 2023 6.30 p.m.", "Venue: Council Chamber, Runcorn Town Hall.",
                "Contact: Ann Jones on 0151 511 8276 or e-mail",
            ],
            header.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, header[1].Kind);
    }

    [Fact]
    public void Minutes_and_additional_documents_subtitles_become_labels()
    {
        var blocks = Fixture(AgendaAndMinutes).Blocks;
        var labels = blocks.Where(b => b.Kind == BlockKind.Label).Select(b => b.Text).ToList();

        Assert.Equal(8, labels.Count(l => l == "Minutes:"));
        Assert.Equal(4, labels.Count(l => l == "Additional documents:"));
        Assert.DoesNotContain(blocks, b => b.Kind != BlockKind.Label && b.Text is "Minutes:" or "Additional documents:");
    }

    [Fact]
    public void Decision_subtitles_become_labels_before_the_decision_text()
    {
        var blocks = Fixture(DecisionsPage).Blocks.ToList();
        var decisions = blocks.Select((b, i) => (b, i)).Where(x => x.b is { Kind: BlockKind.Label, Text: "Decision:" }).ToList();

        Assert.Equal(6, decisions.Count);
        Assert.Equal("It was RESOLVED that the minutes of the Planning and Development Committee held on 15 March 2022 be approved as a correct record and signed by the Chair.",
            blocks[decisions[1].i + 1].Text);
        Assert.Equal("21/01362/FPM - SANDERS BUILDING & GUNNELS WOOD BUILDING, GUNNELS WOOD ROAD",
            blocks.Single(b => b is { Kind: BlockKind.ItemHeading, Number: "3" }).Text);
    }

    [Fact]
    public void Word_bullets_become_list_items_without_the_bullet()
    {
        var blocks = Fixture(AgendaAndMinutes).Blocks;
        var bullets = blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(5 + 9 + 4, bullets.Count);
        Assert.Contains(bullets, b => b.Text == "Regarding the recruitment of student social workers, the Council did target colleges and universities and were currently speaking to both;");
        Assert.All(bullets, b => Assert.False(b.Text.StartsWith('·') || b.Text.StartsWith('•') || b.Text.StartsWith(' ')));
        Assert.DoesNotContain(blocks, b => b.Text.StartsWith('·'));
    }

    [Fact]
    public void Numbered_resolution_parts_keep_their_marker_as_text()
    {
        var blocks = Fixture(AgendaAndMinutes).Blocks;

        Assert.Contains(blocks, b => b is { Kind: BlockKind.Text, Text: "1) note the steps that have been taken and the role of the Children’s Improvement Board; and" });
        Assert.Contains(blocks, b => b is { Kind: BlockKind.Text, Text: "2) note the update on the improvement actions presented." });
    }

    [Fact]
    public void Item_document_links_are_absolute_against_the_page_address()
    {
        var links = Fixture(AgendaAndMinutes).Blocks.Where(b => b.Kind == BlockKind.DocumentLink).ToList();

        Assert.Contains(links, l => l.Text == "Executive Board Minutes - Appendix 1"
                                    && l.Url == "https://councillors.halton.gov.uk/documents/s0003/Executive%20Board%20Minutes%20-%20Appendix%201.pdf");
        Assert.All(links, l => Assert.StartsWith("https://councillors.halton.gov.uk/documents/", l.Url));
    }

    [Fact]
    public void Links_stay_as_written_when_the_page_gives_no_address()
    {
        var blocks = Extract("""<div id="modgov"><ul class="mgBulletList"><li><a href="documents/s1/Report.pdf">Report <span class="mgFileSize">PDF 9 KB</span></a></li></ul></div>""");

        Assert.Equal("documents/s1/Report.pdf", Assert.Single(blocks, b => b.Kind == BlockKind.DocumentLink).Url);
    }

    [Fact]
    public void Issue_page_keeps_the_meeting_line_as_text_before_its_item()
    {
        var blocks = Fixture(IssuePage).Blocks.ToList();
        var meeting = blocks.FindIndex(b => b.Text.StartsWith("Meeting:", StringComparison.Ordinal));

        Assert.Equal(new Block(BlockKind.Text, "Meeting: 24/01/2022 - Children Young People and Families Policy and Performance Board (Item 25)"),
            blocks[meeting] with { GapBefore = 0 });
        Assert.Equal(BlockKind.ItemHeading, blocks[meeting + 1].Kind);
        Assert.Equal("25", blocks[meeting + 1].Number);
        Assert.Equal("Ofsted Focused Visit 13th and 14th November 2021", blocks[meeting + 1].Text);
        Assert.Equal(9, blocks.Count(b => b.Kind == BlockKind.ListItem));
    }

    [Fact]
    public void Agenda_item_page_sub_title_becomes_its_item_heading()
    {
        var blocks = Fixture(AgendaItemPage).Blocks;

        var item = Assert.Single(blocks, b => b.Kind == BlockKind.ItemHeading);
        Assert.Equal("Performance Management Reports - Quarter 2 2024/25", item.Text);
        Assert.Null(item.Number);
        Assert.Equal(["Minutes:", "Supporting documents:"], blocks.Where(b => b.Kind == BlockKind.Label).Select(b => b.Text));
        Assert.Equal(2, blocks.Count(b => b.Kind == BlockKind.DocumentLink));
        Assert.Equal("RESOLVED: That the quarterly monitoring report be accepted as the mechanism by which Members could monitor and scrutinise progress going forward.",
            blocks.Last(b => b.Kind == BlockKind.Text).Text);
    }

    [Fact]
    public void Site_chrome_around_a_portal_page_is_left_out()
    {
        var text = string.Join("\n", Fixture(AgendaAndMinutes).Blocks.Select(b => b.Text));

        Assert.DoesNotContain("Committees", text, StringComparison.Ordinal); // site navigation
        Assert.DoesNotContain("Attendance details", text, StringComparison.Ordinal); // ModernGov's own links
        Assert.DoesNotContain("View directions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading", text, StringComparison.Ordinal); // script
        Assert.DoesNotContain("Cookies", text, StringComparison.Ordinal); // footer
        Assert.DoesNotContain("No.", text.Split('\n'));
    }

    [Fact]
    public void Scripts_styles_navigation_forms_and_hidden_elements_are_dropped()
    {
        var blocks = Extract("""
            <html><head><title>Minutes</title><style>p { color: red }</style><script>var secret = "script text";</script></head>
            <body>
              <nav><a href="/">Home</a> <a href="/news">News</a></nav>
              <div role="navigation">Breadcrumbs</div>
              <form action="/search"><label>Search</label><input name="q" value="query"><button>Go</button></form>
              <h1>Planning Committee</h1>
              <p>The Committee met.</p>
              <p style="display: none">Hidden by style</p>
              <p hidden>Hidden by attribute</p>
              <span aria-hidden="true">Hidden from readers</span>
              <noscript>Enable JavaScript</noscript>
              <template><p>Template text</p></template>
              <script>document.write("late script")</script>
            </body></html>
            """);

        Assert.Equal([new Block(BlockKind.Heading, "Planning Committee") { Level = 1 }, new Block(BlockKind.Text, "The Committee met.") { GapBefore = 1 }], blocks);
    }

    [Fact]
    public void A_table_of_actions_under_its_header_row_gives_each_row_as_an_action_with_its_owner_and_remarks()
    {
        var blocks = Extract("""
            <table>
              <tr><th>No.</th><th>Action</th><th>Who</th><th>Status</th></tr>
              <tr><td>1</td><td>Order bark for the play area</td><td>NO</td><td>Done</td></tr>
              <tr><td>2</td><td>Ask the school about parking</td><td>Clerk</td><td></td></tr>
            </table>
            """);

        Assert.Equal(
            [
                (BlockKind.ActionRow, "Order bark for the play area"), (BlockKind.ActionNote, "NO"), (BlockKind.Text, "Done"),
                (BlockKind.ActionRow, "Ask the school about parking"), (BlockKind.ActionNote, "Clerk"),
            ],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_page_wrapped_in_one_form_keeps_its_content()
    {
        var blocks = Extract("""<body><form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x"><h2>Cabinet</h2><p>Minutes were agreed.</p></form></body>""");

        Assert.Equal(["Cabinet", "Minutes were agreed."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Generic_html_reads_as_headings_paragraphs_and_list_items()
    {
        var blocks = Extract("""
            <h2>1. Apologies</h2>
            <div>Apologies were received from   Councillor&nbsp;Smith &amp; Councillor Jones.</div>
            <ul><li>First point</li><li><p>Second point</p></li></ul>
            <ol start="3"><li>numbered</li><li>next</li></ol>
            """);

        Assert.Equal(
            [
                (BlockKind.Heading, "1. Apologies"),
                (BlockKind.Text, "Apologies were received from Councillor Smith & Councillor Jones."),
                (BlockKind.ListItem, "First point"),
                (BlockKind.ListItem, "Second point"),
                (BlockKind.Text, "3. numbered"),
                (BlockKind.Text, "4. next"),
            ],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Table_rows_mark_their_first_block()
    {
        var blocks = Extract("""
            <table>
              <tr><th>Item</th><th>Decision</th></tr>
              <tr><td>5</td><td><p>Budget</p><p>Approved.</p></td></tr>
              <tr><td></td><td>Noted.</td></tr>
            </table>
            """);

        Assert.Equal(
            [("Item", true), ("Decision", false), ("5", true), ("Budget", false), ("Approved.", false), ("Noted.", true)],
            blocks.Select(b => (b.Text, b.StartsRow)));
    }

    [Fact]
    public void A_line_break_joins_wrapped_text_but_separates_list_lines_and_lines_of_names()
    {
        var blocks = Extract("""
            <p>The Board received<br>a report.</p>
            <p>RESOLVED: That<br>1) the report be noted;<br>2) officers report back.</p>
            <p>· first bullet<br>· second bullet</p>
            <p>Paragraph one.<br><br>Paragraph two.</p>
            <p>Attendees<br>Priya Anand<br>Owen Birch</p>
            """);

        Assert.Equal(
            [
                (BlockKind.Text, "The Board received a report."),
                (BlockKind.Text, "RESOLVED: That"),
                (BlockKind.Text, "1) the report be noted;"),
                (BlockKind.Text, "2) officers report back."),
                (BlockKind.ListItem, "first bullet"),
                (BlockKind.ListItem, "second bullet"),
                (BlockKind.Text, "Paragraph one."),
                (BlockKind.Text, "Paragraph two."),
                (BlockKind.Text, "Attendees"),
                (BlockKind.Text, "Priya Anand"),
                (BlockKind.Text, "Owen Birch"),
            ],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Word_list_paragraphs_become_list_items_unless_numbered()
    {
        var blocks = Extract("""
            <p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="font-family:Symbol;mso-list:Ignore">&#61623;<span>&nbsp;&nbsp;&nbsp; </span></span>Private-use bullet</p>
            <p class="MsoListParagraphCxSpMiddle" style="mso-list:l0 level2 lfo1"><span style="font-family:'Courier New';mso-list:Ignore">o<span>&nbsp;&nbsp;&nbsp; </span></span>Second level</p>
            <p class="MsoListParagraphCxSpLast" style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">(a)<span>&nbsp;&nbsp;</span></span>Lettered entry</p>
            <p class="MsoNormal">• Typed bullet</p>
            """);

        Assert.Equal(
            [
                (BlockKind.ListItem, "Private-use bullet"),
                (BlockKind.ListItem, "Second level"),
                (BlockKind.Text, "(a) Lettered entry"),
                (BlockKind.ListItem, "Typed bullet"),
            ],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Entities_are_decoded_and_whitespace_collapsed()
    {
        var blocks = Extract("<p>Caf&eacute;&nbsp;&nbsp; &lsquo;quoted&rsquo;\n\t&#163;1.2m &#x2013; agreed\u200B</p>");

        Assert.Equal("Café ‘quoted’ £1.2m – agreed", Assert.Single(blocks).Text);
    }

    [Fact]
    public void A_windows_1252_page_keeps_its_quotes_dashes_and_bullets()
    {
        var bytes = Encoding.Latin1.GetBytes("<p>The Council\u0092s report \u0096 \u0093noted\u0094.</p><p>\u0095 a point</p>");

        var blocks = new HtmlExtractor().Extract(bytes, CancellationToken.None).Blocks;

        Assert.Equal([(BlockKind.Text, "The Council’s report – “noted”."), (BlockKind.ListItem, "a point")], blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_table_with_number_cells_is_an_item_table_without_its_class()
    {
        var blocks = Extract("""
            <table><tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">4.</p></td>
            <td><p class="mgAiTitleTxt">Pimlico District HeatingPDF 500 KB</p><p class="mgSubItemTitleTxt">Decision:</p><div class="mgWordPara">Approved.</div></td></tr></table>
            """);

        Assert.Equal([(BlockKind.ItemHeading, "Pimlico District Heating", "4"), (BlockKind.Label, "Decision:", null), (BlockKind.Text, "Approved.", null)],
            blocks.Select(b => (b.Kind, b.Text, b.Number)));
    }

    [Fact]
    public void Deeply_nested_markup_is_read_without_overflowing()
    {
        // 240 levels: far deeper than any real page (Word's exports reach about 30), within the nesting limit.
        var blocks = Extract(string.Concat(Enumerable.Repeat("<div><span>", 120)) + "deep text");

        Assert.Contains(blocks, b => b.Text.Contains("deep text", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_nesting_is_refused_quickly_instead_of_parsed()
    {
        var html = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><span>", 200_000)));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = new MinutesParser().Parse(html, "deep.html");

        Assert.Equal(UnreadableReason.OverLimit, result.Failure?.Reason);
        Assert.Contains("Limits:MaxNestingDepth", result.Failure!.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Extraction_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new HtmlExtractor().Extract(Bytes(AgendaAndMinutes), cancelled.Token));
    }

    [Fact]
    public void The_parser_reads_a_portal_page_as_html()
    {
        var result = new MinutesParser().Parse(Bytes(AgendaAndMinutes), AgendaAndMinutes);

        Assert.Null(result.Failure);
        Assert.Equal(SourceFormat.Html, result.Format);
    }

    [Fact]
    public void Text_that_opens_with_angle_brackets_but_no_tag_is_text()
    {
        var result = new MinutesParser().Parse(Encoding.UTF8.GetBytes("<<\n\nASHCOMBE PARISH COUNCIL\n\nMinutes of the meeting held on 3 June 2024\n\n1. Apologies\n\nNone.\n"), "minutes.txt");

        Assert.Equal(SourceFormat.PlainText, result.Format);
        Assert.Equal(new DateOnly(2024, 6, 3), result.Meeting!.Date);
    }

    [Property(Arbitrary = [typeof(HtmlSoup)], MaxTest = 300)]
    public void Random_html_never_throws(RandomHtml html)
    {
        var document = new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html.Source), CancellationToken.None);

        Assert.All(document.Blocks, b => Assert.Equal(b.Text.Trim(), b.Text));
    }

    private static IReadOnlyList<Block> Extract(string html) =>
        new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html), CancellationToken.None).Blocks;

    private static ExtractedDocument Fixture(string name) => new HtmlExtractor().Extract(Bytes(name), CancellationToken.None);

    private static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html", name));
}

/// <summary>A generated scrap of HTML: tags of every kind the extractor treats specially, unbalanced, with text and entities.</summary>
public sealed record RandomHtml(string Source)
{
    public override string ToString() => Source;
}

/// <summary>Generates <see cref="RandomHtml"/> from fragments real portal pages contain, in any order and nesting.</summary>
public static class HtmlSoup
{
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<ul>", "</ul>", "<ol start=\"x\">", "<ol type=\"i\" start=\"-3\">", "</ol>",
        "<li>", "<li value=\"99999999999\">", "</li>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "<th>", "</td>", "<caption>",
        "<h1>", "</h1>", "<h3>", "<script>", "</script>", "<style>", "<form>", "</form>", "<nav>", "<span hidden>", "<span style=\"display:none\">",
        "<table class=\"mgItemTable\">", "<td class=\"mgItemNumberCell\">", "<p class=\"mgAiTitleTxt\">", "<p class=\"mgSubItemTitleTxt\">",
        "<h2 class=\"mgSubTitleTxt\">", "<div id=\"modgov\">", "<ul class=\"mgBulletList\">", "<a href=\"documents/s1/a.pdf\">", "<a href=\"\">",
        "<a href=\"http://[bad\">", "<base href=\"https://example.org/\">", "<span class=\"mgFileSize\">", "<p class=\"MsoListParagraph\">",
        "</a>", "</span>", "<img alt=\"pdf icon\">", "<!--", "-->", "<![CDATA[", "&amp;", "&lt;", "&#0;", "&#xD800;", "&nbsp;", "&bogus;",
        "·", "•", "\uF0B7", "1)", "(a)", "Meeting: 01/02/2023 - Board", "Minutes:", "PDF 57 KB", "pdf icon", "\u0000", "\u200B", "\n", " ",
        "text", "RESOLVED", "<", ">", "\"", "'", "=",
    ];

    public static Arbitrary<RandomHtml> Html() =>
        Gen.Frequency(
                (8, Gen.Elements(Fragments)),
                (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .ListOf()
            .Select(parts => new RandomHtml(string.Concat(parts)))
            .ToArbitrary();
}
