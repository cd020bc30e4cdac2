using System.Net;
using System.Text.Json.Nodes;
using CouncilMinutes.Tests.Support;
using CouncilMinutes.Web;
using static CouncilMinutes.Tests.Support.StoredHaltonMeetings;

namespace CouncilMinutes.Tests.Web;

/// <summary>The pages and JSON API over two stored Halton meetings, fetched over HTTP from the site on loopback.</summary>
public sealed class SiteTests(StoredHaltonMeetings stored) : IClassFixture<StoredHaltonMeetings>, IAsyncLifetime
{
    private RunningSite _site = null!;

    public async Task InitializeAsync() => _site = await RunningSite.StartAsync(stored.Host.Azurite!.ConnectionString);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_resident_goes_from_the_committees_to_a_meeting_to_an_action_and_its_owner()
    {
        var home = await _site.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains($"<a href=\"/committees/{CommitteeSlug}\">{Committee}</a>", home, StringComparison.Ordinal);

        var committee = await _site.Client.GetStringAsync(new Uri($"/committees/{CommitteeSlug}", UriKind.Relative));
        Assert.Contains($"<a href=\"/meetings/{Meeting2024}\">9 September 2024</a>", committee, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/meetings/{Meeting2023}\">23 January 2023</a>", committee, StringComparison.Ordinal);

        var meeting = await _site.Client.GetStringAsync(new Uri($"/meetings/{Meeting2024}", UriKind.Relative));
        Assert.Contains("CYP14 CHILDREN&#x27;S SOCIAL CARE UPDATE", meeting, StringComparison.Ordinal);
        Assert.Contains("That the presentation is noted.", meeting, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/owners/{DirectorSlug}\">", meeting, StringComparison.Ordinal);
        Assert.Contains("status-notified", meeting, StringComparison.Ordinal);

        var actionLink = System.Text.RegularExpressions.Regex.Match(meeting, "href=\"(/actions/[0-9a-f]+)\"").Groups[1].Value;
        var action = await _site.Client.GetStringAsync(new Uri(actionLink, UriKind.Relative));
        Assert.Contains("<h2>History</h2>", action, StringComparison.Ordinal);
        Assert.Contains("set at the meeting of", action, StringComparison.Ordinal);

        var owner = await _site.Client.GetStringAsync(new Uri($"/owners/{DirectorSlug}", UriKind.Relative));
        Assert.Contains("Actions for Executive Director of Children&#x27;s Services", owner, StringComparison.Ordinal);
        Assert.Contains("To do (4)", owner, StringComparison.Ordinal);
        Assert.Contains(NotifiedAction, owner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/site.css")]
    [InlineData("/api/actions")]
    public async Task A_head_request_is_answered_as_the_get_with_no_body(string path)
    {
        using var head = await _site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));
        using var get = await _site.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, get.Content.Headers.ContentType?.MediaType), (head.StatusCode, head.Content.Headers.ContentType?.MediaType));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/meetings/no-such-committee_2024-01-01")]
    [InlineData("/meetings/not-a-key")]
    [InlineData("/committees/no-such-committee")]
    [InlineData("/owners/no-one")]
    [InlineData("/actions/0000000000000000")]
    [InlineData("/no/such/page")]
    public async Task An_address_with_nothing_behind_it_is_a_plain_not_found_page(string path)
    {
        using var response = await _site.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("<h1>No such", body.Replace("<h1>Not found", "<h1>No such", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actions_api_gives_at_most_the_limit_asked_and_says_how_many_there_are()
    {
        using var response = await _site.Client.GetAsync(new Uri("/api/actions?limit=2", UriKind.Relative));

        Assert.Equal(2, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Count);
        Assert.Equal("12", response.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task A_failure_is_a_page_that_says_so_without_a_stack_trace()
    {
        // Storage that does not answer: a loopback port nothing listens on.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var account = CouncilMinutes.LocalAzurite.AzuriteServer.AccountName;
        var nowhere = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={CouncilMinutes.LocalAzurite.AzuriteServer.AccountKey};" +
                      $"BlobEndpoint=http://127.0.0.1:{port}/{account};QueueEndpoint=http://127.0.0.1:{port}/{account};TableEndpoint=http://127.0.0.1:{port}/{account};";
        await using var site = await RunningSite.StartAsync(nowhere);

        using var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<h1>Something went wrong</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Equal(MinutesSite.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/" + Meeting2024)]
    [InlineData("/no/such/page")]
    [InlineData("/api/actions")]
    public async Task Every_response_forbids_script_framing_and_sniffing(string path)
    {
        using var response = await _site.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(MinutesSite.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_meeting_api_is_the_contract_of_show_json()
    {
        var json = JsonNode.Parse(await _site.Client.GetStringAsync(new Uri($"/api/meetings/{Meeting2024}", UriKind.Relative)))!;

        Assert.Equal(Meeting2024, (string?)json["meeting_key"]);
        Assert.Equal("2024-09-09", (string?)json["meeting_date"]);
        Assert.Equal(8, json["items"]!.AsArray().Count);
        var actions = json["items"]!.AsArray().SelectMany(i => i!["actions"]!.AsArray()).ToList();
        Assert.Equal(9, actions.Count);
        Assert.Single(actions, a => (string?)a!["status"] == "notified");
    }

    [Fact]
    public async Task The_actions_api_filters_by_owner_and_status_and_refuses_an_unknown_status()
    {
        var notified = JsonNode.Parse(await _site.Client.GetStringAsync(new Uri($"/api/actions?owner={DirectorSlug}&status=notified", UriKind.Relative)))!.AsArray();
        using var refused = await _site.Client.GetAsync(new Uri("/api/actions?status=finished", UriKind.Relative));

        var action = Assert.Single(notified);
        Assert.Contains(NotifiedAction, (string?)action!["text"], StringComparison.Ordinal);
        Assert.Equal(Meeting2024, (string?)action["meeting_key"]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("carried_forward", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
