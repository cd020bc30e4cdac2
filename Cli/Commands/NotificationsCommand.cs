using System.CommandLine;
using System.Globalization;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes notifications [--failed]</c>: the Notifications ledger, one row per digest and recipient.</summary>
internal static class NotificationsCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var failed = new Option<bool>("--failed") { Description = "Only recipients whose last attempt failed (their messages are in the poison queue)." };
        var command = new Command("notifications", "List the digests sent or being sent, per recipient: status, attempts, last error.") { failed };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("notifications", configuration, async (services, token) =>
        {
            var failedOnly = result.GetValue(failed);
            var records = await services.GetRequiredService<NotificationLedger>().ListAsync(failedOnly, token).ConfigureAwait(false);
            var console = Terminal.Create();
            if (records.Count == 0)
            {
                console.MarkupLine(failedOnly ? "No failed notifications." : "No notifications yet.");
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn(new TableColumn("updated").NoWrap())
                .AddColumn(new TableColumn("status").NoWrap())
                .AddColumn("recipient")
                .AddColumn("subject")
                .AddColumn(new TableColumn("attempts").RightAligned())
                .AddColumn("last error");
            foreach (var record in records)
            {
                table.AddRow(
                    Markup.Escape(record.UpdatedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "–"),
                    Markup.Escape(record.Status.ToString()),
                    Markup.Escape(record.Recipient),
                    Markup.Escape(record.Subject ?? "–"),
                    record.Attempts.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(record.LastError ?? ""));
            }

            console.Write(table);
            console.MarkupLine(Markup.Escape(string.Join(", ", records.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")) + "."));
            return ExitCodes.Success;
        }, cancellationToken));
        return command.WithExamples("minutes notifications", "minutes notifications --failed");
    }
}
