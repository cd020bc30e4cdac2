using BenchmarkDotNet.Attributes;
using CouncilMinutes.Parsing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace CouncilMinutes.Bench;

/// <summary>
/// The full parse of a PDF against <c>pdftotext -layout</c> on the same file, in the same class so that
/// BenchmarkDotNet's Ratio column compares them within one run (these machines are noisy). Both read the
/// same pages, so the ratio of times is also the ratio per page.
/// </summary>
/// <remarks>
/// pdftotext's time includes starting a process (a few ms), which dominates a short document. Hence the
/// second size: <see cref="Copies"/> = 10 is the 6-page Halton PDF repeated ten times (60 pages), where
/// start-up is a small share. <see cref="Verdict"/> also derives the per-page cost from the difference
/// between the two sizes, which removes fixed costs from both sides.
/// </remarks>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private readonly MinutesParser _parser = new();
    private string _pdftotext = "";
    private string _pdfPath = "";
    private byte[] _pdf = [];

    /// <summary>How many times the 6-page Halton printed minutes are repeated in the timed PDF.</summary>
    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pdftotext = PdftotextTool.Require();

        _pdf = HaltonCopies(Copies);
        _pdfPath = Path.Combine(Path.GetTempPath(), $"minutes-bench-{Environment.ProcessId}-x{Copies}.pdf");
        File.WriteAllBytes(_pdfPath, _pdf);

        // Neither side may be timed doing something other than reading the whole document.
        var result = _parser.Parse(_pdf, "halton.pdf");
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The benchmark PDF does not parse: {result.Failure?.Message}");
        }

        if (PdftotextTool.Run(_pdftotext, _pdfPath) == 0)
        {
            throw new InvalidOperationException("pdftotext printed nothing for the benchmark PDF.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_pdfPath);

    /// <summary>Process start, text extraction with layout, output drained through a pipe.</summary>
    [Benchmark(Baseline = true)]
    public long PdftotextLayout() => PdftotextTool.Run(_pdftotext, _pdfPath);

    /// <summary>The product's whole parse: sniff, PdfPig extraction with layout, minutes grammar.</summary>
    [Benchmark]
    public int Parse() => _parser.Parse(_pdf, "halton.pdf").Meeting?.Items.Count ?? 0;

    /// <summary>The Halton PDF itself for one copy; for more, its pages repeated by PdfPig's merger.</summary>
    public static byte[] HaltonCopies(int copies)
    {
        var halton = Corpus.Read(Corpus.HaltonPdf).Content;
        return copies == 1 ? halton : PdfMerger.Merge(Enumerable.Repeat(halton, copies).ToList());
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
