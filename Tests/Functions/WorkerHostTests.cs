using CouncilMinutes.Tests.Functions.Rpc;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Functions;

/// <summary>The test host itself: a worker that cannot start is a failure with the worker's own words, never a skip or a hang.</summary>
public class WorkerHostTests
{
    [Fact]
    public async Task A_worker_that_cannot_start_fails_the_start_with_the_reason()
    {
        using var folder = new TempFolder();
        folder.Write("worker.config.json", """{ "description": { "language": "dotnet-isolated", "defaultWorkerPath": "Missing.Functions.dll" } }"""u8.ToArray());

        var failure = await Assert.ThrowsAsync<WorkerStartException>(() => WorkerHost.StartAsync(folder.Path, new Dictionary<string, string>()));

        Assert.Contains("exited", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Missing.Functions.dll", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_no_Functions_app_is_refused()
    {
        using var folder = new TempFolder();

        var failure = await Assert.ThrowsAsync<WorkerStartException>(() => WorkerHost.StartAsync(folder.Path, new Dictionary<string, string>()));

        Assert.Contains("worker.config.json", failure.Message, StringComparison.Ordinal);
    }
}
