using System.Text;

namespace CouncilMinutes.Bench;

/// <summary>One input document: its file name (the parser sniffs the format from it and the bytes) and its bytes.</summary>
public sealed record Document(string Name, byte[] Content);

/// <summary>
/// The benchmark inputs, read from the test corpus and fixtures. Both the benchmark processes and the
/// verdict in the host process load them from here, so the byte counts behind MB/s are the bytes parsed.
/// </summary>
public static class Corpus
{
    /// <summary>The Halton printed minutes: 6 pages, the only real minutes PDF in the corpus.</summary>
    public const string HaltonPdf = "Tests/Corpus/printed/halton-cyp-2024-09-09.pdf";

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding <c>Pipeline.sln</c>: the corpus, the fixtures and <c>node_modules</c> are found from here.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>Every labelled text file (seeds and dev), each parsed as its own document.</summary>
    public static IReadOnlyList<Document> Text() => Load("Tests/Corpus/seeds", "*.txt").Concat(Load("Tests/Corpus/dev", "*.txt")).ToList();

    /// <summary>
    /// The same text files joined into one long document. The files are 0.5–11 KB, so a per-file figure
    /// is dominated by fixed per-document costs; this one shows how the grammar scales with length.
    /// </summary>
    public static IReadOnlyList<Document> TextAsOneDocument()
    {
        var joined = string.Join("\n\n", Text().Select(d => Encoding.UTF8.GetString(d.Content)));
        return [new Document("corpus.txt", Encoding.UTF8.GetBytes(joined))];
    }

    /// <summary>The wide set's plain text and Markdown (tune and sealed): many bodies' minutes as their publishers wrote them.</summary>
    public static IReadOnlyList<Document> WideText() =>
        WideFiles().Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Read(f)).ToList();

    /// <summary>The wide set's PDFs (tune and sealed, whole and rendered), as paths from the repository root.</summary>
    public static IReadOnlyList<string> WidePdfs() =>
        WideFiles().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();

    // Only the documents: each part's README and the labels beside them are not minutes.
    private static IEnumerable<string> WideFiles()
    {
        var files = new[] { "Tests/Corpus/wide/tune", "Tests/Corpus/wide/sealed" }
            .SelectMany(part => Directory.GetFiles(Path.Combine(Root.Value, part), "*", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(Root.Value, f).Replace('\\', '/'))
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    public static IReadOnlyList<Document> Html() => Load("Tests/Fixtures/Html", "*.html");

    public static IReadOnlyList<Document> Docx() => [Read("Tests/Corpus/printed/halton-cyp-2024-09-09.docx")];

    /// <summary>
    /// The ModernGov meeting responses that carry minutes. The other fixtures (committee and meeting
    /// lists, a meeting without minutes) are rejected in microseconds and would only flatter the figure.
    /// </summary>
    public static IReadOnlyList<Document> ModernGovXml() =>
    [
        Read("Tests/Fixtures/ModernGovXml/meeting_with_minutes.xml"),
        Read("Tests/Fixtures/ModernGovXml/meeting_double_encoded_actions.xml"),
    ];

    public static Document Read(string relativePath)
    {
        var path = Path.Combine(Root.Value, relativePath);
        return new Document(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    private static List<Document> Load(string relativeFolder, string pattern)
    {
        var files = Directory.GetFiles(Path.Combine(Root.Value, relativeFolder), pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(f => new Document(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    /// <summary>
    /// The repository root, found by walking up to <c>Pipeline.sln</c>. BenchmarkDotNet runs each benchmark
    /// in a process built under <c>Bench/bin/…</c>, so the walk starts from the running assembly; the
    /// working directory is the fallback for a run from elsewhere.
    /// </summary>
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            "Cannot find the repository root (Pipeline.sln) above the benchmark's folder; the corpus is read from Tests/. Run from inside the repository.");
    }
}
