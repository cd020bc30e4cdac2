using CouncilMinutes.Ingestion;
using Spectre.Console;

namespace CouncilMinutes.Cli.Ingesting;

/// <summary>One document of a batch: its name and the work that ingests it.</summary>
internal sealed record BatchDocument(string Name, Func<CancellationToken, Task<IngestionResult>> IngestAsync);

/// <summary>Ingests documents one after another, with a progress bar on a terminal when there are several, keeping each outcome.</summary>
/// <remarks>
/// One at a time: the documents of one meeting (a PDF and its portal page) write the same rows, and one by one the
/// summary's order is the command line's. A storage failure stops the batch; <see cref="Results"/> keeps what was done.
/// </remarks>
internal sealed class IngestionBatch(IAnsiConsole console)
{
    private readonly List<IngestionResult> _results = [];

    public IReadOnlyList<IngestionResult> Results => _results;

    /// <summary>The document being ingested when the batch stopped, if it stopped early.</summary>
    public string? Current { get; private set; }

    /// <summary>The documents not yet started when the batch stopped.</summary>
    public int Remaining { get; private set; }

    public async Task RunAsync(IReadOnlyList<BatchDocument> documents, string verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Remaining = documents.Count;
        // Redirected output (a file, CI's log) would get the bar's frames as text; the summary says it all there.
        if (documents.Count <= 1 || !console.Profile.Capabilities.Interactive)
        {
            foreach (var document in documents)
            {
                await IngestAsync(document, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(verb, maxValue: documents.Count);
                for (var i = 0; i < documents.Count; i++)
                {
                    task.Description = $"{verb} {i + 1}/{documents.Count} {Markup.Escape(documents[i].Name)}";
                    await IngestAsync(documents[i], cancellationToken).ConfigureAwait(false);
                    task.Increment(1);
                }

                task.Description = $"{verb} {documents.Count} documents";
            }).ConfigureAwait(false);
    }

    private async Task IngestAsync(BatchDocument document, CancellationToken cancellationToken)
    {
        Current = document.Name;
        Remaining--;
        _results.Add(await document.IngestAsync(cancellationToken).ConfigureAwait(false));
        Current = null;
    }
}
