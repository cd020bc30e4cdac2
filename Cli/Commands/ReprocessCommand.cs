using System.CommandLine;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Cli.Ingesting;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes reprocess [--failed] [--all]</c>: ingest again documents already in <c>minutes-inbox</c>.</summary>
internal static class ReprocessCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var failed = new Option<bool>("--failed") { Description = "The documents the ledger records as failed (the default): after fixing their metadata or the parser." };
        var all = new Option<bool>("--all") { Description = "Every document in minutes-inbox, read again even if unchanged (after a parser change)." };
        var command = new Command("reprocess",
            "Ingest again documents already in minutes-inbox. Exit codes as for ingest.")
        {
            failed, all,
        };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("reprocess", configuration, async (services, token) =>
        {
            if (result.GetValue(failed) && result.GetValue(all))
            {
                return await CommandHost.FailAsync("reprocess", "--failed and --all choose different documents: give one.").ConfigureAwait(false);
            }

            var ingestion = services.GetRequiredService<IngestionService>();
            var console = Terminal.Create();
            var inbox = await InboxNamesAsync(ingestion, token).ConfigureAwait(false);
            List<string> names;
            if (result.GetValue(all))
            {
                names = [.. inbox];
            }
            else
            {
                var records = await FailedAsync(services.GetRequiredService<DocumentLedger>(), token).ConfigureAwait(false);
                names = [.. records.Where(inbox.Contains)];

                // The ledger outlives the blob: a failed document someone has since deleted cannot be read again.
                foreach (var gone in records.Where(name => !inbox.Contains(name)))
                {
                    console.MarkupLine($"[grey]{Markup.Escape(gone)} failed but is no longer in {StorageNames.InboxContainer}; skipped.[/]");
                }
            }

            if (names.Count == 0)
            {
                console.MarkupLine(result.GetValue(all)
                    ? $"No documents in {StorageNames.InboxContainer}."
                    : $"No failed documents in {StorageNames.InboxContainer}.");
                return ExitCodes.Success;
            }

            var force = result.GetValue(all);
            var documents = names.Select(name => new BatchDocument(name, ct => TransientRetry.RunAsync(() => ingestion.ProcessAsync(name, force, ct), ct))).ToList();
            return await IngestCommand.RunBatchAsync(console, documents, "Reprocessing", token).ConfigureAwait(false);
        }, cancellationToken));
        return command.WithExamples("minutes reprocess", "minutes reprocess --all");
    }

    private static async Task<SortedSet<string>> InboxNamesAsync(IngestionService ingestion, CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var blob in ingestion.Inbox.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken).ConfigureAwait(false))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private static async Task<List<string>> FailedAsync(DocumentLedger ledger, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var record in ledger.ListAsync(StorageNames.InboxContainer, DocumentStatus.Failed, cancellationToken).ConfigureAwait(false))
        {
            names.Add(record.BlobName);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
