using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CouncilMinutes.Tests.FollowUp;
using CouncilMinutes.Tests.Support;
using Ical.Net;

namespace CouncilMinutes.Tests.Web;

/// <summary>
/// The Atom and iCalendar feeds over two Weybridge meetings (January sets two actions for the Town Clerk; February delivers
/// one and says nothing of the other), read back with an Atom and an iCalendar parser.
/// </summary>
public sealed class FeedTests : IAsyncLifetime
{
    private PipelineHost _host = null!;
    private RunningSite _site = null!;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAloneAsync();
        await _host.IngestAsync("env/2025-01-13.txt", Encoding.UTF8.GetBytes(FollowUpLogTests.January));
        await _host.IngestAsync("env/2025-02-10.txt", Encoding.UTF8.GetBytes(FollowUpLogTests.February));
        _site = await RunningSite.StartAsync(_host.Azurite!.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_committees_feed_has_its_meetings_newest_first_linked_to_their_pages()
    {
        var feed = await AtomAsync("/committees/environment-committee/feed.atom");

        Assert.Equal(["Environment Committee, 10 February 2025", "Environment Committee, 13 January 2025"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal(new Uri(_site.Client.BaseAddress!, "/meetings/environment-committee_2025-02-10"), feed.Items.First().Links.Single().Uri);
    }

    [Fact]
    public async Task An_owners_feed_has_what_is_still_to_do_overdue_first_and_not_what_is_done()
    {
        var feed = await AtomAsync("/owners/town-clerk/feed.atom");

        var entry = Assert.Single(feed.Items);
        Assert.Equal("Overdue: The Town Clerk would report on the drainage survey at the next meeting.", entry.Title.Text);
    }

    [Fact]
    public async Task An_owners_calendar_has_an_all_day_event_on_each_due_day()
    {
        using var response = await _site.Client.GetAsync(new Uri("/owners/town-clerk/actions.ics", UriKind.Relative));
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var due = Assert.Single(calendar.Events);
        Assert.Equal(new DateOnly(2025, 2, 10), due.DtStart!.Date);
        Assert.False(due.DtStart.HasTime);
        Assert.StartsWith("Overdue: The Town Clerk would report on the drainage survey", due.Summary, StringComparison.Ordinal);
        Assert.EndsWith($"@{_site.Client.BaseAddress!.Host}", due.Uid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_or_committee_with_nothing_stored_has_no_feed()
    {
        using var owner = await _site.Client.GetAsync(new Uri("/owners/no-one/feed.atom", UriKind.Relative));
        using var committee = await _site.Client.GetAsync(new Uri("/committees/no-such/feed.atom", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, owner.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, committee.StatusCode);
    }

    private async Task<SyndicationFeed> AtomAsync(string path)
    {
        using var response = await _site.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
