using System.IO.Compression;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Extraction.Docx;
using CouncilMinutes.Parsing.Extraction.Pdf;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using FsCheck;
using FsCheck.Fluent;

namespace CouncilMinutes.Tests.Extraction;

public sealed class DocxExtractorTests
{
    private const string Owner = "Executive Director of Children's Services";

    private static readonly string Printed = Path.Combine(AppContext.BaseDirectory, "Corpus", "printed", "halton-cyp-2024-09-09");
    private static readonly Lazy<IReadOnlyList<Block>> Halton = new(() => Extract(File.ReadAllBytes(Printed + ".docx")));

    private static IReadOnlyList<Block> Extract(byte[] docx) => new DocxExtractor().Extract(docx, CancellationToken.None).Blocks;

    [Fact]
    public void Action_cell_is_one_note_after_the_text_of_its_row()
    {
        var blocks = Halton.Value;
        var notes = blocks.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block.Kind == BlockKind.ActionNote).ToList();

        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.Equal(Owner, n.Block.Text));
        Assert.Equal("RESOLVED: That the presentation is noted.", blocks[notes[0].Index - 1].Text);
        Assert.Equal("RESOLVED: That the report be noted.", blocks[notes[1].Index - 1].Text);
        Assert.Equal("RESOLVED: That the Performance Management reports for quarter 1 of 2024-25 be received.", blocks[notes[2].Index - 1].Text);
    }

    [Fact]
    public void Action_column_text_never_lands_in_the_body()
    {
        var body = Halton.Value.Where(b => b.Kind != BlockKind.ActionNote).ToList();

        var mention = Assert.Single(body, b => b.Text.Contains(Owner, StringComparison.Ordinal));
        Assert.Contains(Owner + ", which provided", mention.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(body, b => b.Text == "Action");
    }

    [Fact]
    public void Action_table_rows_are_not_marked_as_table_rows() =>
        Assert.DoesNotContain(Halton.Value, b => b.StartsRow);

    [Fact]
    public void Bold_item_headings_come_out_as_headings_in_order()
    {
        var headings = Halton.Value.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();

        Assert.Equal("CHILDREN YOUNG PEOPLE AND FAMILIES POLICY AND PERFORMANCE BOARD", headings[0]);
        Assert.Equal(["CYP10", "CYP11", "CYP12", "CYP13", "CYP14", "CYP15", "CYP16", "CYP17"],
            headings.Where(h => h.StartsWith("CYP", StringComparison.Ordinal)).Select(h => h[..5]));
    }

    [Fact]
    public void Bulleted_paragraphs_are_list_items_and_numbered_ones_keep_their_number()
    {
        Assert.Equal(18, Halton.Value.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Contains(Halton.Value, b => b is { Kind: BlockKind.Text, Text: "1. Strategic Oversight and Governance;" });
        Assert.Contains(Halton.Value, b => b is { Kind: BlockKind.Text, Text: "5. Education Health and Care Plans." });
    }

    [Fact]
    public void Word_and_pdf_prints_of_the_same_minutes_read_the_same()
    {
        var fromPdf = new PdfExtractor().Extract(File.ReadAllBytes(Printed + ".pdf"), CancellationToken.None).Blocks;

        Assert.Equal(fromPdf.Select(b => (b.Kind, b.Text)), Halton.Value.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Page_header_and_footer_are_not_read()
    {
        var docx = new WordDocument()
            .PageHeader("Planning Committee - 9 September 2024")
            .PageFooter("Page 1")
            .Paragraph("The meeting opened at 6.00 p.m.")
            .Build();

        Assert.Equal(["The meeting opened at 6.00 p.m."], Extract(docx).Select(b => b.Text));
    }

    [Fact]
    public void Heading_styles_and_wholly_bold_lines_are_headings_but_a_bold_resolution_is_not()
    {
        var docx = new WordDocument()
            .Paragraph("Minutes of the Planning Committee", style: "Heading1")
            .Paragraph("14 Planning Applications", style: "MinuteHeading")
            .Paragraph("Declarations of Interest", bold: true)
            .Paragraph("None were declared.")
            .Paragraph("RESOLVED: That the application be approved.", bold: true)
            .Build();

        Assert.Equal([BlockKind.Heading, BlockKind.Heading, BlockKind.Heading, BlockKind.Text, BlockKind.Text], Extract(docx).Select(b => b.Kind));
        // A heading style ranks its heading ("heading 1": 1); bold alone ranks nothing.
        Assert.Equal([1, null, null, null, null], Extract(docx).Select(b => b.Level));
    }

    [Fact]
    public void List_numbers_are_rendered_as_word_prints_them()
    {
        var docx = new WordDocument()
            .Paragraph("RESOLVED: That", style: null)
            .Paragraph("the report be noted;", list: WordDocument.Letters)
            .Paragraph("officers report back in March.", list: WordDocument.Letters)
            .Paragraph("Apologies were received.", list: WordDocument.Decimal)
            .Paragraph("Minutes were agreed.", list: WordDocument.Decimal)
            .Paragraph("A new list starts again.", list: WordDocument.DecimalRestarted)
            .Paragraph("Raised at the meeting", list: WordDocument.Bullets)
            .Build();

        Assert.Equal(
        [
            (BlockKind.Text, "RESOLVED: That"),
            (BlockKind.Text, "(a) the report be noted;"), (BlockKind.Text, "(b) officers report back in March."),
            (BlockKind.Text, "1. Apologies were received."), (BlockKind.Text, "2. Minutes were agreed."),
            (BlockKind.Text, "1. A new list starts again."),
            (BlockKind.ListItem, "Raised at the meeting"),
        ], Extract(docx).Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Ordinary_table_rows_start_with_a_row_marked_block()
    {
        var docx = new WordDocument()
            .Table([3000, 3000],
                ["Councillor", "Interest"],
                ["Councillor Smith", "Item 5: a member of the Friends of the Park group"])
            .Build();

        var blocks = Extract(docx);

        Assert.Equal(["Councillor", "Interest", "Councillor Smith", "Item 5: a member of the Friends of the Park group"], blocks.Select(b => b.Text));
        Assert.Equal([true, false, true, false], blocks.Select(b => b.StartsRow));
        Assert.Equal([0, 1, 0, 1], blocks.Select(b => b.Column));
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.ActionNote);
    }

    [Fact]
    public void A_table_of_actions_under_its_header_row_gives_each_row_as_an_action_with_its_owner_and_remarks()
    {
        var docx = new WordDocument()
            .Table([1000, 5000, 1500, 2000],
                ["Ref", "Action", "Owner", "Update"],
                ["A1", "Order bark for the play area", "NO", "Done"],
                ["A2", "Ask the school about parking", "Clerk", ""])
            .Build();

        var blocks = Extract(docx);

        Assert.Equal(
            [
                (BlockKind.ActionRow, "Order bark for the play area"), (BlockKind.ActionNote, "NO"), (BlockKind.Text, "Done"),
                (BlockKind.ActionRow, "Ask the school about parking"), (BlockKind.ActionNote, "Clerk"),
            ],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Narrow_right_column_beside_prose_is_an_action_column_without_a_header()
    {
        const string prose = "The Board received an update on the recruitment of foster carers and the steps being taken to increase placements.";
        var docx = new WordDocument()
            .Table([7600, 2000],
                [prose, ""],
                ["Officers would report back on progress at the next meeting of the Board, with figures for the quarter.", "Head of Children's\nServices"])
            .Build();

        var blocks = Extract(docx);

        Assert.Equal(BlockKind.ActionNote, blocks[^1].Kind);
        Assert.Equal("Head of Children's Services", blocks[^1].Text);
    }

    [Fact]
    public void Blank_paragraphs_become_vertical_space()
    {
        var docx = new WordDocument()
            .Paragraph("Present: Councillors Logan and Ryan")
            .Empty().Empty()
            .Paragraph("Meeting ended at 8.35 p.m.")
            .Build();

        Assert.Equal([0, 2], Extract(docx).Select(b => b.GapBefore));
    }

    [Fact]
    public void Password_protected_docx_is_unreadable_as_encrypted()
    {
        var encrypted = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", "encrypted.docx"));

        var failure = new MinutesParser().Parse(encrypted, "minutes.docx").Failure;

        Assert.Equal(UnreadableReason.Encrypted, failure?.Reason);
        Assert.Contains("unprotected copy", failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_with_damaged_document_xml_is_unreadable_as_corrupt()
    {
        var damaged = Rewrite(File.ReadAllBytes(Printed + ".docx"), "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");

        var result = new MinutesParser().Parse(damaged, "minutes.docx");

        Assert.Equal(SourceFormat.Docx, result.Format);
        Assert.Equal(UnreadableReason.Corrupt, result.Failure?.Reason);
    }

    [Fact]
    public void Damaged_docx_bytes_are_read_or_reported_unreadable_never_crash()
    {
        var whole = File.ReadAllBytes(Printed + ".docx");
        var damage = Gen.Zip(Gen.Choose(0, whole.Length - 1), Gen.Choose(0, 255));
        Prop.ForAll(damage.ToArbitrary(), d =>
            {
                var copy = (byte[])whole.Clone();
                copy[d.Item1] = (byte)d.Item2;
                return ReadsOrRefuses(copy) && ReadsOrRefuses(whole[..d.Item1]);
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    private static bool ReadsOrRefuses(byte[] docx)
    {
        try
        {
            new DocxExtractor().Extract(docx, CancellationToken.None);
        }
        catch (UnreadableDocumentException)
        {
        }
        catch (LimitExceededException)
        {
            // A damaged size field can make a part claim more than the inflation limit: refused by name, as an over-limit document is.
        }

        return true;
    }

    private static byte[] Rewrite(byte[] docx, string entry, string content)
    {
        using var copy = new MemoryStream();
        copy.Write(docx);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entry)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(content);
        }

        return copy.ToArray();
    }
}
