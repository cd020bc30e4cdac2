using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Extraction.Docx;
using CouncilMinutes.Parsing.Extraction.Html;
using CouncilMinutes.Parsing.Extraction.ModernGov;
using CouncilMinutes.Parsing.Extraction.Pdf;
using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Parsing.Structure;

namespace CouncilMinutes.Parsing;

/// <summary>The parser's one entry point: the bytes of a minutes document in, the meeting and diagnostics out.</summary>
/// <remarks>It never throws for a document's content: unreadable input comes back as <see cref="ParseResult.Failure"/>.</remarks>
public sealed class MinutesParser(ParserOptions? options = null)
{
    private readonly ParserOptions _options = options ?? new ParserOptions();

    /// <summary>Identifies the parser's code and libraries (the deterministic MVID of its assembly; see Parsing.csproj), so documents an older parser read can be read again.</summary>
    public static string Version { get; } = typeof(MinutesParser).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>Reads <paramref name="content"/> (at most the configured size) and parses it.</summary>
    public async Task<ParseResult> ParseAsync(Stream content, string fileName, SourceHints? hints = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadCappedAsync(content, _options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null
            ? TooLarge()
            : Parse(bytes, fileName, hints, cancellationToken);
    }

    /// <summary>Parses a document already in memory.</summary>
    public ParseResult Parse(byte[] content, string fileName, SourceHints? hints = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > _options.MaxDocumentBytes)
        {
            return TooLarge();
        }

        if (content.Length == 0)
        {
            return ParseResult.Unreadable(SourceFormat.Unknown, UnreadableReason.Empty, "The document is empty (0 bytes).");
        }

        var (format, rejection) = FormatSniffer.Detect(content, fileName);
        if (format == SourceFormat.Unknown)
        {
            return ParseResult.Unreadable(format, UnreadableReason.UnsupportedFormat, rejection ?? "The format of this document is not supported.");
        }

        ExtractedDocument extracted;
        try
        {
            extracted = ExtractorFor(format).Extract(content, cancellationToken);
        }
        catch (UnreadableDocumentException e)
        {
            return ParseResult.Unreadable(format, e.Reason, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ParseResult.Unreadable(format, UnreadableReason.Corrupt,
                $"The {Describe(format)} could not be read ({e.GetType().Name}: {e.Message}). It may be damaged; try exporting it again.");
        }

        if (extracted.Blocks.All(b => string.IsNullOrWhiteSpace(b.Text)))
        {
            return ParseResult.Unreadable(format, UnreadableReason.Empty, $"The {Describe(format)} contains no text.");
        }

        return MinutesGrammar.Read(extracted, hints ?? SourceHints.None, cancellationToken);
    }

    /// <summary>The text blocks the grammar would see, for explaining a parse (<c>minutes parse --layout</c>).</summary>
    public ExtractedDocument? ExtractLayout(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (format, _) = FormatSniffer.Detect(content, fileName);
        try
        {
            return format == SourceFormat.Unknown ? null : ExtractorFor(format).Extract(content, cancellationToken);
        }
        catch (UnreadableDocumentException)
        {
            return null;
        }
    }

    private ParseResult TooLarge() => ParseResult.Unreadable(SourceFormat.Unknown, UnreadableReason.TooLarge,
        $"The document is larger than the limit of {Size(_options.MaxDocumentBytes)}. Split it or raise Parser:MaxDocumentBytes.");

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };

    private static IDocumentExtractor ExtractorFor(SourceFormat format) => format switch
    {
        SourceFormat.PlainText => new PlainTextExtractor(),
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
        _ => "document",
    };

    /// <summary>The stream's bytes, or null if it holds more than <paramref name="limit"/>: a larger file is never loaded whole.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
