using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilMinutes.Cli.Hosting;

/// <summary>
/// How a command that works on storage runs: with the pipeline wired as the Functions app wires it (plus console logging and
/// the read side), and with storage problems reported in words and exit code 2 instead of a stack trace.
/// </summary>
internal static class CommandHost
{
    /// <summary>Runs <paramref name="body"/> with the pipeline's services; a storage failure is printed as <c>minutes COMMAND: reason</c> and exits 2.</summary>
    public static async Task<int> RunAsync(string command, IConfiguration configuration, Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        // Disposed before returning, so the console logger has written everything queued.
        await using var services = Services(configuration);
        try
        {
            return await body(services, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageProblem.Describe(e, services.GetRequiredService<StorageClients>) is { } problem)
        {
            return await FailAsync(command, problem).ConfigureAwait(false);
        }
    }

    public static async Task<int> FailAsync(string command, string message)
    {
        await Console.Error.WriteLineAsync($"minutes {command}: {message}").ConfigureAwait(false);
        return ExitCodes.CannotRun;
    }

    internal static ServiceProvider Services(IConfiguration configuration) =>
        new ServiceCollection()
            .AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)

                // Each document's outcome, quarantine reason included, is in the command's own summary; the service's
                // warning about it would only repeat it, and break into the progress bar.
                .AddFilter(typeof(IngestionService).FullName, LogLevel.Error)

                // minutes notify shows each digest's outcome, and one digest whole; the log channel's copy of every body would bury them.
                .AddFilter(NotificationChannels.LogCategory, LogLevel.Error)
                .AddSimpleConsole(console =>
                {
                    console.SingleLine = true;
                    console.ColorBehavior = Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Disabled;
                })

                // Logs go to stderr, so stdout stays the command's answer (`minutes show --json > meeting.json`).
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddMinutesPipeline(configuration)
            .AddMinutesQueries()
            .BuildServiceProvider();
}
