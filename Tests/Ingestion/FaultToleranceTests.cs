using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>Storage that fails under the ingestion: every retry converges on the rows a clean run writes, with no duplicates.</summary>
public class FaultToleranceTests
{
    private static readonly (string Name, string[] Path, Dictionary<string, string> Metadata)[] Documents =
    [
        ("cyp.txt", ["seeds", "001_8374e71d7d5c0b11.txt"], []),
        ("cyp.pdf", ["printed", "halton-cyp-2024-09-09.pdf"], []),
        ("council.txt", ["dev", "002_halton_agenda.txt"], []),
        ("sandwell.txt", ["dev", "019_sandwell_issue.txt"], new() { ["committee"] = "Standards Committee" }),
        ("vale.txt", ["holdout", "004_valeofglamorgan_web.txt"], new() { ["committee"] = "Scrutiny Committee" }),
        ("bromsgrove.txt", ["dev", "014_bromsgrove_issue.txt"], []),
    ];

    [Fact]
    public async Task With_a_fifth_of_storage_requests_failing_the_ingest_completes_with_the_rows_of_a_clean_run()
    {
        await using var reference = await IngestAllAsync(await PipelineHost.StartAloneAsync());
        await using var store = await PipelineHost.StartAloneAsync();
        var faults = new FaultInjectionPolicy(failureRate: 0.2, seed: 20261122);
        await using var flaky = await PipelineHost.StartAsync(store.Azurite!, policy: faults);

        foreach (var (name, path, metadata) in Documents)
        {
            await store.UploadAsync(name, File.ReadAllBytes(Parse.CorpusPath(path)), metadata);
            Assert.NotEqual(IngestionStatus.Quarantined, (await flaky.ProcessLikeTheHostAsync(name)).Status);
        }

        Assert.True(faults.Injected > 20, $"only {faults.Injected} faults were injected");
        await AssertSameAsync(reference, store);
    }

    [Fact]
    public async Task Azurite_stopped_mid_ingest_and_restarted_converges_on_the_rows_of_a_clean_run()
    {
        await using var reference = await IngestAllAsync(await PipelineHost.StartAloneAsync());
        Task outage = Task.CompletedTask;
        PipelineHost? host = null;

        // The outage starts at the 60th storage request, in the middle of the second document, whatever the machine's speed.
        var tripwire = new Tripwire(60, () => outage = Task.Run(async () =>
        {
            // Longer than the storage clients' own retries (about 4 s), so the ingest fails and the host's retry must converge.
            await host!.Azurite!.StopAsync(CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(8));
            await host.Azurite.StartAsync(CancellationToken.None);
        }));
        host = await PipelineHost.StartAloneAsync(new Dictionary<string, string?> { ["Ingestion:ClaimDuration"] = "00:00:15" }, tripwire, persistent: true);
        await using (host)
        {
            foreach (var (name, path, metadata) in Documents)
            {
                await host.UploadAsync(name, File.ReadAllBytes(Parse.CorpusPath(path)), metadata);
            }

            tripwire.Arm();
            foreach (var (name, _, _) in Documents)
            {
                // A worker that died holding a document leaves it busy until its claim lapses (15 s here).
                Assert.NotEqual(IngestionStatus.Quarantined, (await host.ProcessLikeTheHostAsync(name, attempts: 8)).Status);
            }

            await outage;
            Assert.True(host.TransientFailures > 0, "the outage did not interrupt any ingest");
            await AssertSameAsync(reference, host);
        }
    }

    private static async Task<PipelineHost> IngestAllAsync(PipelineHost host)
    {
        foreach (var (name, path, metadata) in Documents)
        {
            await host.IngestAsync(name, File.ReadAllBytes(Parse.CorpusPath(path)), metadata);
        }

        return host;
    }

    /// <summary>The same meetings with the same rows, and the same digests queued (a digest queued twice is harmless to the notifier, but none may be missing).</summary>
    private static async Task AssertSameAsync(PipelineHost expected, PipelineHost actual)
    {
        var expectedDigests = (await expected.QueuedMessagesAsync()).Select(ActionDigestMessage.FromJson).ToList();
        var actualDigests = (await actual.QueuedMessagesAsync()).Select(ActionDigestMessage.FromJson).ToList();
        Assert.Equal(expectedDigests.Select(d => d.DigestId).Order(), actualDigests.Select(d => d.DigestId).Distinct().Order());

        foreach (var meeting in expectedDigests.Select(d => d.MeetingKey).Distinct())
        {
            Assert.Equal(await expected.MeetingAsync(meeting), await actual.MeetingAsync(meeting));
        }
    }

    /// <summary>Runs an action once, when the armed pipeline has sent a given number of requests.</summary>
    private sealed class Tripwire(int afterRequests, Action trip) : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        private int _count = int.MinValue;

        public void Arm() => Interlocked.Exchange(ref _count, 0);

        public override void OnSendingRequest(Azure.Core.HttpMessage message)
        {
            if (Interlocked.Increment(ref _count) == afterRequests)
            {
                trip();
            }
        }
    }
}
