using System.CommandLine;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Cli.Ingesting;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes ingest PATH...</c>: upload documents to <c>minutes-inbox</c> and ingest each one now, as the blob trigger would.</summary>
internal static class IngestCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, or folders whose minutes documents (.pdf .docx .htm .html .xml .txt .md) are taken, recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var committee = new Option<string?>("--committee") { Description = "Committee for documents whose text does not name it (blob metadata 'committee')." };
        var date = UkDate.Option("--date", "Meeting date for documents whose text does not state it (blob metadata 'meetingdate')");
        var council = new Option<string?>("--council") { Description = "Council for documents whose text does not name it (blob metadata 'council')." };
        var command = new Command("ingest",
            "Upload documents to minutes-inbox (blob name: the path below the folder given, or the file name) and ingest them now. " +
            "Exit 0: all ingested or unchanged; 1: some quarantined; 2: a path is missing or storage failed.")
        {
            paths, committee, date, council,
        };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("ingest", configuration, async (services, token) =>
        {
            var found = DocumentFiles.Find(result.GetRequiredValue(paths));
            if (Problem(found) is { } problem)
            {
                return await CommandHost.FailAsync("ingest", problem).ConfigureAwait(false);
            }

            var ingestion = services.GetRequiredService<IngestionService>();
            var upload = new InboxUpload(ingestion.Inbox,
                DocumentHints.Metadata(result.GetValue(council), result.GetValue(committee), result.GetValue(date)));
            var documents = found.Files.Select(file => new BatchDocument(file.BlobName, async ct =>
            {
                var metadataChanged = await upload.UploadAsync(file, ct).ConfigureAwait(false);
                return await TransientRetry.RunAsync(() => ingestion.ProcessAsync(file.BlobName, force: metadataChanged, ct), ct).ConfigureAwait(false);
            })).ToList();

            var console = Terminal.Create();
            foreach (var renamed in found.Files.Where(f => f.Given is not null))
            {
                console.MarkupLine($"[yellow]{Markup.Escape(Printable.Text(renamed.Given!))} is stored as {Markup.Escape(renamed.BlobName)}[/] (backslashes read as folders; '.', '..' and control characters dropped).");
            }

            if (found.Skipped.Count > 0)
            {
                console.MarkupLine($"[grey]Skipped {found.Skipped.Count} files that are not minutes documents by their extension (labels, READMEs).[/]");
            }

            return await RunBatchAsync(console, documents, "Ingesting", token).ConfigureAwait(false);
        }, cancellationToken));
        return command.WithExamples("minutes ingest minutes/ --council \"Halton Borough Council\"", "minutes ingest undated.pdf --committee \"Planning Committee\" --date 14/03/2024");
    }

    /// <summary>Runs the batch and writes its summary, also when storage fails part-way (the failure then goes on to the host).</summary>
    internal static async Task<int> RunBatchAsync(IAnsiConsole console, IReadOnlyList<BatchDocument> documents, string verb, CancellationToken cancellationToken)
    {
        var batch = new IngestionBatch(console);
        try
        {
            await batch.RunAsync(documents, verb, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (batch.Current is { } interrupted)
        {
            IngestionSummary.Write(console, batch.Results);
            var after = batch.Remaining == 0 ? "" : $"; the {batch.Remaining} after it were not started";
            console.MarkupLine($"[red]Stopped at {Markup.Escape(interrupted)}[/]{after}.");
            throw;
        }

        return IngestionSummary.Write(console, batch.Results);
    }

    private static string? Problem(DocumentFiles found)
    {
        if (found.Missing.Count > 0)
        {
            return string.Join(Environment.NewLine, found.Missing.Select(path => $"no such file or folder: {path}"));
        }

        if (found.Clashes.Count > 0)
        {
            return "two files would be stored under one blob name; ingest them separately:" + Environment.NewLine + string.Join(Environment.NewLine, found.Clashes);
        }

        return found.Files.Count == 0
            ? $"no minutes documents found ({string.Join(' ', DocumentFiles.DocumentExtensions.Order(StringComparer.Ordinal))})."
            : null;
    }
}
