namespace CouncilMinutes.Ingestion.Search;

/// <summary>Settings of the search index (section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// The largest index kept as one blob. Each update downloads and uploads it whole, so past this (roughly 50,000 meetings)
    /// the index is no longer updated and a log error says to move search to Azure AI Search (docs/web.md).
    /// </summary>
    public long MaxIndexBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Updates tried before giving up when other instances keep changing the index at the same moment.</summary>
    public int MaxUpdateAttempts { get; set; } = 8;
}
