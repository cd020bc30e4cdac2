using System.Diagnostics;
using System.Diagnostics.Metrics;
using CouncilMinutes.Ingestion.Notifications;

namespace CouncilMinutes.Ingestion.Telemetry;

/// <summary>
/// The pipeline's spans and metrics, under one name a host subscribes to (the Functions app exports them to Application
/// Insights): a span per document ingested and per digest message handled; documents ingested, quarantined by reason, the
/// ingest duration, digests sent and failed.
/// </summary>
/// <remarks>
/// Static, as <see cref="ActivitySource"/> and <see cref="Meter"/> are meant to be: nothing is recorded until a listener
/// subscribes to <see cref="Name"/>, so the command line and the tests pay nothing, and no service needs a new dependency.
/// </remarks>
public static class PipelineTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "CouncilMinutes.Pipeline";

    /// <summary>The span of one document's ingest.</summary>
    public const string IngestSpan = "IngestDocument";

    /// <summary>The span of one digest message's handling.</summary>
    public const string NotifySpan = "NotifyOwners";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Ingested = Meter.CreateCounter<long>("minutes.documents.ingested", "{document}", "Documents whose meeting was stored.");
    private static readonly Counter<long> Quarantined = Meter.CreateCounter<long>("minutes.documents.quarantined", "{document}", "Documents copied to quarantine, by reason.");
    private static readonly Histogram<double> IngestDuration = Meter.CreateHistogram<double>("minutes.ingest.duration", "s", "Time to ingest one document, whatever the outcome.");
    private static readonly Counter<long> DigestsSent = Meter.CreateCounter<long>("minutes.digests.sent", "{digest}", "Digests delivered to a recipient.");
    private static readonly Counter<long> DigestsFailed = Meter.CreateCounter<long>("minutes.digests.failed", "{digest}", "Digest deliveries that failed (retried by the queue unless final).");

    /// <summary>Starts the span of one document's ingest, or returns null when nobody listens.</summary>
    public static Activity? StartIngest(string container, string blobName)
    {
        var activity = Source.StartActivity(IngestSpan, ActivityKind.Internal);
        activity?.SetTag("minutes.container", container);
        activity?.SetTag("minutes.blob", blobName);
        return activity;
    }

    /// <summary>Records one document's outcome on its span and in the metrics.</summary>
    public static void Ingest(Activity? activity, IngestionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = new KeyValuePair<string, object?>("minutes.status", result.Status.ToString());
        IngestDuration.Record(result.Elapsed.TotalSeconds, status);
        switch (result.Status)
        {
            case IngestionStatus.Ingested:
                Ingested.Add(1);
                break;
            case IngestionStatus.Quarantined:
                Quarantined.Add(1, new KeyValuePair<string, object?>("minutes.reason", result.Reason));
                break;
        }

        activity?.SetTag("minutes.status", result.Status.ToString());
        activity?.SetTag("minutes.meeting", result.MeetingKey);
        activity?.SetTag("minutes.reason", result.Reason);
    }

    /// <summary>Starts the span of one digest message's handling, or returns null when nobody listens.</summary>
    public static Activity? StartNotify(long dequeueCount)
    {
        var activity = Source.StartActivity(NotifySpan, ActivityKind.Internal);
        activity?.SetTag("minutes.dequeue_count", dequeueCount);
        return activity;
    }

    /// <summary>Records a digest message handled: who was sent it.</summary>
    public static void Notified(Activity? activity, NotificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        DigestsSent.Add(result.Sent.Count);
        activity?.SetTag("minutes.digest", result.Digest.DigestId);
        activity?.SetTag("minutes.sent", result.Sent.Count);
    }

    /// <summary>Records a digest message whose recipients were not all reached.</summary>
    public static void NotifyFailed(Activity? activity, NotificationFailedException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        DigestsFailed.Add(failure.Failures.Count, new KeyValuePair<string, object?>("minutes.final", failure.IsFinal));
        activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
    }
}
