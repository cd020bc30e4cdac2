using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CouncilMinutes.Parsing.Extraction.ModernGov;

namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>A committee as <c>GetCommittees</c> lists it.</summary>
internal sealed record PortalCommittee(int Id, string Title, bool Deleted, bool Expired)
{
    /// <summary>Deleted and expired committees hold no meetings worth watching.</summary>
    public bool Current => !Deleted && !Expired;
}

/// <summary>A meeting as <c>GetMeetings</c> lists it: enough to decide whether to ask for the rest.</summary>
internal sealed record MeetingListing(int Id, DateOnly Date, string? Status)
{
    public bool Cancelled => string.Equals(Status, "Cancelled", StringComparison.OrdinalIgnoreCase);
}

/// <summary>One committee's <c>GetMeetings</c> answer; the title is missing when the window holds no meeting.</summary>
internal sealed record CommitteeMeetings(string? Title, IReadOnlyList<MeetingListing> Meetings);

/// <summary>A <c>GetMeeting</c> answer, as far as the scraper needs it: whether minutes are out, and the files linked.</summary>
internal sealed record PortalMeeting(int Id, DateOnly? Date, string? Status, bool MinutesPublished, IReadOnlyList<LinkedDocument> Documents)
{
    public bool Cancelled => string.Equals(Status, "Cancelled", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A <c>&lt;linkeddoc&gt;</c> and the title of the agenda item it hangs from.</summary>
internal sealed record LinkedDocument(string? Title, string? Url, string? ItemTitle);

/// <summary>
/// Reads the ModernGov web service's answers (shapes in <c>Tests/Fixtures/ModernGovXml</c>): dates are dd/mm/yyyy, flags
/// <c>True</c>/<c>False</c>, and text is entity-encoded, sometimes twice. Anything else (an HTML error page, a truncated
/// body) is a <see cref="PortalException"/> naming the URL.
/// </summary>
internal static class ModernGovXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // A web service answer never has a DTD; refusing one shuts out entity-expansion and external-entity attacks.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static IReadOnlyList<PortalCommittee> Committees(byte[] content, Uri url) =>
        Root(content, url, "committees").Elements("committee")
            .Select(c => new PortalCommittee(Id(c, "committeeid", url), Text(c, "committeetitle") ?? "", Flag(c, "committeedeleted"), Flag(c, "committeeexpired")))
            .ToList();

    public static CommitteeMeetings Meetings(byte[] content, Uri url, int committeeId)
    {
        var root = Root(content, url, "getmeetings");

        // Asked for one committee, the service answers with that one; a list for another would file its meetings wrongly.
        var committee = root.Elements("committee").FirstOrDefault();
        if (committee is null)
        {
            return new CommitteeMeetings(null, []);
        }

        if (Id(committee, "committeeid", url) != committeeId)
        {
            throw new PortalException(url, $"the answer lists committee {Text(committee, "committeeid")}, not {committeeId}.");
        }

        var meetings = (committee.Element("committeemeetings")?.Elements("meeting") ?? [])
            .Select(m => new MeetingListing(Id(m, "meetingid", url), Date(m, "meetingdate") ?? throw Malformed(url, "a meeting without a dd/mm/yyyy meetingdate"), Text(m, "meetingstatus")))
            .ToList();
        return new CommitteeMeetings(Text(committee, "committeetitle"), meetings);
    }

    public static PortalMeeting Meeting(byte[] content, Uri url)
    {
        var root = Root(content, url, "meeting");
        var documents = (root.Element("agendaitems")?.Elements("agendaitem") ?? [])
            .SelectMany(item => (item.Element("linkeddocuments")?.Elements("linkeddoc") ?? [])
                .Select(doc => new LinkedDocument(Text(doc, "title"), Text(doc, "url"), Text(item, "agendaitemtitle"))))
            .ToList();
        return new PortalMeeting(Id(root, "meetingid", url), Date(root, "meetingdate"), Text(root, "meetingstatus"), Flag(root, "minutepublished"), documents);
    }

    private static XElement Root(byte[] content, Uri url, string name)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            // Never the XML library's own words: for a document type they advise enabling DTD processing, which must never be done.
            throw Malformed(url, content.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0
                ? "XML with a document type declaration (<!DOCTYPE …>), which the ModernGov web service never sends; it was not read"
                : $"not well-formed XML (line {e.LineNumber}, position {e.LinePosition})");
        }

        return document.Root is { } root && root.Name.LocalName == name
            ? root
            : throw Malformed(url, $"<{document.Root?.Name.LocalName}> where <{name}> was expected");
    }

    /// <summary>An element's text, trimmed and with every layer of entity encoding removed, or null when blank.</summary>
    private static string? Text(XElement parent, string name) =>
        parent.Element(name)?.Value is { } value && !string.IsNullOrWhiteSpace(value) ? EncodedHtml.DecodeText(value).Trim() : null;

    private static int Id(XElement parent, string name, Uri url) =>
        int.TryParse(Text(parent, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : throw Malformed(url, $"no number in <{name}>");

    private static DateOnly? Date(XElement parent, string name) =>
        DateOnly.TryParseExact(Text(parent, name), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool Flag(XElement parent, string name) => string.Equals(Text(parent, name), "True", StringComparison.OrdinalIgnoreCase);

    private static PortalException Malformed(Uri url, string what) => new(url, $"the answer is malformed: {what}.");
}
