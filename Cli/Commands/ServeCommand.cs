using System.CommandLine;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Web;
using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes serve</c>: the web pages and JSON API over the stored minutes, on this machine only, until Ctrl-C.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create(IConfiguration configuration)
    {
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var command = new Command("serve", "Serve the stored meetings, actions and the JSON API as web pages on 127.0.0.1, until Ctrl-C.") { port };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var app = LoopbackSite.Build(configuration, result.GetValue(port));
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                return await CommandHost.FailAsync("serve", $"cannot listen on 127.0.0.1:{result.GetValue(port)} ({e.Message}); choose another with --port.").ConfigureAwait(false);
            }

            await Console.Out.WriteLineAsync($"Serving {LoopbackSite.Address(app)} (Ctrl-C stops).").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: stop serving.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command.WithExamples("minutes serve", "minutes serve --port 8080");
    }
}
