namespace CouncilMinutes.Cli.Ingesting;

/// <summary>Comparing an inbox document's metadata with what an ingest sets (<c>DocumentHints.Metadata</c>): a change means it is read again.</summary>
internal static class DocumentMetadata
{
    /// <summary>True when the two sets of metadata say the same (keys compared as the service does, without case).</summary>
    public static bool Same(IDictionary<string, string> stored, IDictionary<string, string> wanted)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(wanted);
        return stored.Count == wanted.Count
               && stored.All(pair => wanted.Any(w => string.Equals(w.Key, pair.Key, StringComparison.OrdinalIgnoreCase) && string.Equals(w.Value, pair.Value, StringComparison.Ordinal)));
    }
}
