using System.Diagnostics;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Extraction.Docx;
using CouncilMinutes.Parsing.Extraction.Html;
using CouncilMinutes.Parsing.Extraction.Markdown;
using CouncilMinutes.Parsing.Extraction.ModernGov;
using CouncilMinutes.Parsing.Extraction.Pdf;
using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Parsing.Structure;

namespace CouncilMinutes.Parsing;

/// <summary>The parser's one entry point: the bytes of a minutes document in, the meeting and diagnostics out.</summary>
/// <remarks>It never throws for a document's content: unreadable input comes back as <see cref="ParseResult.Failure"/>.</remarks>
public sealed class MinutesParser(DocumentLimits? limits = null)
{
    /// <summary>Identifies the parser's code and libraries (the deterministic MVID of its assembly; see Parsing.csproj), so documents an older parser read can be read again.</summary>
    public static string Version { get; } = typeof(MinutesParser).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>The bounds every document is read within.</summary>
    public DocumentLimits Limits { get; } = limits ?? new DocumentLimits();

    /// <summary>Reads <paramref name="content"/> (at most <see cref="DocumentLimits.MaxDocumentBytes"/>) and parses it.</summary>
    public async Task<ParseResult> ParseAsync(Stream content, string fileName, SourceHints? hints = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await CappedRead.ToArrayAsync(content, Limits.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null
            ? TooLarge()
            : Parse(bytes, fileName, hints, cancellationToken);
    }

    /// <summary>Parses a document already in memory, within <see cref="Limits"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (running out of the time budget is a result, not an exception).</exception>
    public ParseResult Parse(byte[] content, string fileName, SourceHints? hints = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > Limits.MaxDocumentBytes)
        {
            return TooLarge();
        }

        if (content.Length == 0)
        {
            return ParseResult.Unreadable(SourceFormat.Unknown, UnreadableReason.Empty, "The document is empty (0 bytes). Upload the file again; the copy received has no content.");
        }

        var (format, rejection) = FormatSniffer.Detect(content, fileName);
        if (format == SourceFormat.Unknown)
        {
            return ParseResult.Unreadable(format, UnreadableReason.UnsupportedFormat, rejection ?? "The format of this document is not supported.");
        }

        var budget = new ReadingBudget(Limits);
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Limits.TimeBudget);
        ExtractedDocument extracted;
        try
        {
            extracted = ExtractorFor(format).Extract(content, budget, deadline.Token);
            budget.CheckText(extracted.Blocks.Sum(b => (long)b.Text.Length));
        }
        catch (Exception e) when (Failure(e, format, budget, cancellationToken) is { } failure)
        {
            return failure;
        }
        catch (Exception e) when (e is not OperationCanceledException && format is not (SourceFormat.PlainText or SourceFormat.Markdown))
        {
            return ParseResult.Unreadable(format, UnreadableReason.Corrupt,
                $"The {Describe(format)} could not be read: it may be damaged or cut short. Export or save it again from the original and upload it again.",
                $"{e.GetType().Name}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Any text can be read: a failure on it is the parser's.
            return ParserFault(format, e);
        }

        // Cancellation is seen only where the readers look for it: a stage that ran past the budget is over it all the same.
        if (clock.Elapsed > Limits.TimeBudget)
        {
            return OverTime(format);
        }

        extracted = extracted with { Blocks = [.. extracted.Blocks.Select(b => b with { Text = InvisibleCharacters.Strip(b.Text) })] };
        if (extracted.Blocks.All(b => string.IsNullOrWhiteSpace(b.Text)))
        {
            return ParseResult.Unreadable(format, UnreadableReason.Empty, $"The {Describe(format)} contains no text. If the minutes are in it as pictures, upload a copy with text (exported from the original document).");
        }

        try
        {
            var read = MinutesGrammar.Read(extracted, hints ?? SourceHints.None, deadline.Token);
            return clock.Elapsed > Limits.TimeBudget ? OverTime(format) : read;
        }
        catch (Exception e) when (Failure(e, format, budget, cancellationToken) is { } failure)
        {
            return failure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ParserFault(format, e);
        }
    }

