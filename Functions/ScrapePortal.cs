using CouncilMinutes.Ingestion.Scraping;
using Microsoft.Azure.Functions.Worker;

namespace CouncilMinutes.Functions;

/// <summary>Fetches newly published minutes from the council's ModernGov portal into <c>minutes-inbox</c> on a schedule.</summary>
public sealed class ScrapePortal(PortalScraper scraper)
{
    [Function(nameof(ScrapePortal))]
    public Task Run([TimerTrigger("%ScrapeSchedule%")] TimerInfo _, CancellationToken cancellationToken) =>
        scraper.RunAsync(cancellationToken);
}
