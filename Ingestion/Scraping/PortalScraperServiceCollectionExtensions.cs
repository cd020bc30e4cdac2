using CouncilMinutes.Parsing.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>Registers the ModernGov portal scraper (settings section <c>Portal</c>) and the polite, resilient HttpClient it uses.</summary>
public static class PortalScraperServiceCollectionExtensions
{
    public static IServiceCollection AddPortalScraper(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName));
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RequestSpacing>();
        services.AddTransient<RequestSpacingHandler>();
        services.AddSingleton<ScrapeStateStore>();
        services.AddSingleton<PortalInbox>();
        services.AddSingleton<PortalScraper>();

        var client = services.AddHttpClient(ModernGovClient.HttpClientName, (provider, http) =>
        {
            var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value;
            http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", portal.UserAgentHeader);

            // The resilience pipeline's total timeout covers the attempts; this one also covers reading the body.
            http.Timeout = portal.TotalRequestTimeout;

            // Nothing larger than ingestion would read is worth fetching: a bigger answer fails instead of filling memory.
            http.MaxResponseContentBufferSize = Math.Min(int.MaxValue, provider.GetRequiredService<IOptions<DocumentLimits>>().Value.MaxDocumentBytes);
        });
        client.AddStandardResilienceHandler()
            .Configure((resilience, provider) => Configure(resilience, provider.GetRequiredService<IOptions<PortalOptions>>().Value))

            // One pipeline per portal: each has its own concurrency limit and circuit breaker.
            .SelectPipelineByAuthority();

        // Inside the resilience handler, so every attempt, retries included, waits its turn.
        client.AddHttpMessageHandler<RequestSpacingHandler>();
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions resilience, PortalOptions portal)
    {
        // Queued rather than refused: a run asks for what it needs, just never more than this many at once.
        resilience.RateLimiter.DefaultRateLimiterOptions.PermitLimit = portal.MaxConcurrentRequests;
        resilience.RateLimiter.DefaultRateLimiterOptions.QueueLimit = int.MaxValue;
        resilience.AttemptTimeout.Timeout = portal.RequestTimeout;
        resilience.TotalRequestTimeout.Timeout = portal.TotalRequestTimeout;

        // Exponential with jitter, and a Retry-After from the portal wins over the backoff (the defaults, kept on purpose).
        resilience.Retry.MaxRetryAttempts = portal.MaxRetries;
        resilience.Retry.Delay = portal.RetryDelay;
        resilience.Retry.ShouldRetryAfterHeader = true;

        // A portal that fails nearly everything is left alone for a while rather than sent every remaining request;
        // occasional errors, which the retries ride out, never open it.
        resilience.CircuitBreaker.FailureRatio = 0.8;
        resilience.CircuitBreaker.MinimumThroughput = 20;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks, 2 * portal.RequestTimeout.Ticks));
        resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
    }

    /// <summary>Fails the first use of the settings with every problem in them.</summary>
    private sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
    {
        public ValidateOptionsResult Validate(string? name, PortalOptions options) =>
            options.Problems() is [_, ..] problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
