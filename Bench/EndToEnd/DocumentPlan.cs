using System.Globalization;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>One upload of the run: a corpus file under a blob name of its own, with the metadata it is uploaded with.</summary>
/// <param name="Index">Its place in the run, from 0.</param>
/// <param name="Format">txt, pdf, docx, html or xml.</param>
/// <param name="Source">The corpus file, relative to the repository root.</param>
/// <param name="BlobName">Its name in <c>minutes-inbox</c>: the index, then the file's name (the parser sniffs the extension).</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Committee">The <c>committee</c> metadata: used only when the text names none.</param>
/// <param name="MeetingDate">The <c>meetingdate</c> metadata: used only when the text gives no date.</param>
public sealed record PlannedDocument(int Index, string Format, string Source, string BlobName, byte[] Content, string Committee, DateOnly MeetingDate)
{
    public IDictionary<string, string> Metadata => new Dictionary<string, string>
    {
        ["committee"] = Committee,
        ["meetingdate"] = MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// The documents of a run: the formats taken in turn (txt, pdf, docx, html, xml), each format's files in turn, until the
/// count is reached. Every upload has its own blob name, its own date and one of ten committees as metadata, so a document
/// whose text names neither committee nor date is a meeting of its own; one whose text names them keeps its own meeting
/// (the parser prefers the text), so repeated files share a meeting. See Bench/README.md, "End-to-end".
/// </summary>
public static class DocumentPlan
{
    public static readonly string[] Formats = ["txt", "pdf", "docx", "html", "xml"];

    /// <summary>Metadata committees, in turn.</summary>
    private static readonly string[] Committees =
    [
        "Planning Committee", "Licensing Committee", "Cabinet", "Audit and Governance Committee", "Overview and Scrutiny Committee",
        "Health and Wellbeing Board", "Children and Young People Board", "Environment Committee", "Housing Committee", "Full Council",
    ];

    private static readonly DateOnly FirstDate = new(2031, 1, 1);

    public static IReadOnlyList<PlannedDocument> Create(int count)
    {
        var pools = Formats.ToDictionary(f => f, Pool);
        var documents = new List<PlannedDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var format = Formats[i % Formats.Length];
            var pool = pools[format];
            var source = pool[i / Formats.Length % pool.Count];
            var content = File.ReadAllBytes(Path.Combine(Corpus.RepositoryRoot, source));
            var blobName = string.Create(CultureInfo.InvariantCulture, $"{i:D3}-{Path.GetFileName(source)}");
            documents.Add(new PlannedDocument(i, format, source, blobName, content, Committees[i % Committees.Length], FirstDate.AddDays(i)));
        }

        return documents;
    }

    /// <summary>A format's files, relative to the repository root; text files interleaved across the corpus folders.</summary>
    private static List<string> Pool(string format) => format switch
    {
        // seeds, dev, holdout, blind taken in turn, so a short run still spans the councils.
        "txt" => Interleave(["Tests/Corpus/seeds", "Tests/Corpus/dev", "Tests/Corpus/holdout", "Tests/Corpus/blind"], "*.txt"),
        "pdf" => Files("Tests/Corpus/printed", "*.pdf"),
        "docx" => Files("Tests/Corpus/printed", "*.docx"),
        "html" => Files("Tests/Fixtures/Html", "*.html"),

        // The meeting responses that carry minutes; the list responses are not documents an uploader sends.
        "xml" => ["Tests/Fixtures/ModernGovXml/meeting_with_minutes.xml", "Tests/Fixtures/ModernGovXml/meeting_double_encoded_actions.xml"],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a format of the plan."),
    };

    private static List<string> Interleave(string[] folders, string pattern)
    {
        var lists = folders.Select(f => Files(f, pattern)).ToList();
        var result = new List<string>();
        for (var i = 0; result.Count < lists.Sum(l => l.Count); i++)
        {
            result.AddRange(lists.Where(l => i < l.Count).Select(l => l[i]));
        }

        return result;
    }

    private static List<string> Files(string folder, string pattern)
    {
        var files = Directory.GetFiles(Path.Combine(Corpus.RepositoryRoot, folder), pattern)
            .Select(f => $"{folder}/{Path.GetFileName(f)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : throw new InvalidOperationException($"No {pattern} files in {folder}: the plan needs at least one.");
    }
}
