namespace CouncilMinutes.Functions;

/// <summary>How much of the app's telemetry goes to Application Insights (app settings <c>Telemetry__*</c>).</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// The share of traces kept, 0 to 1; the metrics are always whole. Default value is 1 (every trace: a council's volume is
    /// small); lower it during a backfill of thousands of documents.
    /// </summary>
    public float SamplingRatio { get; set; } = 1f;
}
