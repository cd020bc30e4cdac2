namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// The inbox blob name a file is uploaded under: its path with backslashes read as folder separators (as Azure Storage
/// reads them), and no empty, "." or ".." segments or control characters, so a name can never climb out of the inbox
/// or be stored under one name and recorded under another. The ingestion itself keeps every blob's name as uploaded.
/// </summary>
public static class InboxName
{
    /// <summary>The name for <paramref name="path"/> (a file name, or a path below the folder being uploaded).</summary>
    /// <exception cref="ArgumentException">Nothing of the path is left to name a blob by.</exception>
    public static string From(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/')
            .Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(WithoutControlCharacters)
            .Where(segment => segment.Length > 0 && segment is not ("." or ".."))
            .ToList();
        return segments.Count > 0
            ? string.Join('/', segments)
            : throw new ArgumentException($"'{Printable.Text(path)}' has no name to store a document under.", nameof(path));
    }

    private static string WithoutControlCharacters(string segment) =>
        segment.Any(char.IsControl) ? new string(segment.Where(c => !char.IsControl(c)).ToArray()) : segment;
}
