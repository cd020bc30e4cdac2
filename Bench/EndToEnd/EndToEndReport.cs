using System.Globalization;
using CouncilMinutes.LocalAzurite;
using CouncilMinutes.Parsing;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>The run's figures as Markdown tables, and the verdict on the target: end-to-end ≤ 1.5 × (parse + floor).</summary>
public static class EndToEndReport
{
    public const double TargetRatio = 1.5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void PrintHeader(EndToEndOptions options, IReadOnlyList<PlannedDocument> plan, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("== End-to-end ingestion against Azurite ==");
        output.WriteLine(Line($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; Azurite {AzuriteServer.InstalledVersion()} (in memory); parser {MinutesParser.Version}"));
        var formats = string.Join(", ", DocumentPlan.Formats.Select(f => Line($"{plan.Count(d => d.Format == f)} {f}")));
        output.WriteLine(Line($"Documents: {plan.Count} uploads ({formats}) of {plan.Select(d => d.Source).Distinct().Count()} distinct files, {plan.Sum(d => (long)d.Content.Length) / 1000.0:0} KB"));
        output.WriteLine(Line($"Rounds: {options.Rounds}, each on a fresh Azurite warmed by the first {Math.Min(options.Warmup, plan.Count)} documents; parallel run with {(options.Parallel > 1 ? options.Parallel.ToString(Invariant) : "none")} workers"));
        output.WriteLine();
    }

    public static void Print(EndToEndOptions options, IReadOnlyList<PlannedDocument> plan, IReadOnlyList<RoundResult> rounds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(output);
        var count = plan.Count;

        output.WriteLine();
        output.WriteLine("Sequential (one document at a time; the target's figures). Latency is per document; round-trips are HTTP requests to storage.");
        var table = new List<string[]>
        {
            new[] { "Round", "End-to-end", "Docs/s", "p50", "p95", "Round-trips/doc", "Parse", "Floor", "Floor round-trips/doc", "Parse + floor", "Ratio" },
        };
        foreach (var round in rounds)
        {
            table.Add(
            [
                round.Round.ToString(Invariant),
                Seconds(round.IngestTotal),
                Line($"{count / round.IngestTotal.TotalSeconds:0.0}"),
                Millis(Percentile(round.Ingests.Select(t => t.Elapsed), 0.50)),
                Millis(Percentile(round.Ingests.Select(t => t.Elapsed), 0.95)),
                Line($"{round.Ingests.Average(t => t.Requests.Total):0.0}"),
                Seconds(round.ParseTotal),
                Seconds(round.FloorTotal),
                Line($"{round.Floor.Average(t => t.Requests.Total):0.0}"),
                Seconds(round.ParseTotal + round.FloorTotal),
                Line($"{round.Ratio:0.00}"),
            ]);
        }

        WriteTable(table, output);

        PrintFormats(rounds, output);
        PrintRequests(rounds, output);
        PrintParallel(rounds, count, output);
        PrintCpu(rounds, output);
        PrintVerdict(rounds, output);

        foreach (var problem in rounds.SelectMany(r => r.Problems.Select(p => Line($"round {r.Round}: {p}"))).Take(20))
        {
            output.WriteLine($"PROBLEM {problem}");
        }
    }

    private static void PrintFormats(IReadOnlyList<RoundResult> rounds, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("By format, all rounds together (sequential). Rows = table rows the ingest wrote (the floor writes as many).");
        var table = new List<string[]>
        {
            new[] { "Format", "Docs", "Wrote meeting", "E2E p50", "E2E p95", "Round-trips/doc", "Parse p50", "Floor p50", "Floor round-trips/doc", "Rows/doc", "Size" },
        };
        foreach (var format in DocumentPlan.Formats.Append("all"))
        {
            bool Selected(PlannedDocument d) => format == "all" || d.Format == format;
            var ingests = rounds.SelectMany(r => r.Ingests).Where(t => Selected(t.Document)).ToList();
            if (ingests.Count == 0)
            {
                continue;
            }

            var floor = rounds.SelectMany(r => r.Floor).Where(t => Selected(t.Document)).ToList();
            var parses = rounds.SelectMany(r => r.Parses.Select((p, i) => (r.Ingests[i].Document, p))).Where(x => Selected(x.Document)).Select(x => x.p).ToList();
            var written = rounds.SelectMany(r => r.Written.Select((w, i) => (r.Ingests[i].Document, w))).Where(x => Selected(x.Document)).Select(x => x.w).ToList();
            table.Add(
            [
                format,
                (ingests.Count / rounds.Count).ToString(Invariant),
                Line($"{written.Count(w => w.WroteMeeting) / rounds.Count}"),
                Millis(Percentile(ingests.Select(t => t.Elapsed), 0.50)),
                Millis(Percentile(ingests.Select(t => t.Elapsed), 0.95)),
                Line($"{ingests.Average(t => t.Requests.Total):0.0}"),
                Millis(Percentile(parses, 0.50)),
                Millis(Percentile(floor.Select(t => t.Elapsed), 0.50)),
                Line($"{floor.Average(t => t.Requests.Total):0.0}"),
                Line($"{written.Average(w => w.Count):0.0}"),
                Line($"{ingests.Average(t => t.Document.Content.Length) / 1000:0.0} KB"),
            ]);
        }

        WriteTable(table, output);

        var meetings = rounds[0].Ingests.Select(t => t.Result?.MeetingKey).Where(k => k is not null).Distinct().Count();
        var wrote = rounds[0].Written.Count(w => w.WroteMeeting);
        output.WriteLine(Line($"Meetings: {meetings} distinct among {rounds[0].Ingests.Count} documents; {wrote} documents wrote their meeting, ") +
                         Line($"{rounds[0].Ingests.Count - wrote} found it stored already from the same content (an earlier upload of the same file) and wrote only their ledger row."));
        var byPath = rounds.SelectMany(r => r.Ingests.Select((t, i) => (t, r.Written[i].WroteMeeting))).ToList();
        foreach (var wroteMeeting in new[] { true, false })
        {
            var times = byPath.Where(x => x.WroteMeeting == wroteMeeting).Select(x => x.t).ToList();
            if (times.Count > 0)
            {
                output.WriteLine(Line($"  {(wroteMeeting ? "wrote the meeting" : "meeting already stored")}: p50 {Millis(Percentile(times.Select(t => t.Elapsed), 0.5))}, ") +
                                 Line($"p95 {Millis(Percentile(times.Select(t => t.Elapsed), 0.95))}, {times.Average(t => t.Requests.Total):0.0} round-trips/doc"));
            }
        }
    }

    private static void PrintRequests(IReadOnlyList<RoundResult> rounds, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Round-trips per document by service and method, all rounds together (sequential), and the mean time of one (HttpClient's):");
        var table = new List<string[]> { new[] { "Operation", "E2E all", "E2E wrote meeting", "Floor", "E2E ms each", "Floor ms each" } };
        var ingests = rounds.SelectMany(r => r.Ingests.Select((t, i) => (t, r.Written[i].WroteMeeting))).ToList();
        var floor = rounds.SelectMany(r => r.Floor).ToList();
        var operations = ingests.SelectMany(x => x.t.Requests.ByOperation().Keys).Concat(floor.SelectMany(t => t.Requests.ByOperation().Keys))
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            double Mean(IEnumerable<Timed> timed) => timed.DefaultIfEmpty().Average(t => t?.Requests.ByOperation().GetValueOrDefault(operation) ?? 0);
            string Each(IEnumerable<Timed> timed)
            {
                var (count, seconds) = timed.Aggregate((0, 0.0), (sum, t) =>
                    (sum.Item1 + t.Requests.ByOperation().GetValueOrDefault(operation), sum.Item2 + t.Requests.SecondsByOperation().GetValueOrDefault(operation)));
                return count == 0 ? "-" : Line($"{seconds * 1000 / count:0.00}");
            }

            table.Add(
            [
                operation,
                Line($"{Mean(ingests.Select(x => x.t)):0.00}"),
                Line($"{Mean(ingests.Where(x => x.WroteMeeting).Select(x => x.t)):0.00}"),
                Line($"{Mean(floor):0.00}"),
                Each(ingests.Select(x => x.t)),
                Each(floor),
            ]);
        }

        WriteTable(table, output);
    }

    private static void PrintParallel(IReadOnlyList<RoundResult> rounds, int count, TextWriter output)
    {
        var parallel = rounds.Where(r => r.Parallel is not null).ToList();
        if (parallel.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Line($"Parallel ({parallel[0].Parallel!.Workers} documents at a time, on a fresh Azurite; for information, not the target). Times are wall-clock."));
        var table = new List<string[]>
        {
            new[] { "Round", "End-to-end", "Docs/s", "p50", "p95", "Round-trips/doc", "Failed", "Parse", "Floor", "Floor docs/s", "Ratio" },
        };
        foreach (var round in parallel)
        {
            var p = round.Parallel!;
            table.Add(
            [
                round.Round.ToString(Invariant),
                Seconds(p.IngestWall),
                Line($"{(count - p.Failed.Count) / p.IngestWall.TotalSeconds:0.0}"),
                Millis(Percentile(p.Ingests.Select(t => t.Elapsed), 0.50)),
                Millis(Percentile(p.Ingests.Select(t => t.Elapsed), 0.95)),
                Line($"{p.Ingests.Average(t => t.Requests.Total):0.0}"),
                p.Failed.Count.ToString(Invariant),
                Seconds(p.ParseWall),
                Seconds(p.FloorWall),
                Line($"{count / p.FloorWall.TotalSeconds:0.0}"),
                Line($"{p.Ratio:0.00}"),
            ]);
        }

        WriteTable(table, output);
        var failed = parallel.SelectMany(r => r.Parallel!.Failed).ToList();
        if (failed.Count > 0)
        {
            output.WriteLine(Line($"Failed in the parallel runs ({failed.Count} in all; a host would deliver them again). By reason:"));
            foreach (var reason in failed.GroupBy(t => t.Problem!, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
            {
                output.WriteLine(Line($"  {reason.Count()} x {reason.Key} ({string.Join(", ", reason.Select(t => t.Document.Format).Distinct())})"));
            }
        }
    }

    private static void PrintCpu(IReadOnlyList<RoundResult> rounds, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Line($"Where the time goes (median of rounds). CPU is this process (parser, SDK) and Azurite (one Node.js process), on {Environment.ProcessorCount} cores;") +
                         " a sequential ingest's time per request leaves out its parse time.");
        var table = new List<string[]> { new[] { "Phase", "Wall", "Bench CPU", "Azurite CPU", "Requests", "Wall per request", "Bench JIT, worst round" } };
        foreach (var phase in rounds[0].Phases.Keys)
        {
            TimeSpan Median(Func<PhaseCost, TimeSpan> part) => Percentile(rounds.Select(r => part(r.Phases[phase])), 0.5);
            var requests = phase switch
            {
                "ingest" => rounds.Average(r => r.Ingests.Sum(t => t.Requests.Total)),
                "floor" => rounds.Average(r => r.Floor.Sum(t => t.Requests.Total)),
                "parallel ingest" => rounds.Average(r => r.Parallel?.Ingests.Sum(t => t.Requests.Total) ?? 0),
                "parallel floor" => rounds.Average(r => r.Parallel?.Floor.Sum(t => t.Requests.Total) ?? 0),
                _ => 0,
            };
            table.Add(
            [
                phase,
                Seconds(Median(c => c.Wall)),
                Seconds(Median(c => c.BenchCpu)),
                Seconds(Median(c => c.AzuriteCpu)),
                requests > 0 ? Line($"{requests:0}") : "-",
                requests > 0 ? Millis2((Median(c => c.Wall) - (phase == "ingest" ? Percentile(rounds.Select(r => r.ParseTotal), 0.5) : TimeSpan.Zero)) / requests) : "-",
                Seconds(rounds.Max(r => r.Phases[phase].Jit)),
            ]);
        }

        WriteTable(table, output);
    }

    private static void PrintVerdict(IReadOnlyList<RoundResult> rounds, TextWriter output)
    {
        var ratios = rounds.Select(r => r.Ratio).Order().ToList();
        var median = Percentile(ratios, 0.5);
        var verdict = ratios[^1] <= TargetRatio ? "MET" : ratios[0] > TargetRatio ? "MISSED" : "UNSURE";
        output.WriteLine();
        output.WriteLine(Line($"Target: end-to-end <= {TargetRatio:0.0} x (parse + floor), sequential totals of the same {rounds[0].Ingests.Count} documents in the same round."));
        foreach (var round in rounds)
        {
            output.WriteLine(Line($"  round {round.Round}: {Seconds(round.IngestTotal)} vs {TargetRatio:0.0} x ({Seconds(round.ParseTotal)} + {Seconds(round.FloorTotal)}) = ") +
                             Line($"{Seconds((round.ParseTotal + round.FloorTotal) * TargetRatio)}: ratio {round.Ratio:0.00}"));
        }

        output.WriteLine(Line($"Verdict: {verdict} (ratio median {median:0.00}, range {ratios[0]:0.00} to {ratios[^1]:0.00} over {rounds.Count} round{(rounds.Count == 1 ? "" : "s")}; ") +
                         Line($"MET or MISSED only when every round agrees)"));
        output.WriteLine("For information, against a floor that sends each document's upload and batches at once (the ingest overlaps its independent requests; the floor above does not):");
        foreach (var round in rounds)
        {
            output.WriteLine(Line($"  round {round.Round}: overlapped floor {Seconds(round.FloorOverlappedTotal)}, ratio {round.RatioOverlapped:0.00}"));
        }
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        // Linear interpolation between the closest ranks (Excel's PERCENTILE.INC, R's type 7).
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }

    private static TimeSpan Percentile(IEnumerable<TimeSpan> values, double p) => TimeSpan.FromTicks((long)Percentile(values.Select(v => (double)v.Ticks), p));

    private static string Seconds(TimeSpan time) => Line($"{time.TotalSeconds:0.00} s");

    private static string Millis(TimeSpan time) => Line($"{time.TotalMilliseconds:0.0} ms");

    private static string Millis2(TimeSpan time) => Line($"{time.TotalMilliseconds:0.00} ms");

    private static string Line(FormattableString text) => text.ToString(Invariant);

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
}
