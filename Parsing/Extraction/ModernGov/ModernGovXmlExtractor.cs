using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using CouncilMinutes.Parsing.Extraction.Html;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.ModernGov;

/// <summary>
/// A ModernGov web service <c>GetMeeting</c> response. The meeting's facts come from its fields; the text reads
/// as the portal page does: committee, date line, venue, then each item with its files, minutes and actions.
/// </summary>
internal sealed class ModernGovXmlExtractor : IDocumentExtractor
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // A web service response never has a DTD; refusing one shuts out entity-expansion and external-entity attacks.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public ExtractedDocument Extract(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var root = Load(content, budget, cancellationToken).Root!;
        if (root.Name.LocalName != "meeting")
        {
            throw new UnreadableDocumentException(UnreadableReason.NotMinutes,
                $"This ModernGov XML is a <{root.Name.LocalName}> response, not one meeting: fetch GetMeeting?lMeetingId=… for the meeting's minutes.");
        }

        var meeting = GetMeetingResponse.Read(root, cancellationToken);
        if (meeting.Items.Count == 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.NotMinutes,
                $"The ModernGov meeting {meeting.MeetingId ?? "(no id)"}{(meeting.Status is null ? "" : $" ({meeting.Status})")} has no agenda items, so there are no minutes to read.");
        }

        var facts = Facts(meeting);
        var writer = new BlockWriter(EncodedHtml.DecodeText);
        if (facts.Committee is { } committee)
        {
            writer.Write(BlockKind.Heading, committee);
        }

        if (facts.MeetingDate is { } date)
        {
            writer.Write(BlockKind.Text, ModernGovClock.DateLine(date, meeting.Time), gap: 0);
        }

        if (facts.Venue is { } venue)
        {
            writer.Write(BlockKind.Text, "Venue: " + venue);
        }

        var walker = new HtmlBlockWalker(writer, rules: null, cancellationToken);
        foreach (var item in meeting.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteItem(item, writer, walker, budget);
        }

        var diagnostics = meeting.Items.All(i => i.MinutesHtml is null)
            ? [Diagnostic.Warning("xml-no-minutes", "The ModernGov response has no minutes for any item (minutes not yet published?): only item titles were read.")]
            : Array.Empty<Diagnostic>();
        return new ExtractedDocument(SourceFormat.ModernGovXml, writer.Finish(), facts, ModernGovAttendance.From(meeting.Attendees))
        {
            Diagnostics = diagnostics,
        };
    }

    private static XDocument Load(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            // Measured with a streaming reader first: the tree below is built by recursion.
            XmlNesting.Check(new MemoryStream(content, writable: false), budget, "The ModernGov XML response", cancellationToken);
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), Settings);
            var document = XDocument.Load(reader, LoadOptions.None);
            return document.Root is null ? throw new XmlException("The document has no root element.") : document;
        }
        catch (XmlException e) when (HasDocumentType(content))
        {
            throw new UnreadableDocumentException(UnreadableReason.UnsupportedFormat,
                "The XML declares a document type (<!DOCTYPE …>), which a ModernGov web service response never has, so it was not read. "
                + "Fetch the meeting again from the portal's GetMeeting web service, or upload the printed minutes instead.", e);
        }
        catch (XmlException e)
        {
            var where = e.LineNumber > 0 ? $" at line {e.LineNumber}, position {e.LinePosition}" : "";
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                $"The ModernGov XML response is not well-formed{where}: it may have been cut short or edited. Fetch it again from the portal's GetMeeting web service.", e);
        }
    }

    private static SourceHints Facts(GetMeetingResponse meeting) => new()
    {
        MeetingId = meeting.MeetingId,
        MeetingDate = ModernGovClock.ParseDate(meeting.Date),
        // The recorded start, when the clerk entered one, is when the meeting began; the planned time otherwise.
        StartTime = ModernGovClock.ParseTime(meeting.ActualStartTime) ?? ModernGovClock.ParseTime(meeting.Time),
        Venue = meeting.Location,
        Committee = meeting.CommitteeTitle ?? MostCommon(meeting.Items.SelectMany(i => i.Documents).Select(d => d.CommitteeTitle))
                    ?? MostCommon(meeting.Items.Select(i => i.ReferToCommittee)),
    };

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static bool HasDocumentType(byte[] content) =>
        content.AsSpan(0, Math.Min(content.Length, 64 * 1024)).IndexOf("<!DOCTYPE"u8) >= 0;

    private static void WriteItem(AgendaItemRecord item, BlockWriter writer, HtmlBlockWalker walker, ReadingBudget budget)
    {
        var number = item.DisplayNumber?.TrimEnd('.').Trim() is { Length: > 0 } display ? display : item.ItemNumber;
        writer.Write(BlockKind.ItemHeading, item.Title ?? "", number, gap: 2);
        foreach (var document in item.Documents.Where(d => d.Title is not null))
        {
            writer.Write(BlockKind.DocumentLink, document.Title!, url: document.Url, gap: 0);
        }

        if (item.MinutesHtml is { } minutes)
        {
            var body = HtmlExtractor.Parse(EncodedHtml.DecodeMarkup(minutes), budget).Body;
            if (body is not null && !string.IsNullOrWhiteSpace(HtmlText.Of(body)))
            {
                writer.Write(BlockKind.Label, "Minutes:");
                walker.WriteChildren(body);
            }
        }

        foreach (var (label, text) in item.Comments)
        {
            // Councils use the second comment slot for an "Actions" column: who does what after the meeting.
            if (label.TrimEnd(':', ' ').Equals("Actions", StringComparison.OrdinalIgnoreCase)
                || label.TrimEnd(':', ' ').Equals("Action", StringComparison.OrdinalIgnoreCase))
            {
                var parsed = HtmlExtractor.Parse(EncodedHtml.DecodeMarkup(text), budget);
                writer.Write(BlockKind.ActionNote, HtmlText.Of(parsed.Body ?? (INode)parsed));
            }
        }
    }
}
