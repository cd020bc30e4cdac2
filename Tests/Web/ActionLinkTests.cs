using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Tests.Notifications;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;
using CouncilMinutes.Web;

namespace CouncilMinutes.Tests.Web;

/// <summary>An owner says from the digest's link that an action is done: a page that asks, a form that posts once.</summary>
public sealed partial class ActionLinkTests(StoredHaltonMeetings stored) : IClassFixture<StoredHaltonMeetings>, IAsyncLifetime
{
    private const string Secret = "a test key, not a real one";
    private RunningSite _site = null!;

    public async Task InitializeAsync() => _site = await StartSiteAsync();

    private Task<RunningSite> StartSiteAsync() => RunningSite.StartAsync(stored.Host.Azurite!.ConnectionString, new Dictionary<string, string?>
    {
        ["ActionLinks:Secret"] = Secret,
        ["ActionLinks:BaseUrl"] = "https://minutes.example.gov.uk/",
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Opening_the_link_changes_nothing_and_its_form_records_done_once()
    {
        var action = await OpenActionAsync();
        var path = $"/act/{ActionLinksTests.Links(DateTimeOffset.UtcNow, Secret).Token(new ActionLink(action, StatusOverride.Done, DateTimeOffset.UtcNow.AddDays(1)))}";

        var page = await _site.Client.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains("Is this action done?", page, StringComparison.Ordinal);
        Assert.Equal("open", await StatusAsync(action));

        var form = FormFields(page);
        using var first = await _site.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form.Append(new("note", "Report went to the March meeting"))));
        using var again = await _site.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Recorded: done.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("done", await StatusAsync(action));
        var history = await _site.Client.GetStringAsync(new Uri($"/actions/{action}", UriKind.Relative));
        Assert.Single(Regex.Matches(history, "Report went to the March meeting \\(by a person\\)"));
    }

    [Fact]
    public async Task A_post_without_the_forms_anti_forgery_token_is_refused()
    {
        var action = await OpenActionAsync();
        var path = $"/act/{ActionLinksTests.Links(DateTimeOffset.UtcNow, Secret).Token(new ActionLink(action, StatusOverride.NotMine, DateTimeOffset.UtcNow.AddDays(1)))}";

        using var response = await _site.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("note", "not me")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("not_mine", await StatusAsync(action));
    }

    [Fact]
    public async Task An_expired_or_altered_link_says_so_and_changes_nothing()
    {
        var action = await OpenActionAsync();
        var links = ActionLinksTests.Links(DateTimeOffset.UtcNow, Secret);
        var expired = links.Token(new ActionLink(action, StatusOverride.Done, DateTimeOffset.UtcNow.AddDays(-1)));
        var altered = links.Token(new ActionLink(action, StatusOverride.Done, DateTimeOffset.UtcNow.AddDays(1))).Replace(".done.", ".not-mine.", StringComparison.Ordinal);

        using var old = await _site.Client.GetAsync(new Uri($"/act/{expired}", UriKind.Relative));
        using var forged = await _site.Client.GetAsync(new Uri($"/act/{altered}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
        Assert.Contains("This link has expired", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_form_one_instance_served_is_accepted_by_another_over_the_same_storage()
    {
        await using var other = await StartSiteAsync();
        var action = await OpenActionAsync();
        var path = $"/act/{ActionLinksTests.Links(DateTimeOffset.UtcNow, Secret).Token(new ActionLink(action, StatusOverride.Done, DateTimeOffset.UtcNow.AddDays(1)))}";
        // One browser: the anti-forgery cookie the first instance set goes with the form to the second.
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });

        var page = await browser.GetStringAsync(new Uri(_site.Client.BaseAddress!, path));
        using var answer = await browser.PostAsync(new Uri(other.Client.BaseAddress!, path), new FormUrlEncodedContent(FormFields(page)));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("done", await StatusAsync(action));
        var keys = stored.Host.Clients.Blobs.GetBlobContainerClient(StorageNames.ParsedContainer).GetBlobsAsync(BlobTraits.None, BlobStates.None, SiteKeyRing.Prefix, CancellationToken.None);
        Assert.NotEmpty(await keys.ToListAsync());
    }

    /// <summary>An open action of the 2023 meeting (each test takes its own, so they do not see each other's changes).</summary>
    private async Task<string> OpenActionAsync()
    {
        var actions = JsonNode.Parse(await _site.Client.GetStringAsync(new Uri("/api/actions?status=open", UriKind.Relative)))!.AsArray();
        lock (Taken)
        {
            var id = actions.Select(a => (string)a!["id"]!).First(id => !Taken.Contains(id));
            Taken.Add(id);
            return id;
        }
    }

    private static readonly HashSet<string> Taken = [];

    private async Task<string?> StatusAsync(string action) =>
        (string?)JsonNode.Parse(await _site.Client.GetStringAsync(new Uri("/api/actions", UriKind.Relative)))!.AsArray().Single(a => (string?)a!["id"] == action)!["status"];

    private static List<KeyValuePair<string, string>> FormFields(string page) =>
        [.. HiddenInput().Matches(page).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))];

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
