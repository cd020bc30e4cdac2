using System.Globalization;
using CouncilMinutes.Ingestion;

namespace CouncilMinutes.Cli.Ingesting;

/// <summary>The blob metadata an ingest sets from <c>--council</c>, <c>--committee</c> and <c>--date</c>: what the text lacks, the pipeline takes from here.</summary>
internal static class DocumentMetadata
{
    public static Dictionary<string, string> From(string? council, string? committee, DateOnly? date)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // Metadata values must be ASCII; the pipeline URL-decodes them, so "Children's Services" survives.
        if (!string.IsNullOrWhiteSpace(council))
        {
            metadata[IngestionService.Metadata.Council] = Uri.EscapeDataString(council.Trim());
        }

        if (!string.IsNullOrWhiteSpace(committee))
        {
            metadata[IngestionService.Metadata.Committee] = Uri.EscapeDataString(committee.Trim());
        }

        if (date is { } day)
        {
            metadata[IngestionService.Metadata.MeetingDate] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return metadata;
    }

    /// <summary>True when the two sets of metadata say the same (keys compared as the service does, without case).</summary>
    public static bool Same(IDictionary<string, string> stored, IDictionary<string, string> wanted)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(wanted);
        return stored.Count == wanted.Count
               && stored.All(pair => wanted.Any(w => string.Equals(w.Key, pair.Key, StringComparison.OrdinalIgnoreCase) && string.Equals(w.Value, pair.Value, StringComparison.Ordinal)));
    }
}
