using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// PDF minutes: PdfPig's words, grouped into lines; page furniture dropped; attendance tables read for their names;
/// action tables' rows rebuilt from their cells;
/// the Action column split off by its gutter;
/// the body assembled into paragraphs, headings and list entries; each action note placed after the paragraph beside it.
/// </summary>
internal sealed class PdfExtractor : IDocumentExtractor
{
    public ExtractedDocument Extract(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        var pages = PdfPages.Read(content, budget, cancellationToken);
        var withoutFurniture = AttendanceTables.NamesOnly(PageFurniture.Remove(pages));
        var tables = ActionTables.Split(withoutFurniture);
        var split = ColumnSplitter.Split(tables.Body);
        var spacing = LineSpacing.Measure(split.Body);
        var paragraphs = ParagraphAssembler.Assemble(split.Body, split.ActionColumn, spacing);
        var notes = ActionNotes.Read(split.ActionColumn, split.Body, spacing);
        cancellationToken.ThrowIfCancellationRequested();

        // The same re-joining the text path does: a sentence the author broke across paragraphs is made whole again.
        var blocks = LineJoiner.Join(ActionNotes.Interleave(paragraphs, notes, tables.Rows));
        return new ExtractedDocument(SourceFormat.Pdf, blocks, SourceHints.None);
    }
}
