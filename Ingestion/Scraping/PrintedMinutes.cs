namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>Which of a meeting's linked documents is its own printed minutes, if any is.</summary>
/// <remarks>
/// ModernGov files a meeting's printed minutes as <c>documents/g{meeting id}/Printed minutes {date}….pdf</c>. A title that
/// says "minutes" alone is weaker evidence: the agenda item that approves the <em>previous</em> meeting's minutes links
/// those ("Minutes 8 November 2021"), so a document hanging from an item about minutes is never taken for this meeting's.
/// Only documents on the portal's own host are taken: the answer does not get to send the scraper anywhere it likes.
/// </remarks>
internal static class PrintedMinutes
{
    public static Uri? Find(PortalMeeting meeting, Uri portal)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var linked = meeting.Documents
            .Select(d => (Document: d, Url: Uri.TryCreate(portal, d.Url, out var url) ? url : null))
            .Where(d => d.Url is not null && d.Url.Scheme is ("http" or "https") && string.Equals(d.Url.Host, portal.Host, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var filed = linked.FirstOrDefault(d => d.Url!.AbsolutePath.Contains($"/documents/g{meeting.Id}/", StringComparison.OrdinalIgnoreCase)
                                               && Says(Uri.UnescapeDataString(d.Url.Segments[^1]), "minutes"));
        var titled = linked.FirstOrDefault(d => Says(d.Document.Title, "printed minutes"));
        var minutes = linked.FirstOrDefault(d => Says(d.Document.Title, "minutes") && !Says(d.Document.ItemTitle, "minutes"));
        return filed.Url ?? titled.Url ?? minutes.Url;
    }

    private static bool Says(string? text, string words) => text?.Contains(words, StringComparison.OrdinalIgnoreCase) == true;
}
