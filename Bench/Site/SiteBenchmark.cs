using System.Diagnostics;
using System.Globalization;
using System.Text;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Search;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.LocalAzurite;
using CouncilMinutes.Parsing;
using CouncilMinutes.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Bench.Site;

/// <summary>
/// The site's speed with many meetings stored: on an Azurite of its own, <c>--meetings</c> synthetic meetings (20
/// committees, 10 action owners) are parsed and stored and indexed, then the site is served on loopback and each kind of
/// page is requested <c>--requests</c> times, one at a time, against the baseline of its stylesheet (the same server and
/// HTTP, no storage). Targets: meeting and owner pages p95 under 100 ms, search p95 under 200 ms.
/// <c>dotnet run -c Release --project Bench -- site [--meetings 1000] [--requests 200]</c>.
/// </summary>
public static class SiteBenchmark
{
    private static readonly string[] Topics = ["Planning", "Highways", "Allotments", "Housing", "Finance", "Parks", "Drainage", "Licensing", "Waste", "Cemetery"];
    private static readonly string[] Committees = [.. Enumerable.Range(1, 20).Select(i => $"{Topics[i % Topics.Length]} Committee {i}")];
    private static readonly string[] Owners = ["Town Clerk", "Head of Planning", "Finance Officer", "Director of Housing", "Head of Highways",
        "Parks Manager", "Head of Legal Services", "Chief Executive", "Head of Waste", "Director of Public Health"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var meetingCount = Option(args, "--meetings", 1000);
        var requests = Option(args, "--requests", 200);
        await using var azurite = new AzuriteServer();
        await azurite.InitializeAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [MinutesStorageOptions.SectionName] = azurite.ConnectionString })
            .Build();

        await using var app = LoopbackSite.Build(configuration, 0);
        await app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var keys = await StoreAsync(app.Services, meetingCount);
        await app.Services.GetRequiredService<MinutesSearch>().IndexAsync(keys, CancellationToken.None);
        var owners = (await app.Services.GetRequiredService<CouncilMinutes.Ingestion.Queries.ActionQueries>().AllAsync(false, CancellationToken.None))
            .Where(a => a.Owner is not null).Select(a => a.OwnerSlug).Distinct(StringComparer.Ordinal).ToList();
        await output.WriteLineAsync($"{keys.Count} meetings ({owners.Count} action owners) stored and indexed in {clock.Elapsed.TotalSeconds:F0} s; " +
                                    $"{requests} requests of each kind, one at a time.");

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = LoopbackSite.Address(app) };
        var random = new Random(7);
        var kinds = new (string Name, Func<string> Path, double TargetMs)[]
        {
            ("stylesheet (baseline)", () => "/site.css", double.NaN),
            ("meeting page", () => SiteLinks.Meeting(keys[random.Next(keys.Count)]), 100),
            ("owner page", () => SiteLinks.Owner(owners[random.Next(owners.Count)]), 100),
            ("search", () => $"/search?q={Uri.EscapeDataString($"{Topics[random.Next(Topics.Length)]} report")}", 200),
        };

        // Warm-up: JIT, connection pool, the search index loaded once.
        foreach (var (_, path, _) in kinds)
        {
            for (var i = 0; i < 20; i++)
            {
                var warm = path();
                using var response = await client.GetAsync(new Uri(warm, UriKind.Relative));
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{warm}: {(int)response.StatusCode}");
                }
            }
        }

        await output.WriteLineAsync($"{"",-22} {"p50 ms",8} {"p95 ms",8} {"p95/baseline",13} {"target",8}");
        double? baseline = null;
        var met = true;
        foreach (var (name, path, target) in kinds)
        {
            var times = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(path(), UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Sort();
            var (p50, p95) = (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
            baseline ??= p95;
            var verdict = double.IsNaN(target) ? "" : p95 < target ? $"< {target:F0} ok" : $"< {target:F0} MISSED";
            met &= double.IsNaN(target) || p95 < target;
            await output.WriteLineAsync($"{name,-22} {p50,8:F1} {p95,8:F1} {p95 / baseline.Value,13:F1} {verdict,8}");
        }

        await app.StopAsync();
        await output.WriteLineAsync(met ? "Every target met." : "A target was missed.");
        return 0;
    }

    /// <summary>The meetings, parsed from synthetic minutes and written as ingestion writes them, 8 at a time.</summary>
    private static async Task<List<MeetingKey>> StoreAsync(IServiceProvider services, int count)
    {
        var parser = services.GetRequiredService<MinutesParser>();
        var store = services.GetRequiredService<MeetingStore>();
        var keys = new System.Collections.Concurrent.ConcurrentBag<MeetingKey>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
        {
            var text = Minutes(i);
            var parsed = parser.Parse(Encoding.UTF8.GetBytes(text), $"meeting-{i}.txt", cancellationToken: token);
            var meeting = parsed.Meeting ?? throw new InvalidOperationException($"synthetic meeting {i} did not parse: {parsed.Failure?.Reason}");
            var key = MeetingKey.For(meeting.Committee!, meeting.Date!.Value);
            var stored = await store.WriteAsync(meeting, key, $"v{i}", $"meeting-{i}.txt", (_, _) => Task.CompletedTask, token);
            keys.Add(stored.Key);
        });
        return [.. keys];
    }

    /// <summary>One committee's minutes: six items, each with a decision and an action for one of the owners.</summary>
    private static string Minutes(int i)
    {
        var committee = Committees[i % Committees.Length];
        var date = new DateOnly(2000, 1, 3).AddDays(7 * (i / Committees.Length));
        var text = new StringBuilder()
            .AppendLine("EXAMPLE TOWN COUNCIL").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Minutes of the meeting of the {committee} held on {date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)} at 7.00 pm in the Council Chamber.")
            .AppendLine().AppendLine("Present: Councillor A Smith (Chair), Councillor B Jones, Councillor C Patel.").AppendLine();
        for (var item = 1; item <= 6; item++)
        {
            var topic = Topics[(i + item) % Topics.Length];
            var owner = Owners[(i + item) % Owners.Length];
            text.AppendLine(CultureInfo.InvariantCulture, $"{item}. {topic} report {item}")
                .AppendLine(CultureInfo.InvariantCulture, $"Members considered the {topic.ToLowerInvariant()} report for the quarter and the budget it needs.")
                .AppendLine(CultureInfo.InvariantCulture, $"RESOLVED: That the {topic.ToLowerInvariant()} report be noted and its budget approved.")
                .AppendLine(CultureInfo.InvariantCulture, $"The {owner} would report on progress with the {topic.ToLowerInvariant()} work at the next meeting.")
                .AppendLine();
        }

        return text.ToString();
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }
}
