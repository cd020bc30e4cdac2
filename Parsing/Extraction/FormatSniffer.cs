using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Extraction.Text;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>Tells a document's format from its bytes; the file name only breaks ties between text forms.</summary>
internal static partial class FormatSniffer
{
    /// <summary>The format, or <see cref="SourceFormat.Unknown"/> with the reason it is not one we read.</summary>
    public static (SourceFormat Format, string? Rejection) Detect(byte[] content, string? fileName)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 4096));
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return (SourceFormat.Pdf, null);
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return IsWordDocument(content)
                ? (SourceFormat.Docx, null)
                : (SourceFormat.Unknown, "The file is a ZIP package but not a Word document (.docx); spreadsheets and archives are not minutes.");
        }

        if (Starts(head, 0xD0, 0xCF, 0x11, 0xE0))
        {
            // A password-protected .docx is an OLE compound file too; the Word reader says it is encrypted.
            return content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
                ? (SourceFormat.Docx, null)
                : (SourceFormat.Unknown, "The file is an old binary Office document (.doc/.xls). Save it as .docx or PDF and upload it again.");
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return (SourceFormat.Unknown, "The file is Rich Text (.rtf). Save it as .docx or PDF and upload it again.");
        }

        if (LooksBinary(head))
        {
            return (SourceFormat.Unknown, "The file is binary data in a format the parser does not read (supported: PDF, .docx, HTML, ModernGov XML, plain text).");
        }

        var text = DecodeHead(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        // A tag opens markup ("<html", "<!DOCTYPE", "<?xml"); text can open with other marks ("<<" before a title).
        if (text.Length > 1 && text[0] == '<' && (char.IsAsciiLetter(text[1]) || text[1] is '!' or '?'))
        {
            var lower = text.ToLowerInvariant();
            if (lower.Contains("<meeting>", StringComparison.Ordinal) || lower.Contains("<agendaitems", StringComparison.Ordinal)
                || lower.Contains("<meetingid>", StringComparison.Ordinal))
            {
                return (SourceFormat.ModernGovXml, null);
            }

            if (lower.StartsWith("<?xml", StringComparison.Ordinal) && !lower.Contains("<html", StringComparison.Ordinal))
            {
                return (SourceFormat.Unknown, "The file is XML but not a ModernGov GetMeeting response.");
            }

            // "<AI1>", a portal's item marker over a plain record, opens text that has no page's markup.
            return HtmlMarkup().IsMatch(text) || lower.Contains("<html", StringComparison.Ordinal) || lower.Contains("<!doctype", StringComparison.Ordinal) || lower.Contains("<body", StringComparison.Ordinal)
                ? (SourceFormat.Html, null)
                : (SourceFormat.PlainText, null);
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".htm" or ".html" && text.Contains('<', StringComparison.Ordinal))
        {
            return (SourceFormat.Html, null);
        }

        if (extension is ".md" or ".markdown")
        {
            return (SourceFormat.Markdown, null);
        }

        // Text a web page's editor saved with its markup ("held on Monday …<br /><br />Present: …") is read as the page it was.
        return HtmlMarkup().Count(text) >= MarkupTagsOfAPage ? (SourceFormat.Html, null) : (SourceFormat.PlainText, null);
    }

    /// <summary>How many line or block tags in the head make a text file a saved page: one could be a tag quoted in prose.</summary>
    private const int MarkupTagsOfAPage = 3;

    [GeneratedRegex(@"<(?:br|p|div|span|strong|table|tr|td|li|ul|ol|h[1-6])\b[^<>]{0,200}/?>", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex HtmlMarkup();

    /// <summary>The start of a text document, decoded as the whole will be; a cut in the middle of a character is harmless, only the start matters.</summary>
    private static string DecodeHead(ReadOnlySpan<byte> head) => TextDecoding.Decode(head);

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        // UTF-16 and UTF-32 text is full of zero bytes.
        if (TextDecoding.IsWide(head))
        {
            return false;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return head.Length > 0 && control * 20 > head.Length;
    }

    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool Starts(ReadOnlySpan<byte> span, params ReadOnlySpan<byte> prefix) => span.StartsWith(prefix);
}
