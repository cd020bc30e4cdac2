using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.ConsoleArguments.ListBenchmarks;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using CouncilMinutes.Bench;
using CouncilMinutes.Bench.EndToEnd;

// The end-to-end run against Azurite is stateful and long (seconds per round), so it is a mode of its own, not a
// BenchmarkDotNet benchmark: dotnet run -c Release --project Bench -- e2e [--documents 200]
if (args is ["e2e", .. var e2eArgs])
{
    return await EndToEndBenchmark.RunAsync(e2eArgs, Console.Out);
}

// The site's pages served over many stored meetings: dotnet run -c Release --project Bench -- site [--meetings 1000]
if (args is ["site", .. var siteArgs])
{
    return await CouncilMinutes.Bench.Site.SiteBenchmark.RunAsync(siteArgs, Console.Out);
}

// The PDF benchmarks are only meaningful beside their pdftotext baseline: stop, rather than run without it.
if (SelectsPdfBenchmarks(args) && PdftotextTool.Locate() is null)
{
    Console.Error.WriteLine("pdftotext (poppler-utils) is not on PATH. The PDF benchmarks measure the parser against it");
    Console.Error.WriteLine($"in the same run, so they cannot run without it. Install it with:\n\n    {PdftotextTool.InstallHint}\n");
    Console.Error.WriteLine("or leave the PDF benchmarks out: --filter '*ParserBenchmarks*'");
    return 2;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(PdfBenchmarks).Assembly).Run(args).ToList();
Verdict.Print(summaries, Console.Out);
return Verdict.AllMeasured(summaries) ? 0 : 1;

// Asks BenchmarkDotNet's own argument parser and filters which cases the arguments select, so that
// '--filter *Text*' runs without pdftotext. No arguments means the interactive menu, which may pick PDF.
static bool SelectsPdfBenchmarks(string[] args)
{
    var (parsed, config, options) = ConfigParser.Parse(args, NullLogger.Instance, DefaultConfig.Instance);
    if (!parsed || options.ListBenchmarkCaseMode != ListBenchmarkCaseMode.Disabled || options.PrintInformation)
    {
        return false; // --help, --list, --info or a bad argument: nothing is run, BenchmarkDotNet says why.
    }

    return args.Length == 0 || new[] { typeof(PdfBenchmarks), typeof(WidePdfBenchmarks) }
        .Any(type => BenchmarkConverter.TypeToBenchmarks(type, config).BenchmarksCases.Length > 0);
}
