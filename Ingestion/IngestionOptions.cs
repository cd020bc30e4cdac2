namespace CouncilMinutes.Ingestion;

/// <summary>Settings of the ingestion (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Documents larger than this are quarantined unread. Default 50 MB.</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How long one worker holds a document against others; renewed while it works. 15 to 60 seconds.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
