using Azure;
using Azure.Identity;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Cli.Hosting;

/// <summary>What went wrong with storage, in words a person can act on: the setting, an account that does not answer, a refusal.</summary>
/// <remarks>Messages never quote the connection string: it may hold the account key.</remarks>
internal static class StorageProblem
{
    /// <summary>The message for a storage failure, or null when <paramref name="exception"/> is not one (a bug, which should surface as it is).</summary>
    /// <param name="exception">What a command caught.</param>
    /// <param name="clients">The clients in use, asked only for a failure that got as far as a request; they name the endpoints.</param>
    public static string? Describe(Exception exception, Func<StorageClients> clients) => exception switch
    {
        OptionsValidationException invalid => string.Join(Environment.NewLine, invalid.Failures),
        StorageUnreachableException unreachable => unreachable.Message + Environment.NewLine + AzuriteHint,
        _ when StorageUnreachableException.IsTransportFailure(exception) =>
            new StorageUnreachableException(Endpoint(exception, clients()), exception).Message + Environment.NewLine + AzuriteHint,
        AuthenticationFailedException failed => $"no credential for the storage service URIs: {failed.Message}",
        RequestFailedException { ErrorCode: "ContainerNotFound" or "TableNotFound" or "QueueNotFound" } missing =>
            $"storage refused the request: {missing.Status} {missing.ErrorCode}. Run `minutes storage init` first: it creates the containers, tables and queues the pipeline uses.",
        RequestFailedException refused => $"storage refused the request: {refused.Status} {refused.ErrorCode}",
        MeetingWriteConflictException conflict => $"{conflict.Message} Run the command again.",
        _ => null,
    };

    private const string AzuriteHint =
        $"Is Azurite running? The default setting ({MinutesStorageOptions.DevelopmentStorage}) expects it on " +
        "127.0.0.1 ports 10000-10002: scripts/azurite.sh in the repository starts one with the flags this SDK needs; otherwise set MinutesStorage (MINUTES_MinutesStorage, or --MinutesStorage=...) " +
        "to the account's connection string or service URIs.";

    /// <summary>The service that did not answer: the one whose host and port the transport error names, else the blob service.</summary>
    private static Uri Endpoint(Exception exception, StorageClients clients)
    {
        var messages = string.Join(" ", Chain(exception).Select(e => e.Message));
        return new[] { clients.Blobs.Uri, clients.Tables.Uri, clients.Queues.Uri }
                   .FirstOrDefault(uri => messages.Contains(uri.Authority, StringComparison.OrdinalIgnoreCase))
               ?? clients.Blobs.Uri;
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var all = new List<Exception>();
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var next))
        {
            all.Add(next);
            if (next is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (next.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return all;
    }
}
