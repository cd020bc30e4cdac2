namespace CouncilMinutes.Ingestion;

/// <summary>Settings of the ingestion (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>
    /// How long a worker's claim on a document holds others off. Longer than any run (host.json's functionTimeout is
    /// 10 minutes), so a live worker is never overtaken; a dead one's claim lapses after it.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(10);
}
