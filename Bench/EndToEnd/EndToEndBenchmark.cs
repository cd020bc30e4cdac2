using System.Diagnostics;
using System.Runtime;
using CouncilMinutes.Ingestion;
using CouncilMinutes.LocalAzurite;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>
/// The end-to-end run: in each round, on a fresh Azurite warmed by the warm-up documents and emptied again, the documents
/// are ingested one at a time (<c>IngestionService.ProcessAsync</c>), then the floor does the least storage work for the
/// same documents, then the parser reads the same bytes in memory. The target compares these sequential totals; with
/// <c>--parallel N</c> a second warmed Azurite takes the same documents N at a time, for information. See Bench/README.md,
/// "End-to-end".
/// </summary>
public static class EndToEndBenchmark
{
    private const double QuietJitShare = 0.03;
    private const int MaxWarmupPasses = 8;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (options, error) = EndToEndOptions.Parse(args);
        if (options is null)
        {
            (error is null ? output : Console.Error).WriteLine(error is null ? EndToEndOptions.Usage : $"{error}\n\n{EndToEndOptions.Usage}");
            return error is null ? 0 : 2;
        }

        try
        {
            AzuriteServer.FindAzurite();
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message} The end-to-end run starts its own; `Bench/run.sh e2e` installs it first.");
            return 2;
        }

        var plan = DocumentPlan.Create(options.Documents);
        var cancellation = CancellationToken.None;
        if (options.Trace > 0)
        {
            return await TraceAsync(plan.Take(options.Trace).ToList(), output, cancellation);
        }

        using var counter = new RequestCounter();
        EndToEndReport.PrintHeader(options, plan, output);
        var warmup = plan.Take(options.Warmup).ToList();
        if (warmup.Count > 0)
        {
            await WarmUntilJitQuietAsync(plan, warmup, counter, output, cancellation);
        }

        var rounds = new List<RoundResult>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            output.WriteLine($"Round {round} of {options.Rounds}…");
            rounds.Add(await RunRoundAsync(round, plan, warmup, options.Parallel, counter, cancellation));
        }

        EndToEndReport.Print(options, plan, rounds, output);
        return rounds.All(r => r.Problems.Count == 0) ? 0 : 1;
    }

    private static async Task<RoundResult> RunRoundAsync(int round, IReadOnlyList<PlannedDocument> plan, IReadOnlyList<PlannedDocument> warmup, int parallel,
        RequestCounter counter, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var phases = new Dictionary<string, PhaseCost>(StringComparer.Ordinal);
        List<Timed> ingests;
        List<Timed> floor;
        List<Timed> floorOverlapped;
        List<TimeSpan> parses;
        List<WrittenRows> written;
        await using (var host = await StartWarmAsync(plan, warmup, counter, cancellationToken))
        {
            // Sequential ingest. After each document (off the clock and off the count) read back the rows it wrote.
            Settle();
            ingests = [];
            written = [];
            var readBack = TimeSpan.Zero;
            var phase = host.StartPhase();
            foreach (var document in plan)
            {
                var timed = await IngestAsync(host, document, cancellationToken);
                ingests.Add(timed);
                var clock = Stopwatch.StartNew();
                written.Add(await host.WrittenRowsAsync(document, timed.Result, cancellationToken));
                readBack += clock.Elapsed;
            }

            // The reading back is in the phase's CPU figures (a little), not in its wall-clock time.
            var ingestCost = phase.Stop();
            phases["ingest"] = ingestCost with { Wall = ingestCost.Wall - readBack };

            problems.AddRange(ingests.Where(t => t.Problem is not null).Select(t => $"ingest {t.Document.BlobName}: {t.Problem}"));

            // The floor: same Azurite, same clients, same documents, one at a time.
            var floorWork = plan.Select((document, i) => Floor.Plan(document, written[i])).ToList();
            Settle();
            floor = [];
            phase = host.StartPhase();
            foreach (var work in floorWork)
            {
                floor.Add(await FloorAsync(host, work, overlapped: false, cancellationToken));
            }

            phases["floor"] = phase.Stop();

            problems.AddRange(floor.Where(t => t.Problem is not null).Select(t => $"floor {t.Document.BlobName}: {t.Problem}"));

            // For information: the same floor with each document's requests sent at once, as the ingest overlaps its own.
            Settle();
            floorOverlapped = [];
            foreach (var work in floorWork)
            {
                floorOverlapped.Add(await FloorAsync(host, work, overlapped: true, cancellationToken));
            }

            problems.AddRange(floorOverlapped.Where(t => t.Problem is not null).Select(t => $"overlapped floor {t.Document.BlobName}: {t.Problem}"));

            // The parser alone, on the same bytes with the same hints.
            Settle();
            parses = [];
            phase = host.StartPhase();
            foreach (var document in plan)
            {
                var (elapsed, problem) = Parse(host, document);
                parses.Add(elapsed);
                if (problem is not null)
                {
                    problems.Add($"parse {document.BlobName}: {problem}");
                }
            }

            phases["parse"] = phase.Stop();
            if (parallel <= 1)
            {
                return new RoundResult(round, ingests, floor, floorOverlapped, parses, written, null, phases, problems);
            }

            var parallelResult = await RunParallelAsync(plan, warmup, floorWork, parallel, counter, phases, problems, cancellationToken);
            return new RoundResult(round, ingests, floor, floorOverlapped, parses, written, parallelResult, phases, problems);
        }
    }

    /// <summary>The same documents N at a time on a fresh Azurite: ingest, then floor (with the sequential run's row counts), then parse.</summary>
    /// <remarks>
    /// A document that fails here is reported, not counted as a problem of the run: documents of one meeting written at
    /// once can exhaust the meeting's optimistic retries, which a host answers by delivering the document again.
    /// </remarks>
    private static async Task<ParallelResult> RunParallelAsync(IReadOnlyList<PlannedDocument> plan, IReadOnlyList<PlannedDocument> warmup, List<FloorWork> floorWork,
        int workers, RequestCounter counter, Dictionary<string, PhaseCost> phases, List<string> problems, CancellationToken cancellationToken)
    {
        await using var host = await StartWarmAsync(plan, warmup, counter, cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };

        Settle();
        var ingests = new Timed[plan.Count];
        var phase = host.StartPhase();
        await Parallel.ForEachAsync(Enumerable.Range(0, plan.Count), options, async (i, token) => ingests[i] = await IngestAsync(host, plan[i], token));
        phases["parallel ingest"] = phase.Stop();

        Settle();
        var floor = new Timed[plan.Count];
        phase = host.StartPhase();
        await Parallel.ForEachAsync(Enumerable.Range(0, plan.Count), options, async (i, token) => floor[i] = await FloorAsync(host, floorWork[i], overlapped: false, token));
        phases["parallel floor"] = phase.Stop();
        problems.AddRange(floor.Where(t => t.Problem is not null).Select(t => $"parallel floor {t.Document.BlobName}: {t.Problem}"));

        Settle();
        phase = host.StartPhase();
        Parallel.ForEach(plan, new ParallelOptions { MaxDegreeOfParallelism = workers }, document => Parse(host, document));
        phases["parallel parse"] = phase.Stop();

        return new ParallelResult(workers, [.. ingests], phases["parallel ingest"].Wall, [.. floor], phases["parallel floor"].Wall, phases["parallel parse"].Wall);
    }

    /// <summary>
    /// Runs the warm-up on Azurites of its own (unreported) until a pass spends under <see cref="QuietJitShare"/> of its time
    /// in this process's JIT, at most <see cref="MaxWarmupPasses"/> times.
    /// </summary>
    /// <remarks>
    /// The tiered JIT recompiles hot code for several passes: on a 2-core machine the first three passes over 200 documents
    /// spent 30%, 72% and 25% of their time compiling, the next ones 2 to 4%. A round measured before then pays for it.
    /// </remarks>
    private static async Task WarmUntilJitQuietAsync(IReadOnlyList<PlannedDocument> plan, IReadOnlyList<PlannedDocument> warmup, RequestCounter counter,
        TextWriter output, CancellationToken cancellationToken)
    {
        output.Write($"Warm-up: {warmup.Count} documents, until a pass spends under {QuietJitShare:P0} of its time in the JIT (not reported). JIT share by pass:");
        for (var pass = 1; pass <= MaxWarmupPasses; pass++)
        {
            var jit = JitInfo.GetCompilationTime();
            var clock = Stopwatch.StartNew();
            await using (await StartWarmAsync(plan, warmup, counter, cancellationToken))
            {
            }

            var share = (JitInfo.GetCompilationTime() - jit) / clock.Elapsed;
            output.Write($" {share:P0}");
            if (share < QuietJitShare)
            {
                break;
            }
        }

        output.WriteLine();
    }

    /// <summary>
    /// A fresh Azurite with the documents uploaded, after the warm-up documents have been ingested, read back and written by
    /// the floor (unmeasured) and everything but the inbox emptied again.
    /// </summary>
    /// <remarks>
    /// Azurite is a Node.js process whose JIT compiles its code as requests arrive, as .NET's does ours: without this the
    /// round's first phase, the ingest, would pay for compiling both while the floor after it found them compiled.
    /// </remarks>
    private static async Task<BenchHost> StartWarmAsync(IReadOnlyList<PlannedDocument> plan, IReadOnlyList<PlannedDocument> warmup, RequestCounter counter,
        CancellationToken cancellationToken)
    {
        var host = await BenchHost.StartAsync(counter, cancellationToken);
        try
        {
            await host.UploadAsync(plan, cancellationToken);
            if (warmup.Count == 0)
            {
                return host;
            }

            foreach (var document in warmup)
            {
                var timed = await IngestAsync(host, document, cancellationToken);
                var rows = await host.WrittenRowsAsync(document, timed.Result, cancellationToken);
                await Floor.WriteAsync(host.Clients, Floor.Plan(document, rows), overlapped: false, cancellationToken);
            }

            await host.EmptyAllButInboxAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private static async Task<Timed> IngestAsync(BenchHost host, PlannedDocument document, CancellationToken cancellationToken)
    {
        var ((result, elapsed, exception), requests) = await RequestCounter.CountAsync(async () =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var result = await host.Ingestion.ProcessAsync(document.BlobName, cancellationToken: cancellationToken);
                return (result, clock.Elapsed, (Exception?)null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return ((IngestionResult?)null, clock.Elapsed, e);
            }
        });
        var problem = exception is not null ? $"{exception.GetType().Name}: {exception.Message}"
            : result!.Status != IngestionStatus.Ingested ? $"{result.Status} {result.Reason} {result.Message}"
            : null;
        return new Timed(document, elapsed, requests, result, problem);
    }

    private static async Task<Timed> FloorAsync(BenchHost host, FloorWork work, bool overlapped, CancellationToken cancellationToken)
    {
        var ((expected, elapsed, exception), requests) = await RequestCounter.CountAsync(async () =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var expected = await Floor.WriteAsync(host.Clients, work, overlapped, cancellationToken);
                return (expected, clock.Elapsed, (Exception?)null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (0, clock.Elapsed, e);
            }
        });

        // The floor's requests are known, so they check the counter: a mismatch means round-trips are miscounted.
        var problem = exception is not null ? $"{exception.GetType().Name}: {exception.Message}"
            : requests.Total != expected ? $"counted {requests.Total} requests, expected {expected}: the request counter is wrong"
            : null;
        return new Timed(work.Document, elapsed, requests, null, problem);
    }

    private static (TimeSpan Elapsed, string? Problem) Parse(BenchHost host, PlannedDocument document)
    {
        var hints = new SourceHints { Committee = document.Committee, MeetingDate = document.MeetingDate };
        var clock = Stopwatch.StartNew();
        var parsed = host.Parser.Parse(document.Content, document.BlobName, hints);
        var elapsed = clock.Elapsed;
        return (elapsed, parsed.Failure is { } failure ? $"{failure.Reason}: {failure.Message}" : null);
    }

    /// <summary>Ingests the documents one at a time on a fresh Azurite and lists each one's requests (no timing, no verdict).</summary>
    private static async Task<int> TraceAsync(IReadOnlyList<PlannedDocument> plan, TextWriter output, CancellationToken cancellationToken)
    {
        using var trace = new RequestTrace();
        using var counter = new RequestCounter();
        await using var host = await BenchHost.StartAsync(counter, cancellationToken);
        await host.UploadAsync(plan, cancellationToken);
        var failed = 0;
        foreach (var document in plan)
        {
            var (timed, requests) = await RequestTrace.RecordAsync(() => IngestAsync(host, document, cancellationToken));
            output.WriteLine($"{document.BlobName} ({document.Format}, {document.Content.Length} bytes): {timed.Result?.Status.ToString() ?? "failed"} " +
                             $"{timed.Result?.MeetingKey}, {timed.Result?.Items} items, {timed.Result?.Actions} actions; {requests.Count} requests:");
            for (var i = 0; i < requests.Count; i++)
            {
                output.WriteLine($"  {i + 1,2}. {requests[i]}");
            }

            if (timed.Problem is not null)
            {
                failed++;
                output.WriteLine($"  PROBLEM {timed.Problem}");
            }

            output.WriteLine();
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>Collects the garbage the previous phase left, so a phase does not pay for the one before.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>One document's timed work in one phase, with the requests it sent.</summary>
public sealed record Timed(PlannedDocument Document, TimeSpan Elapsed, RequestTally Requests, IngestionResult? Result, string? Problem);

/// <summary>A round's sequential phases (the target's figures) and, if run, its parallel ones.</summary>
public sealed record RoundResult(
    int Round,
    IReadOnlyList<Timed> Ingests,
    IReadOnlyList<Timed> Floor,
    IReadOnlyList<Timed> FloorOverlapped,
    IReadOnlyList<TimeSpan> Parses,
    IReadOnlyList<WrittenRows> Written,
    ParallelResult? Parallel,
    IReadOnlyDictionary<string, PhaseCost> Phases,
    IReadOnlyList<string> Problems)
{
    public TimeSpan IngestTotal => Sum(Ingests.Select(t => t.Elapsed));
    public TimeSpan FloorTotal => Sum(Floor.Select(t => t.Elapsed));
    public TimeSpan FloorOverlappedTotal => Sum(FloorOverlapped.Select(t => t.Elapsed));
    public TimeSpan ParseTotal => Sum(Parses);

    /// <summary>End-to-end over parse plus floor: the target is at most 1.5.</summary>
    public double Ratio => IngestTotal / (ParseTotal + FloorTotal);

    /// <summary>For information: end-to-end over parse plus a floor that overlaps each document's requests.</summary>
    public double RatioOverlapped => IngestTotal / (ParseTotal + FloorOverlappedTotal);

    internal static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}

/// <summary>The same documents ingested N at a time: wall-clock times of each phase.</summary>
public sealed record ParallelResult(int Workers, IReadOnlyList<Timed> Ingests, TimeSpan IngestWall, IReadOnlyList<Timed> Floor, TimeSpan FloorWall, TimeSpan ParseWall)
{
    /// <summary>Documents the parallel ingest did not ingest (see the remarks of RunParallelAsync).</summary>
    public IReadOnlyList<Timed> Failed => [.. Ingests.Where(t => t.Problem is not null)];

    public double Ratio => IngestWall / (ParseWall + FloorWall);
}
