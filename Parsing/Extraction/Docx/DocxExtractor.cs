using System.Text;
using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using DocumentFormat.OpenXml.Packaging;

namespace CouncilMinutes.Parsing.Extraction.Docx;

/// <summary>
/// Word minutes: the main document body in order (page headers and footers are never read), styles and list
/// numbering resolved so headings, list entries and printed numbers come out as a reader saw them.
/// </summary>
internal sealed class DocxExtractor : IDocumentExtractor
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public ExtractedDocument Extract(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw NotAPackage(content);
        }

        List<List<Block>> runs;
        try
        {
            PackageLimits.Check(content, budget, cancellationToken);
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false,
                new OpenSettings { MaxCharactersInPart = budget.Limits.MaxPartBytes });
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                    "The Word document has no body text part. It may be damaged; save it again from Word and re-upload.");
            }

            var styles = DocxStyles.Of(main);
            var numbering = new ListNumbering(main.NumberingDefinitionsPart?.Numbering);
            runs = new DocxBodyReader(styles, numbering, cancellationToken).Read(body);
        }
        catch (Exception e) when (e is not (UnreadableDocumentException or LimitExceededException or OperationCanceledException))
        {
            budget.ThrowIfBreached();
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                "The Word document could not be read: it may be damaged. Open it in Word, save it again as .docx and upload the new copy.", e);
        }

        // A sentence the author broke across two paragraphs is made whole again, as the other formats do.
        return new ExtractedDocument(SourceFormat.Docx, runs.SelectMany(LineJoiner.Join).ToList(), SourceHints.None);
    }

    /// <summary>
    /// A password-protected .docx is not a ZIP package but an OLE compound file holding an "EncryptedPackage" stream;
    /// any other compound file is an old binary .doc.
    /// </summary>
    private static UnreadableDocumentException NotAPackage(byte[] content) =>
        content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
            ? new UnreadableDocumentException(UnreadableReason.Encrypted,
                "The Word document is password-protected (encrypted), so its text cannot be read. Upload an unprotected copy: "
                + "open it in Word, remove the password (File > Info > Protect Document) and save it again.")
            : new UnreadableDocumentException(UnreadableReason.Corrupt,
                "The file is an old binary Word document (.doc), not a .docx. Save it as .docx or PDF and upload it again.");
}
