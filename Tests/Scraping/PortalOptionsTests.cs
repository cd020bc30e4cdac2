using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Tests.Scraping;

/// <summary>The <c>Portal</c> settings as a host binds them: the agreed defaults, the environment form, and refusals.</summary>
public class PortalOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddMinutesPipeline(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void With_no_settings_the_scraper_resolves_with_the_agreed_defaults_and_says_it_has_no_contact()
    {
        using var services = Services([]);

        Assert.NotNull(services.GetRequiredService<PortalScraper>());
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        Assert.Equal(
            ("https://councillors.halton.gov.uk/", 60, 2, TimeSpan.FromSeconds(0.5), 0),
            (options.BaseUrl.AbsoluteUri, options.WindowDays, options.MaxConcurrentRequests, options.MinDelay, options.Committees.Count));
        Assert.Equal("CouncilMinutesPipeline/1.0 (+contact not configured)", options.UserAgentHeader);
    }

    [Fact]
    public void Environment_variables_bind_the_committee_list()
    {
        // A prefix of this test's own, so tests running beside it see none of these variables.
        const string Prefix = "SCRAPER_OPTIONS_TEST_";
        Environment.SetEnvironmentVariable(Prefix + "Portal__Committees__0", "316");
        Environment.SetEnvironmentVariable(Prefix + "Portal__Committees__1", "292");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(Prefix).Build();
            using var services = new ServiceCollection().AddLogging().AddMinutesPipeline(configuration).BuildServiceProvider();

            Assert.Equal([316, 292], services.GetRequiredService<IOptions<PortalOptions>>().Value.Committees);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Prefix + "Portal__Committees__0", null);
            Environment.SetEnvironmentVariable(Prefix + "Portal__Committees__1", null);
        }
    }

    [Fact]
    public void Settings_that_cannot_work_are_refused_on_first_use_naming_each_problem()
    {
        using var services = Services(new()
        {
            ["Portal:BaseUrl"] = "ftp://councillors.halton.gov.uk",
            ["Portal:WindowDays"] = "0",
            ["Portal:Contact"] = "me@example.org\r\nX-Evil: 1",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PortalOptions>>().Value);

        Assert.Equal(3, refused.Failures.Count());
        Assert.Contains(refused.Failures, f => f.StartsWith("Portal:BaseUrl", StringComparison.Ordinal));
        Assert.Contains("Portal:WindowDays must be at least 1.", refused.Failures);
        Assert.Contains("Portal:Contact must be an email address or URL on one line.", refused.Failures);
    }
}
