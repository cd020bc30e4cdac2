using System.Globalization;
using BenchmarkDotNet.Reports;

namespace CouncilMinutes.Bench;

/// <summary>
/// The figures the targets are stated in, computed from BenchmarkDotNet's means after the run: text MB/s
/// (≥ 5 MB/s on the seeds and dev text, ≥ 10 MB/s on the wide set's) and the PDF parse time per page as a multiple
/// of pdftotext's (≤ 3× on the Halton copies, ≤ 1.5× on every PDF of the wide set).
/// </summary>
/// <remarks>
/// Each figure also gets the range its inputs' 99.9% confidence intervals allow. A verdict is MET or
/// MISSED only when the whole range is on one side of the target, and UNSURE otherwise: a three-iteration
/// run on a noisy machine often cannot tell, and should not be read as if it could.
/// </remarks>
public static class Verdict
{
    public const double TextTargetMegabytesPerSecond = 5;
    public const double WideTextTargetMegabytesPerSecond = 10;
    public const double PdfTargetRatio = 3;
    public const double WidePdfTargetRatio = 1.5;

    private const double NanosecondsPerSecond = 1e9;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>True when every benchmark case that was run produced a measurement.</summary>
    public static bool AllMeasured(IEnumerable<Summary> summaries) =>
        summaries.All(s => !s.HasCriticalValidationErrors
            && s.BenchmarksCases.Length == s.Reports.Length
            && s.Reports.All(r => r.Success && r.ResultStatistics is not null));

