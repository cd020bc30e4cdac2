using CouncilMinutes.Ingestion.Documents;

namespace CouncilMinutes.Cli.Ingesting;

/// <summary>A file to ingest and the inbox blob it goes to.</summary>
/// <param name="Path">The file on disk.</param>
/// <param name="BlobName">Its path relative to the folder it was found in, or its file name, as an <see cref="InboxName"/>: the same file always goes to the same blob.</param>
/// <param name="Given">That path as found, when the blob name had to differ from it (backslashes, ".." segments).</param>
internal sealed record DocumentFile(string Path, string BlobName, string? Given = null)
{
    public static DocumentFile For(string path, string relative)
    {
        var name = InboxName.From(relative);
        return new DocumentFile(path, name, name == relative ? null : relative);
    }
}

/// <summary>The documents named on an ingest's command line: each file given, and the minutes documents under each folder given.</summary>
internal sealed record DocumentFiles(IReadOnlyList<DocumentFile> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> Skipped, IReadOnlyList<string> Clashes)
{
    /// <summary>The formats the parser reads, by extension. In a folder, other files (labels, READMEs) are passed over.</summary>
    public static IReadOnlySet<string> DocumentExtensions { get; } =
        new HashSet<string>([".pdf", ".docx", ".htm", ".html", ".xml", ".txt", ".md"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Expands <paramref name="paths"/>: a file is taken as it is (the pipeline judges it), a folder for its documents, recursively.</summary>
    public static DocumentFiles Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<DocumentFile>();
        var missing = new List<string>();
        var skipped = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(DocumentFile.For(path, System.IO.Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var relative = System.IO.Path.GetRelativePath(path, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                    if (DocumentExtensions.Contains(System.IO.Path.GetExtension(file)) && !relative.Split('/').Any(part => part.StartsWith('.')))
                    {
                        files.Add(DocumentFile.For(file, relative));
                    }
                    else
                    {
                        skipped.Add(file);
                    }
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        // Two files bound for one blob would overwrite each other within the run: refuse rather than ingest one silently.
        var clashes = files.GroupBy(f => f.BlobName, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Path))}")
            .ToList();
        return new DocumentFiles(files, missing, skipped, clashes);
    }
}
