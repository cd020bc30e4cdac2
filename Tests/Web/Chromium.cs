using Microsoft.Playwright;

namespace CouncilMinutes.Tests.Web;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright by its path (Playwright's own browser download cannot be reached here);
/// <c>scripts/install-chromium.sh</c>, which test.sh runs, installs it. Without it the browser tests fail, never skip.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} not found: the browser tests need Debian's Chromium (scripts/install-chromium.sh installs it).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// Runs <paramref name="steps"/> in a new page of <paramref name="site"/>; when they fail, a screenshot of the page is kept
    /// in <c>TestResults/screenshots/{name}.png</c> beside the test binaries before the failure is passed on.
    /// </summary>
    public async Task BrowseAsync(Uri site, string name, Func<IPage, Task> steps, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(steps);
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.AbsoluteUri, BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        try
        {
            await steps(page);
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            throw;
        }
    }
}