    public static void Print(IReadOnlyList<Summary> summaries, TextWriter output)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        var formats = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(ParserBenchmarks)).ToList();
        var pdf = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(PdfBenchmarks)).ToList();
        var widePdf = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(WidePdfBenchmarks)).ToList();
        if (formats.Count == 0 && pdf.Count == 0 && widePdf.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("== Verdict (means from this run; ranges from 99.9% confidence intervals; MB = 1,000,000 bytes) ==");
        if (formats.Count > 0)
        {
            PrintFormats(formats, output);
        }

        if (pdf.Count > 0)
        {
            PrintPdf(pdf, output);
        }

        if (widePdf.Count > 0)
        {
            PrintWidePdf(widePdf, output);
        }
    }

    private static void PrintFormats(List<BenchmarkReport> reports, TextWriter output)
    {
        var rows = new List<string[]> { new[] { "Benchmark", "Input", "Mean", "Throughput", "Range", "Target", "Verdict" } };
        foreach (var report in reports)
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var inputs = ParserBenchmarks.InputsOf(method);
            var megabytes = inputs.Sum(d => (long)d.Content.Length) / 1e6;
            var time = TimeOf(report);

            // Throughput falls as time rises, so the slowest time gives the lowest throughput.
            var throughput = megabytes / (time.Mean / NanosecondsPerSecond);
            var lowest = megabytes / (time.High / NanosecondsPerSecond);
            var highest = UpperRatio(megabytes, time.Low / NanosecondsPerSecond);

            // The targets name plain text; the per-file runs are the ones that match how documents arrive.
            double? target = method switch
            {
                nameof(ParserBenchmarks.Text) => TextTargetMegabytesPerSecond,
                nameof(ParserBenchmarks.WideText) => WideTextTargetMegabytesPerSecond,
                _ => null,
            };
            rows.Add(
            [
                method,
                string.Create(Invariant, $"{inputs.Count} file{(inputs.Count == 1 ? "" : "s")}, {megabytes * 1000:0.#} KB"),
                Time(time.Mean),
                string.Create(Invariant, $"{throughput:0.00} MB/s"),
                string.Create(Invariant, $"{lowest:0.00} to {Bound(highest)}"),
                target is { } t ? string.Create(Invariant, $">= {t:0} MB/s") : "-",
                target is not { } goal ? "(info)"
                    : lowest >= goal ? "MET"
                    : highest < goal ? "MISSED"
                    : "UNSURE",
            ]);
        }

        WriteTable(rows, output);
    }

    private static readonly string[] PdfHeader = ["Input", "Pages", "Parse", "pdftotext", "Parse/page", "pdftotext/page", "Ratio", "Range", "Target", "Verdict"];

    private static void PrintPdf(List<BenchmarkReport> reports, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("PDF: MinutesParser.Parse vs `pdftotext -layout file.pdf -`, same file, same run.");
        var rows = new List<string[]> { PdfHeader };

        // One row per size (and per job, should several be run); each pairs the parse with its baseline.
        var sizes = reports
            .GroupBy(r => (Job: r.BenchmarkCase.Job.DisplayInfo, Copies: (int)r.BenchmarkCase.Parameters[nameof(PdfBenchmarks.Copies)]))
            .Select(g => (g.Key.Job, g.Key.Copies, Pages: PdfBenchmarks.PageCount(PdfBenchmarks.HaltonCopies(g.Key.Copies)),
                Parse: TimeOf(g, nameof(PdfBenchmarks.Parse)), Baseline: TimeOf(g, nameof(PdfBenchmarks.PdftotextLayout))))
            .Where(s => s.Parse is not null && s.Baseline is not null)
            .OrderBy(s => s.Job, StringComparer.Ordinal).ThenBy(s => s.Pages)
            .ToList();

        foreach (var s in sizes)
        {
            rows.Add(PdfRow($"Halton x{s.Copies}", s.Pages, s.Parse!.Value, s.Baseline!.Value, derived: false));
        }

        // The difference between two sizes cancels each side's fixed costs (for pdftotext, starting the process).
        foreach (var job in sizes.GroupBy(s => s.Job))
        {
            var small = job.First();
            var large = job.Last();
            if (large.Pages > small.Pages)
            {
                rows.Add(PdfRow($"x{large.Copies} minus x{small.Copies}", large.Pages - small.Pages,
                    large.Parse!.Value.Minus(small.Parse!.Value), large.Baseline!.Value.Minus(small.Baseline!.Value), derived: true));
            }
        }

        WriteTable(rows, output);
        output.WriteLine("pdftotext's time includes starting its process, which weighs most on the short file; the");
        output.WriteLine("'minus' row is the cost of the extra pages alone, with fixed costs on both sides cancelled.");
    }

    private static void PrintWidePdf(List<BenchmarkReport> reports, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Wide set PDFs: MinutesParser.Parse vs `pdftotext -layout file.pdf -`, each file against its own baseline.");
        var rows = new List<string[]> { PdfHeader };
        var files = reports
            .GroupBy(r => (Job: r.BenchmarkCase.Job.DisplayInfo, File: (string)r.BenchmarkCase.Parameters[nameof(WidePdfBenchmarks.File)]))
            .Select(g => (g.Key.File, Parse: TimeOf(g, nameof(WidePdfBenchmarks.Parse)), Baseline: TimeOf(g, nameof(WidePdfBenchmarks.PdftotextLayout))))
            .Where(f => f.Parse is not null && f.Baseline is not null)
            .OrderByDescending(f => f.Parse!.Value.Mean / f.Baseline!.Value.Mean)
            .ToList();
        foreach (var f in files)
        {
            var pages = PdfBenchmarks.PageCount(File.ReadAllBytes(Path.Combine(Corpus.RepositoryRoot, f.File)));
            rows.Add(PdfRow(Path.GetFileName(f.File), pages, f.Parse!.Value, f.Baseline!.Value, derived: false, WidePdfTargetRatio));
        }

        WriteTable(rows, output);
        if (files.Count > 0)
        {
            var ratios = files.Select(f => f.Parse!.Value.Mean / f.Baseline!.Value.Mean).Order().ToList();
            output.WriteLine(string.Create(Invariant,
                $"{files.Count} PDFs: ratio median {ratios[ratios.Count / 2]:0.00}x, slowest {ratios[^1]:0.00}x (target: every file <= {WidePdfTargetRatio:0.0}x)."));
        }
    }

    private static string[] PdfRow(string input, int pages, TimeRange parse, TimeRange baseline, bool derived, double target = PdfTargetRatio)
    {
        var ratio = parse.Mean / baseline.Mean;
        var lowest = Math.Max(0, parse.Low / baseline.High);
        var highest = UpperRatio(parse.High, baseline.Low);
        var verdict = highest <= target ? "MET" : lowest > target ? "MISSED" : "UNSURE";
        return
        [
            input,
            pages.ToString(Invariant),
            Time(parse.Mean),
            Time(baseline.Mean),
            Time(parse.Mean / pages),
            Time(baseline.Mean / pages),
            string.Create(Invariant, $"{ratio:0.00}x"),
            string.Create(Invariant, $"{lowest:0.00} to {Bound(highest)}"),
            string.Create(Invariant, $"<= {target:0.#}x"),
            verdict + (derived ? " (derived)" : ""),
        ];
    }

    private static TimeRange? TimeOf(IEnumerable<BenchmarkReport> reports, string method)
    {
        var report = reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
        return report is null ? null : TimeOf(report);
    }

    private static TimeRange TimeOf(BenchmarkReport report)
    {
        var statistics = report.ResultStatistics!;
        var margin = statistics.ConfidenceInterval.Margin;
        return new TimeRange(statistics.Mean, statistics.Mean - margin, statistics.Mean + margin);
    }

    // A divisor whose range reaches zero leaves the quotient without an upper bound.
    private static double UpperRatio(double dividend, double divisorLow) =>
        divisorLow > 0 ? dividend / divisorLow : double.PositiveInfinity;

    private static string Bound(double value) =>
        double.IsFinite(value) ? value.ToString("0.00", Invariant) : "unbounded";

    private static string Time(double nanoseconds) => nanoseconds >= 1e6
        ? string.Create(Invariant, $"{nanoseconds / 1e6:0.00} ms")
        : string.Create(Invariant, $"{nanoseconds / 1e3:0.0} us");

    private static void WriteTable(List<string[]> rows, TextWriter output)
    {
        // Markdown, so the table can be pasted into an issue as it is.
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select((cell, c) => cell.PadRight(widths[c]))) + " |");
        }
    }

    /// <summary>A mean time and the range its confidence interval allows, in nanoseconds.</summary>
    private readonly record struct TimeRange(double Mean, double Low, double High)
    {
        /// <summary>The difference of two times; the range is the widest the two ranges allow.</summary>
        public TimeRange Minus(TimeRange other) => new(Mean - other.Mean, Low - other.High, High - other.Low);
    }
}
