using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>Opens a PDF with PdfPig and reads each page's words into lines; says why when the file cannot be read.</summary>
internal static class PdfPages
{
    /// <summary>Below this many letters a page on average, a PDF whose pages are pictures is a scan, not a text document.</summary>
    private const int ScanLettersPerPage = 10;

    public static List<PdfPageText> Read(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            var filters = new BoundedFilterProvider(budget);
            using var document = PdfDocument.Open(content, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                FilterProvider = filters,
            });
            document.AddPageFactory(new PageGlyphCount(document.Structure.TokenScanner, filters));
            budget.ThrowIfBreached();
            if (document.NumberOfPages > budget.Limits.MaxPages)
            {
                throw new LimitExceededException(DocumentLimit.MaxPages, $"The PDF has {document.NumberOfPages:N0} pages.");
            }

            var fonts = new FontWeights();
            var pages = new List<PdfPageText>(document.NumberOfPages);
            var letters = 0;
            var pictured = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (document.GetPage<long>(number) is var glyphs && glyphs > budget.Limits.MaxCharactersPerPage)
                {
                    throw new LimitExceededException(DocumentLimit.MaxCharactersPerPage, $"Page {number} of the PDF draws {glyphs:N0} characters.");
                }

                var page = document.GetPage(number);
                budget.ThrowIfBreached();
                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                budget.CheckText(letters);
                pictured += page.NumberOfImages > 0 ? 1 : 0;
                var words = page.GetWords().SelectMany(w => PdfWord.From(w, fonts));
                pages.Add(new PdfPageText(number, page.Width, page.Height, LineBuilder.Build(number, words)));
            }

            budget.ThrowIfBreached();

            if (pages.Count == 0)
            {
                throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                    "The PDF has no pages that could be read. It may be damaged; export it from the original document again.");
            }

            if (letters == 0 || (letters < ScanLettersPerPage * pages.Count && pictured * 2 >= pages.Count))
            {
                throw new UnreadableDocumentException(UnreadableReason.NoTextLayer,
                    $"The PDF ({pages.Count} page{(pages.Count == 1 ? "" : "s")}) has no text layer: it appears to be scanned, and OCR is not supported. "
                    + "Upload the minutes as a PDF exported from the original document, or as the .docx.");
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(e);
        }
        catch (Exception e) when (e is not (UnreadableDocumentException or LimitExceededException or OperationCanceledException))
        {
            // The reader may wrap a limit's exception in its own, or fail after swallowing it: the limit is the reason.
            budget.ThrowIfBreached();
            if (e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            {
                throw Encrypted(e);
            }

            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                "The PDF could not be read: it may be damaged or cut short. Export it from the original document again and upload the new copy.", e);
        }
    }

    private static UnreadableDocumentException Encrypted(Exception inner) => new(UnreadableReason.Encrypted,
        "The PDF is password-protected (encrypted), so its text cannot be read. Upload an unprotected copy: open it, "
        + "then save or print it to PDF without a password.", inner);
}
