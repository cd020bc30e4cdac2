using System.Diagnostics;
using CouncilMinutes.LocalAzurite;

namespace CouncilMinutes.Tests.Functions;

/// <summary>
/// The Functions app as <c>dotnet publish</c> makes its deployment package: published once per test run, from the build
/// test.sh made, into a folder beside the tests. What Flex Consumption is given, and what the worker tests run.
/// </summary>
internal static class PublishedFunctionsApp
{
    /// <summary>How long the publish may take. Default value is 5 minutes (it copies a built app; a cold machine is slow).</summary>
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);

    // The configuration these tests were built in, which is the one test.sh builds the whole solution in.
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    /// <summary>The folder holding the published app.</summary>
    /// <exception cref="InvalidOperationException">The publish failed; the message holds its output.</exception>
    public static Task<string> FolderAsync() => Published.Value;

    private static async Task<string> PublishAsync()
    {
        var root = AzuriteServer.RepositoryRoot() ?? throw new InvalidOperationException($"No folder holding Pipeline.sln above {AppContext.BaseDirectory}.");
        var output = Path.Combine(AppContext.BaseDirectory, "published-functions");
        if (Directory.Exists(output))
        {
            // A file left by an earlier publish must not pass for one this publish made.
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", Path.Combine(root, "Functions", "Functions.csproj"), "-c", Configuration, "--no-build", "-nologo", "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            await publish.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            publish.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet publish of Functions/ took longer than {PublishTimeout}.");
        }

        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet publish of Functions/ ({Configuration}, from the built app: run test.sh, or build Pipeline.sln first) exited {publish.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        return output;
    }
}
