using System.Diagnostics;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Telemetry;
using CouncilMinutes.Tests.Support;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CouncilMinutes.Tests.Telemetry;

/// <summary>
/// Runs alone: the pipeline's meter is process-wide, so another test ingesting at the same time would be counted too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PipelineTelemetryCollection
{
    public const string Name = "Pipeline telemetry";
}

/// <summary>What the Functions app exports to Application Insights, caught by OpenTelemetry's in-memory exporter.</summary>
[Collection(PipelineTelemetryCollection.Name)]
public class PipelineTelemetryTests
{
    [Fact]
    public async Task One_ingest_produces_its_span_and_metrics_and_a_quarantine_is_counted_by_reason()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(PipelineTelemetry.Name).AddInMemoryExporter(spans).Build();
        using var metering = Sdk.CreateMeterProviderBuilder().AddMeter(PipelineTelemetry.Name).AddInMemoryExporter(metrics).Build();

        var ingested = await host.IngestAsync("telemetry/cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));
        var quarantined = await host.IngestAsync("telemetry/list.txt", HostileDocuments.ShoppingList());
        tracing.ForceFlush();
        metering.ForceFlush();

        Assert.Equal((IngestionStatus.Ingested, IngestionStatus.Quarantined), (ingested.Status, quarantined.Status));
        var span = Assert.Single(spans, s => Equals(s.GetTagItem("minutes.blob"), "telemetry/cyp.txt"));
        Assert.Equal(PipelineTelemetry.IngestSpan, span.DisplayName);
        Assert.Equal(("Ingested", ingested.MeetingKey), (span.GetTagItem("minutes.status"), span.GetTagItem("minutes.meeting")));
        Assert.Equal(1, Sum(metrics, "minutes.documents.ingested"));
        Assert.Equal(1, Sum(metrics, "minutes.documents.quarantined", ("minutes.reason", quarantined.Reason)));
        Assert.Equal(2, Count(metrics, "minutes.ingest.duration"));
    }

    private static long Sum(List<Metric> metrics, string name, (string Key, object? Value)? tag = null)
    {
        long sum = 0;
        foreach (ref readonly var point in Single(metrics, name).GetMetricPoints())
        {
            if (tag is null || HasTag(point, tag.Value))
            {
                sum += point.GetSumLong();
            }
        }

        return sum;
    }

    private static long Count(List<Metric> metrics, string name)
    {
        long count = 0;
        foreach (ref readonly var point in Single(metrics, name).GetMetricPoints())
        {
            count += point.GetHistogramCount();
        }

        return count;
    }

    private static bool HasTag(in MetricPoint point, (string Key, object? Value) tag)
    {
        foreach (var pair in point.Tags)
        {
            if (pair.Key == tag.Key && Equals(pair.Value, tag.Value))
            {
                return true;
            }
        }

        return false;
    }

    // The in-memory exporter keeps a metric each time it is flushed; cumulative temporality makes the last one the total.
    private static Metric Single(List<Metric> metrics, string name) => metrics.Last(m => m.Name == name);
}
