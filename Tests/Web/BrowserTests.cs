using System.Text.RegularExpressions;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Tests.Notifications;
using CouncilMinutes.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static CouncilMinutes.Tests.Support.StoredHaltonMeetings;

namespace CouncilMinutes.Tests.Web;

/// <summary>The site as people use it, in a real headless Chromium, over two stored Halton meetings.</summary>
public sealed class BrowserTests(StoredHaltonMeetings stored, Chromium chromium) : IClassFixture<StoredHaltonMeetings>, IClassFixture<Chromium>, IAsyncLifetime
{
    private const string Secret = "a test key, not a real one";
    private RunningSite _site = null!;

    private Uri Site => _site.Client.BaseAddress!;

    public async Task InitializeAsync() => _site = await RunningSite.StartAsync(stored.Host.Azurite!.ConnectionString, new Dictionary<string, string?>
    {
        ["ActionLinks:Secret"] = Secret,
        ["ActionLinks:BaseUrl"] = "https://minutes.example.gov.uk/",
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public Task A_resident_goes_from_the_committees_to_a_meeting_and_one_of_its_actions() =>
        chromium.BrowseAsync(Site, nameof(A_resident_goes_from_the_committees_to_a_meeting_and_one_of_its_actions), async page =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = Committee }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "9 September 2024" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{Committee}, 9 September 2024");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CYP14 CHILDREN'S SOCIAL CARE UPDATE" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "A further update would be provided at a future meeting of the Board." }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = Director }).First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/owners/{DirectorSlug}$"));
        });

    [Fact]
    public Task A_resident_searches_for_a_decision_and_opens_its_meeting() =>
        chromium.BrowseAsync(Site, nameof(A_resident_searches_for_a_decision_and_opens_its_meeting), async page =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
            await page.GetByLabel("Words to find in decisions, actions and items").FillAsync("annual report");
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

            var result = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Decided: That the 2023-24 Annual Report be received and noted." });
            await result.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{Committee}, 9 September 2024");
        });

    [Fact]
    public Task An_owner_marks_an_action_done_through_the_emailed_link_and_the_meeting_page_shows_it() =>
        chromium.BrowseAsync(Site, nameof(An_owner_marks_an_action_done_through_the_emailed_link_and_the_meeting_page_shows_it), async page =>
        {
            const string text = "Officers would return to the Board with further details on the financial implications of this and more details around how this would affect supporting families.";
            await page.GotoAsync($"/meetings/{Meeting2024}");
            var href = await page.GetByRole(AriaRole.Link, new() { Name = text }).GetAttributeAsync("href");
            var action = href!.Split('/')[^1];
            var token = ActionLinksTests.Links(DateTimeOffset.UtcNow, Secret).Token(new ActionLink(action, StatusOverride.Done, DateTimeOffset.UtcNow.AddDays(30)));

            await page.GotoAsync($"/act/{token}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is this action done?");
            await page.GetByLabel("A note for the clerk (optional)").FillAsync("Reported to the Board in November");
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes, it is done" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Recorded: done.");

            await page.GotoAsync($"/meetings/{Meeting2024}");
            var line = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = text }) });
            await Assertions.Expect(line.Locator(".status")).ToHaveTextAsync("done");
        });

    [Theory]
    [InlineData("/")]
    [InlineData("/committees/" + CommitteeSlug)]
    [InlineData("/meetings/" + Meeting2024)]
    [InlineData("/owners/" + DirectorSlug)]
    [InlineData("/no/such/page")]
    [InlineData("/search?q=annual+report")]
    public Task A_page_has_no_serious_or_critical_accessibility_violation(string path) =>
        chromium.BrowseAsync(Site, "axe" + path.Replace('/', '_'), async page =>
        {
            await page.GotoAsync(path);
            var report = await page.RunAxe();

            var serious = report.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}): {v.Help}").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious));
        }, bypassCsp: true);
}
