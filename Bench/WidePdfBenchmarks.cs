using BenchmarkDotNet.Attributes;
using CouncilMinutes.Parsing;

namespace CouncilMinutes.Bench;

/// <summary>
/// Every PDF of the wide set (many publishers and producers) parsed beside <c>pdftotext -layout</c> on the same file,
/// one pair per file, so each file's ratio is measured within one run. Both read the same pages, so the ratio of
/// times is also the ratio per page.
/// </summary>
[MemoryDiagnoser]
public class WidePdfBenchmarks
{
    private readonly MinutesParser _parser = new();
    private string _pdftotext = "";
    private string _path = "";
    private byte[] _pdf = [];

    /// <summary>The PDF's path from the repository root.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files() => Corpus.WidePdfs();

    [GlobalSetup]
    public void Setup()
    {
        _pdftotext = PdftotextTool.Require();
        _path = Path.Combine(Corpus.RepositoryRoot, File);
        _pdf = System.IO.File.ReadAllBytes(_path);

        // A rejected document returns early and would look fast.
        var result = _parser.Parse(_pdf, Path.GetFileName(_path));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{File} does not parse: {result.Failure?.Message}");
        }

        // A baseline that read nothing would make the ratio meaningless.
        if (PdftotextTool.Run(_pdftotext, _path) == 0)
        {
            throw new InvalidOperationException($"pdftotext printed nothing for {File}.");
        }
    }

    /// <summary>Process start, text extraction with layout, output drained through a pipe.</summary>
    [Benchmark(Baseline = true)]
    public long PdftotextLayout() => PdftotextTool.Run(_pdftotext, _path);

    /// <summary>The product's whole parse: sniff, PdfPig extraction with layout, minutes grammar.</summary>
    [Benchmark]
    public int Parse() => _parser.Parse(_pdf, Path.GetFileName(_path)).Meeting?.Items.Count ?? 0;
}
