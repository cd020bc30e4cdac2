using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Queries;

namespace CouncilMinutes.Web;

/// <summary>The site's addresses, in one place, so that pages and feeds link alike.</summary>
public static class SiteLinks
{
    public static string Committee(string slug) => $"/committees/{Uri.EscapeDataString(slug)}";

    public static string Meeting(MeetingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"/meetings/{Uri.EscapeDataString(key.Value)}";
    }

    public static string Owner(string slug) => $"/owners/{Uri.EscapeDataString(slug)}";

    public static string CommitteeFeed(string slug) => Committee(slug) + "/feed.atom";

    public static string OwnerFeed(string slug) => Owner(slug) + "/feed.atom";

    public static string OwnerCalendar(string slug) => Owner(slug) + "/actions.ics";

    public static string Action(string id) => $"/actions/{Uri.EscapeDataString(id)}";

    /// <summary>The published document, when the minutes came from a web page: only http(s), so a stored value can never be a script link.</summary>
    public static string? Source(MeetingRecord meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return Uri.TryCreate(meeting.SourceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url.AbsoluteUri
            : null;
    }
}
