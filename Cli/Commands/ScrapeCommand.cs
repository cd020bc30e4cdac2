using System.CommandLine;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Cli.Ingesting;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes scrape [--portal URL] [--committee ID]... [--since DATE] [--dry-run] [--ingest]</c>: a scraper run now.</summary>
internal static class ScrapeCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var portal = new Option<string?>("--portal") { Description = "The ModernGov portal, e.g. https://councillors.halton.gov.uk (default: setting Portal:BaseUrl)." };
        var committees = new Option<int[]>("--committee")
        {
            Description = "A committee id to scrape; repeat for more (default: setting Portal:Committees, else every current committee).",
        };
        var since = UkDate.Option("--since", "Look at meetings from this day on, instead of the rolling window");
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the portal and say what would be uploaded; write nothing." };
        var ingest = new Option<bool>("--ingest") { Description = "Ingest what was uploaded now, as the blob trigger does in Azure." };
        var command = new Command("scrape",
            "Fetch newly published minutes from the council's ModernGov portal into minutes-inbox. " +
            "Exit 0: done; 1: some committee, meeting or ingested document failed; 2: the portal or storage could not be reached, or bad arguments.")
        {
            portal, committees, since, dryRun, ingest,
        };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("scrape", configuration, async (services, token) =>
        {
            var address = result.GetValue(portal);
            Uri? url = null;
            if (address is not null && !(Uri.TryCreate(address, UriKind.Absolute, out url) && url.Scheme is "http" or "https"))
            {
                return await CommandHost.FailAsync("scrape", $"--portal must be an absolute http(s) address, such as https://councillors.halton.gov.uk (not {address}).")
                    .ConfigureAwait(false);
            }

            var request = new ScrapeRequest
            {
                Portal = url,
                Committees = result.GetValue(committees) ?? [],
                Since = result.GetValue(since),
                DryRun = result.GetValue(dryRun),
            };
            if (Problem(request, result.GetValue(ingest), services) is { } problem)
            {
                return await CommandHost.FailAsync("scrape", problem).ConfigureAwait(false);
            }

            var console = Terminal.Create();
            var summary = await services.GetRequiredService<PortalScraper>().RunAsync(request, new ConsoleProgress(console), token).ConfigureAwait(false);
            var exit = Write(console, summary);
            if (!result.GetValue(ingest) || exit == ExitCodes.CannotRun)
            {
                return exit;
            }

            var ingestion = services.GetRequiredService<IngestionService>();
            var uploaded = summary.Meetings.Where(m => m.Outcome == ScrapeOutcome.Uploaded).Select(m => m.BlobName!).ToList();
            var documents = uploaded.Select(name => new BatchDocument(name, ct => TransientRetry.RunAsync(() => ingestion.ProcessAsync(name, cancellationToken: ct), ct))).ToList();
            var ingested = await IngestCommand.RunBatchAsync(console, documents, "Ingesting", token).ConfigureAwait(false);
            return Math.Max(exit, ingested);
        }, cancellationToken));
        return command.WithExamples("minutes scrape --dry-run", "minutes scrape --portal https://councillors.halton.gov.uk --since 01/09/2024 --ingest");
    }

    private static string? Problem(ScrapeRequest request, bool ingest, IServiceProvider services)
    {
        if (request.Committees.Any(id => id <= 0))
        {
            return "--committee takes a committee id, a positive number.";
        }

        if (ingest && request.DryRun)
        {
            return "--dry-run uploads nothing, so there is nothing to --ingest: give one.";
        }

        try
        {
            _ = services.GetRequiredService<IOptions<PortalOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException e)
        {
            return string.Join(Environment.NewLine, e.Failures);
        }
    }

    /// <summary>The run's counts, then each failure with its URL; the exit code they stand for.</summary>
    private static int Write(IAnsiConsole console, ScrapeSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(summary.Portal) + (summary.DryRun ? " (dry run: nothing written)" : ""))
            .AddColumn("committees").AddColumn("meetings").AddColumn(summary.DryRun ? "would upload" : "uploaded").AddColumn("unchanged")
            .AddColumn("not yet published").AddColumn("cancelled").AddColumn("failed");
        foreach (var column in table.Columns)
        {
            column.RightAligned();
        }

        table.AddRow(Count(summary.Committees), Count(summary.MeetingsSeen), Count(summary.DocumentsUploaded), Count(summary.SkippedUnchanged),
            Count(summary.NotYetPublished), Count(summary.Cancelled), summary.Failed == 0 ? "0" : $"[red]{summary.Failed}[/]");
        console.Write(table);
        foreach (var failure in summary.CommitteeFailures)
        {
            var what = failure.CommitteeId is { } id ? $"committee {id}" : "the committee list";
            console.MarkupLine($"[red]failed[/] {what}: {Markup.Escape(failure.Url.ToString())}: {Markup.Escape(failure.Error)}");
        }

        foreach (var meeting in summary.Meetings.Where(m => m.Outcome == ScrapeOutcome.Failed))
        {
            console.MarkupLine($"[red]failed[/] meeting {meeting.MeetingId} of {Markup.Escape(meeting.CommitteeTitle)}: {Markup.Escape(meeting.Error ?? "")}");
        }

        if (summary.PortalUnreachable)
        {
            console.MarkupLine("[red]Nothing came from the portal.[/] Check the address and that it answers; the next run catches up.");
            return ExitCodes.CannotRun;
        }

        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.NeedsAttention;
    }

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A line per meeting as it is done, written at once and in order (unlike <see cref="Progress{T}"/>, which posts them).</summary>
    private sealed class ConsoleProgress(IAnsiConsole console) : IProgress<ScrapedMeeting>
    {
        private readonly Lock _lock = new();

        public void Report(ScrapedMeeting value)
        {
            var outcome = value.Outcome switch
            {
                ScrapeOutcome.Uploaded => "[green]uploaded[/]",
                ScrapeOutcome.Failed => "[red]failed[/]",
                ScrapeOutcome.NotYetPublished => "[yellow]not yet published[/]",
                ScrapeOutcome.Unchanged => "unchanged",
                _ => "[grey]cancelled[/]",
            };
            var where = value.BlobName is null || value.Outcome is not (ScrapeOutcome.Uploaded or ScrapeOutcome.Unchanged) ? "" : $" → {Markup.Escape(value.BlobName)}";
            lock (_lock)
            {
                console.MarkupLine($"{value.Date:yyyy-MM-dd} {Markup.Escape(value.CommitteeTitle)} (meeting {value.MeetingId}): {outcome}{where}");
            }
        }
    }
}
