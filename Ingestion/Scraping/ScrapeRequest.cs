namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>What one scraper run covers, where it differs from the <c>Portal</c> settings (the command line's options).</summary>
public sealed record ScrapeRequest
{
    /// <summary>The settings as they are: what the timer runs.</summary>
    public static ScrapeRequest Scheduled { get; } = new();

    /// <summary>Another portal than <see cref="PortalOptions.BaseUrl"/>.</summary>
    public Uri? Portal { get; init; }

    /// <summary>These committees instead of <see cref="PortalOptions.Committees"/>; empty, the settings' choice.</summary>
    public IReadOnlyList<int> Committees { get; init; } = [];

    /// <summary>Look at meetings from this day on, instead of the window the committee's last run implies.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Read the portal but write nothing: no upload, no scrape state.</summary>
    public bool DryRun { get; init; }
}
