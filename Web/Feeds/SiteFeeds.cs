using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Queries;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;

namespace CouncilMinutes.Web.Feeds;

/// <summary>
/// Feeds for readers and calendars: Atom per committee (its meetings and what they decided) and per owner (actions still
/// to do, overdue first), and an owner's due dates as iCalendar.
/// </summary>
public static class SiteFeeds
{
    /// <summary>A feed holds the latest meetings only: readers poll, and an archive is the committee's page.</summary>
    public const int MaxEntries = 50;

    public static async Task<IResult> CommitteeAsync(string slug, HttpRequest request, MeetingQueries meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = (await meetings.ListAsync(slug, null, cancellationToken).ConfigureAwait(false)).Where(m => m.IsComplete)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Key.Sequence).Take(MaxEntries).ToList();
        if (list.Count == 0)
        {
            return SitePages.NotFound("No such committee", "No minutes of this committee are stored.");
        }

        var site = Site(request);
        var entries = new List<SyndicationItem>();
        foreach (var meeting in list)
        {
            var content = await meetings.GetAsync(meeting.Key, cancellationToken).ConfigureAwait(false);
            var decided = content?.Items.SelectMany(i => i.Resolutions.Select(r => $"{SiteText.ItemHeading(i)}: {r.Text}")).ToList() ?? [];
            var url = new Uri(site, SiteLinks.Meeting(meeting.Key));
            entries.Add(new SyndicationItem(
                $"{meeting.Committee ?? meeting.Key.Committee}, {SiteText.Date(meeting.Date)}",
                decided.Count == 0 ? "No decisions recorded." : string.Join("\n", decided),
                url, url.AbsoluteUri, Day(meeting.Date)));
        }

        var name = list[0].Committee ?? slug;
        return Atom(request, new Uri(site, SiteLinks.Committee(list[0].Key.Committee)), $"{name}: meetings and decisions", entries, Day(list[0].Date));
    }

    public static async Task<IResult> OwnerAsync(string slug, HttpRequest request, ActionQueries actions, FollowUpLog followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (name, open) = await OpenActionsAsync(slug, actions, followUp, cancellationToken).ConfigureAwait(false);
        if (name is null)
        {
            return SitePages.NotFound("No such owner", "No actions are stored for this owner.");
        }

        var site = Site(request);
        var entries = open.Take(MaxEntries).Select(a =>
        {
            var url = new Uri(site, SiteLinks.Action(a.Action.Id));
            var due = SiteText.Due(a.Action, a.FollowUp) is { } d ? $" Due {d}." : "";
            return new SyndicationItem(
                (a.FollowUp.Status == FollowUpStatus.Overdue ? "Overdue: " : "") + a.Action.Text,
                $"{a.Action.Committee}, {a.Action.MeetingDate}, {a.Action.ItemNumber ?? a.Action.ItemTitle}.{due} {SiteText.Status(a.FollowUp.Status)}.",
                url, $"{url.AbsoluteUri}#{ActionFollowUp.Name(a.FollowUp.Status)}", Updated(a.Action, a.FollowUp));
        }).ToList();
        return Atom(request, new Uri(site, SiteLinks.Owner(slug)), $"Actions for {name}", entries,
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.LastUpdatedTime));
    }

    public static async Task<IResult> OwnerCalendarAsync(string slug, HttpRequest request, ActionQueries actions, FollowUpLog followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (name, open) = await OpenActionsAsync(slug, actions, followUp, cancellationToken).ConfigureAwait(false);
        if (name is null)
        {
            return SitePages.NotFound("No such owner", "No actions are stored for this owner.");
        }

        var site = Site(request);
        var calendar = new Calendar { ProductId = "-//Council minutes//Actions//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"Actions for {name}");
        foreach (var (action, standing) in open.Where(a => a.FollowUp.DueDate is not null))
        {
            var day = standing.DueDate!.Value;
            calendar.Events.Add(new CalendarEvent
            {
                // The same uid every time, so a calendar updates the event instead of adding another.
                Uid = $"{action.Id}@{site.Host}",
                Summary = (standing.Status == FollowUpStatus.Overdue ? "Overdue: " : "Due: ") + action.Text,
                Description = $"{action.Committee}, {action.MeetingDate}, {action.ItemNumber ?? action.ItemTitle}",
                Url = new Uri(site, SiteLinks.Action(action.Id)),
                DtStart = new CalDateTime(day),
                DtEnd = new CalDateTime(day.AddDays(1)),
                DtStamp = new CalDateTime(DateTime.UtcNow),
            });
        }

        return Results.Text(new CalendarSerializer().SerializeToString(calendar), "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>An owner's name and actions not done, overdue first then by due day; a null name when no actions are stored for them.</summary>
    private static async Task<(string? Name, List<(ActionRecord Action, ActionFollowUp FollowUp)> Open)> OpenActionsAsync(string slug, ActionQueries actions,
        FollowUpLog followUp, CancellationToken cancellationToken)
    {
        var list = await actions.ByOwnerAsync(slug, false, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return (null, []);
        }

        var standing = await followUp.ForAsync(list, cancellationToken).ConfigureAwait(false);
        return (list.FirstOrDefault(a => a.Owner is not null)?.Owner ?? "no one named",
            [.. list.Select(a => (a, standing[a.Id])).Where(a => a.Item2.Status != FollowUpStatus.Done)
                .OrderBy(a => a.Item2.Status != FollowUpStatus.Overdue).ThenBy(a => a.Item2.DueDate ?? DateOnly.MaxValue)]);
    }

    private static DateTimeOffset Updated(ActionRecord action, ActionFollowUp followUp) =>
        followUp.Status == FollowUpStatus.Overdue && followUp.DueDate is { } due ? Day(due)
        : action.NotifiedAt ?? (DateOnly.TryParse(action.MeetingDate, out var day) ? Day(day) : DateTimeOffset.UnixEpoch);

    private static DateTimeOffset Day(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static Uri Site(HttpRequest request) => new($"{request.Scheme}://{request.Host}/");

    private static IResult Atom(HttpRequest request, Uri page, string title, List<SyndicationItem> entries, DateTimeOffset updated)
    {
        var feed = new SyndicationFeed(title, null, page, page.AbsoluteUri, updated, entries);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(Site(request), request.Path.Value)));
        feed.Authors.Add(new SyndicationPerson { Name = "Council minutes" });
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }
}
