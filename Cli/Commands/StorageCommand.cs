using System.CommandLine;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes storage init</c>: the containers, tables and queues the pipeline needs, in the configured account.</summary>
internal static class StorageCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var init = new Command("init", "Create every container, table and queue the pipeline uses; those already there are left as they are.");
        init.SetAction(async (_, cancellationToken) => await InitAsync(configuration, cancellationToken).ConfigureAwait(false));
        return new Command("storage", "The storage account named by the MinutesStorage setting (default: Azurite on its standard ports).") { init.WithExamples("minutes storage init", "minutes storage init --MinutesStorage=\"UseDevelopmentStorage=true\"") }
            .WithExamples("minutes storage init");
    }

    private static async Task<int> InitAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        // The same registration the Functions app uses, so the command exercises the same settings and clients.
        await using var services = new ServiceCollection().AddMinutesStorage(configuration).BuildServiceProvider();
        try
        {
            var report = await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            foreach (var resource in report.Created)
            {
                await Console.Out.WriteLineAsync($"created {resource}").ConfigureAwait(false);
            }

            foreach (var resource in report.Found)
            {
                await Console.Out.WriteLineAsync($"found   {resource}").ConfigureAwait(false);
            }

            await Console.Out.WriteLineAsync($"{report.Created.Count} created, {report.Found.Count} already there.").ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception e) when (StorageProblem.Describe(e, services.GetRequiredService<StorageClients>) is { } problem)
        {
            return await CommandHost.FailAsync("storage init", problem).ConfigureAwait(false);
        }
    }
}
