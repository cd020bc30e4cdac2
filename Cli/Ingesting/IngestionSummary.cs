using System.Globalization;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Storage;
using Spectre.Console;

namespace CouncilMinutes.Cli.Ingesting;

/// <summary>The table that ends an ingest or a reprocess: each document's meeting and counts, and why any was quarantined.</summary>
internal static class IngestionSummary
{
    /// <summary>Writes the summary and returns the exit code it stands for.</summary>
    public static int Write(IAnsiConsole console, IReadOnlyList<IngestionResult> results)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("document")
            .AddColumn("meeting")
            .AddColumn(new TableColumn("items").RightAligned())
            .AddColumn(new TableColumn("resolutions").RightAligned())
            .AddColumn(new TableColumn("actions").RightAligned())
            .AddColumn("status");
        foreach (var result in results)
        {
            // An unchanged document was not read this time, so it has no counts of its own to show.
            var counted = result.Status == IngestionStatus.Ingested;
            table.AddRow(
                Markup.Escape(Printable.Text(result.BlobName)),
                result.MeetingKey is null ? "[grey]–[/]" : Markup.Escape(result.MeetingKey),
                Count(counted, result.Items),
                Count(counted, result.Resolutions),
                Count(counted, result.Actions),
                Status(result));
        }

        console.Write(table);
        var quarantined = results.Where(r => r.Status == IngestionStatus.Quarantined).ToList();
        foreach (var result in quarantined)
        {
            console.MarkupLine($"[red]quarantined[/] {Markup.Escape(Printable.Text(result.BlobName))} ({Markup.Escape(result.Reason?.ToString() ?? "?")}): {Markup.Escape(Printable.Text(result.Message ?? ""))}");
        }

        if (quarantined.Count > 0)
        {
            console.MarkupLine(
                $"[yellow]{Plural(quarantined.Count, "document stays", "documents stay")} in {StorageNames.InboxContainer}, with a copy and the reason in " +
                $"{StorageNames.QuarantineContainer}.[/] Fix what the reason says (for missing details: minutes ingest FILE --committee NAME --date yyyy-MM-dd), " +
                "then ingest it again or run minutes reprocess.");
        }

        console.MarkupLine(Markup.Escape(Totals(results)));
        return quarantined.Count > 0 ? ExitCodes.NeedsAttention : ExitCodes.Success;
    }

    private static string Totals(IReadOnlyList<IngestionResult> results)
    {
        var counts = new[]
        {
            (IngestionStatus.Ingested, "ingested"), (IngestionStatus.Unchanged, "unchanged"), (IngestionStatus.Quarantined, "quarantined"),
        };
        var parts = counts.Select(c => (Count: results.Count(r => r.Status == c.Item1), Name: c.Item2)).Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Name}");
        return $"{Plural(results.Count, "document", "documents")}: {string.Join(", ", parts)}.";
    }

    private static string Status(IngestionResult result) => result.Status switch
    {
        IngestionStatus.Ingested => "[green]ingested[/]",
        IngestionStatus.Unchanged => "[grey]unchanged[/]",
        IngestionStatus.Quarantined => "[red]quarantined[/]",
        _ => Markup.Escape(result.Status.ToString()),
    };

    private static string Count(bool counted, int value) => counted ? value.ToString(CultureInfo.InvariantCulture) : "[grey]–[/]";

    private static string Plural(int count, string one, string many) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
