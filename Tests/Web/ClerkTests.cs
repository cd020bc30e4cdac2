using System.Net;
using CouncilMinutes.Tests.Support;
using Microsoft.Playwright;

namespace CouncilMinutes.Tests.Web;

/// <summary>The clerks' pages over an inbox with a quarantined seed (000: the text names neither its committee nor its date).</summary>
public sealed class ClerkTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string Quarantined = "seeds/000.txt";
    private PipelineHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAloneAsync();
        await _host.IngestAsync(Quarantined, File.ReadAllBytes(Parse.CorpusPath("seeds", "000_92ce380786534001.txt")));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<RunningSite> SiteAsync(params (string Key, string Value)[] settings) =>
        RunningSite.StartAsync(_host.Azurite!.ConnectionString, settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    [Fact]
    public async Task Without_sign_in_the_queue_is_refused_and_a_principal_header_is_not_trusted_off_app_service()
    {
        await using var site = await SiteAsync(("Clerks:LocalWithoutSignIn", "false"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/clerk");
        request.Headers.Add(AppServicePrincipal.HeaderName, AppServicePrincipal.With("Clerk"));

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("000.txt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Clerk", HttpStatusCode.OK)]
    [InlineData("Reader", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Redirect)]
    public async Task On_app_service_the_platforms_principal_decides_and_no_principal_is_sent_to_sign_in(string? role, HttpStatusCode expected)
    {
        await using var site = await SiteAsync(("Clerks:LocalWithoutSignIn", "false"), ("Clerks:AppServiceAuthentication", "true"));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Client.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/clerk");
        if (role is not null)
        {
            request.Headers.Add(AppServicePrincipal.HeaderName, AppServicePrincipal.With(role));
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal("/.auth/login/aad?post_login_redirect_uri=%2Fclerk", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public Task A_clerk_gives_a_quarantined_document_its_committee_and_date_and_it_becomes_a_meeting() =>
        Browse(nameof(A_clerk_gives_a_quarantined_document_its_committee_and_date_and_it_becomes_a_meeting), async page =>
        {
            await page.GotoAsync("/clerk");
            await page.GetByRole(AriaRole.Link, new() { Name = Quarantined }).ClickAsync();
            await page.GetByLabel("Committee").FillAsync("Children Young People and Families Policy and Performance Board");
            await page.GetByLabel("Meeting date").FillAsync("2022-01-24");
            await page.GetByRole(AriaRole.Button, new() { Name = "Read it again with these" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Read again and stored");
            await page.GetByRole(AriaRole.Link, new() { Name = "the meeting of 24 January 2022" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("Children Young People and Families Policy and Performance Board, 24 January 2022");
            await page.GotoAsync("/clerk");
            await Assertions.Expect(page.GetByText("No document is in quarantine.")).ToBeVisibleAsync();
        });

    [Fact]
    public Task A_form_without_a_date_or_committee_is_refused_with_the_reason() =>
        Browse(nameof(A_form_without_a_date_or_committee_is_refused_with_the_reason), async page =>
        {
            await page.GotoAsync($"/clerk/document?name={Uri.EscapeDataString(Quarantined)}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Read it again with these" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Give the committee, the meeting date or both.");
        });

    private async Task Browse(string name, Func<IPage, Task> steps)
    {
        await using var site = await SiteAsync();
        await chromium.BrowseAsync(site.Client.BaseAddress!, name, steps);
    }
}
