using System.CommandLine;
using Azure;
using Azure.Identity;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes storage init</c>: the containers, tables and queues the pipeline needs, in the configured account.</summary>
internal static class StorageCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var init = new Command("init", "Create every container, table and queue the pipeline uses; those already there are left as they are.");
        init.SetAction(async (_, cancellationToken) => await InitAsync(configuration, cancellationToken).ConfigureAwait(false));
        return new Command("storage", "The storage account named by the MinutesStorage setting (default: Azurite on its standard ports).") { init };
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
            return 0;
        }
        catch (OptionsValidationException e)
        {
            return await FailAsync(string.Join(Environment.NewLine, e.Failures)).ConfigureAwait(false);
        }
        catch (StorageUnreachableException e)
        {
            return await FailAsync(
                $"{e.Message}{Environment.NewLine}Is Azurite running? The default setting ({MinutesStorageOptions.DevelopmentStorage}) expects it on " +
                "127.0.0.1 ports 10000-10002 (npx azurite); otherwise set MinutesStorage (MINUTES_MinutesStorage, or --MinutesStorage=...) " +
                "to the account's connection string or service URIs.").ConfigureAwait(false);
        }
        catch (AuthenticationFailedException e)
        {
            return await FailAsync($"no credential for the storage service URIs: {e.Message}").ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            return await FailAsync($"storage refused the request: {e.Status} {e.ErrorCode}").ConfigureAwait(false);
        }
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync($"minutes storage init: {message}").ConfigureAwait(false);
        return 2;
    }
}