    private static ParseResult ParserFault(SourceFormat format, Exception e) => ParseResult.Unreadable(format, UnreadableReason.ParserFault,
        "The parser failed on this document: a fault in the parser, not in the document. Report it to the pipeline's engineers with the document; it stays in quarantine until a fixed parser reprocesses it.",
        $"{e.GetType().Name}: {e.Message}{Environment.NewLine}{e.StackTrace}");

    /// <summary>The text blocks the grammar would see, for explaining a parse (<c>minutes parse --layout</c>); null when the document cannot be read.</summary>
    public ExtractedDocument? ExtractLayout(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (format, _) = content.LongLength > Limits.MaxDocumentBytes ? (SourceFormat.Unknown, null) : FormatSniffer.Detect(content, fileName);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Limits.TimeBudget);
        try
        {
            return format == SourceFormat.Unknown ? null : ExtractorFor(format).Extract(content, new ReadingBudget(Limits), deadline.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>The result for a document that cannot be read, or went past a limit, or ran out of time; null for any other exception.</summary>
    private ParseResult? Failure(Exception e, SourceFormat format, ReadingBudget budget, CancellationToken callerToken) => e switch
    {
        // A limit passed inside a library that then failed its own way: the limit is the reason.
        _ when budget.Breach is { } breach && !callerToken.IsCancellationRequested => new ParseResult { Format = format, Failure = breach.ToFailure(Limits) },
        UnreadableDocumentException unreadable => ParseResult.Unreadable(format, unreadable.Reason, unreadable.Message, unreadable.InnerException?.Message),
        LimitExceededException over => new ParseResult { Format = format, Failure = over.ToFailure(Limits) },
        RegexMatchTimeoutException => new ParseResult
        {
            Format = format,
            Failure = new LimitExceededException(DocumentLimit.MatchTimeout, "A line of this document took too long to match against the minutes patterns.").ToFailure(Limits),
        },
        InsufficientExecutionStackException => new ParseResult
        {
            Format = format,
            Failure = new LimitExceededException(DocumentLimit.MaxNestingDepth, $"The {Describe(format)} nests too deep to read.").ToFailure(Limits),
        },
        OperationCanceledException when !callerToken.IsCancellationRequested => OverTime(format),
        _ => null,
    };

    private ParseResult OverTime(SourceFormat format) => new()
    {
        Format = format,
        Failure = new LimitExceededException(DocumentLimit.TimeBudget, $"Reading the {Describe(format)} took longer than its time budget.").ToFailure(Limits),
    };

    private ParseResult TooLarge() => new()
    {
        Format = SourceFormat.Unknown,
        Failure = new UnreadableDocument(UnreadableReason.TooLarge,
            $"The document is larger than the limit of {DocumentLimits.Size(Limits.MaxDocumentBytes)} ({DocumentLimits.SettingOf(DocumentLimit.MaxDocumentBytes)}). "
            + $"Split it into smaller documents, or raise {DocumentLimits.SettingOf(DocumentLimit.MaxDocumentBytes)} and reprocess it."),
    };

    private static IDocumentExtractor ExtractorFor(SourceFormat format) => format switch
    {
        SourceFormat.PlainText => new PlainTextExtractor(),
        SourceFormat.Markdown => new MarkdownExtractor(),
        SourceFormat.Pdf => new PdfExtractor(),
        SourceFormat.Docx => new DocxExtractor(),
        SourceFormat.Html => new HtmlExtractor(),
        SourceFormat.ModernGovXml => new ModernGovXmlExtractor(),
        _ => throw new UnreadableDocumentException(UnreadableReason.UnsupportedFormat, "The format of this document is not supported."),
    };

    private static string Describe(SourceFormat format) => format switch
    {
        SourceFormat.Pdf => "PDF",
        SourceFormat.Docx => "Word document",
        SourceFormat.Html => "HTML page",
        SourceFormat.ModernGovXml => "ModernGov XML response",
        SourceFormat.PlainText => "text file",
        SourceFormat.Markdown => "Markdown page",
        _ => "document",
    };
}
