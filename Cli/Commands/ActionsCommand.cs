using System.CommandLine;
using System.Globalization;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes actions [--owner X] [--open]</c>: the follow-up actions stored from every meeting, or one owner's.</summary>
internal static class ActionsCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var owner = new Option<string?>("--owner") { Description = "Only this owner's actions (name or slug; 'unassigned' for actions the minutes give no one)." };
        var open = new Option<bool>("--open") { Description = "Only actions still open (not yet notified to their owner)." };
        var command = new Command("actions", "List the stored follow-up actions: owner, meeting, item, text, due, status.") { owner, open };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("actions", configuration, async (services, token) =>
        {
            var queries = services.GetRequiredService<ActionQueries>();
            var who = result.GetValue(owner);
            var openOnly = result.GetValue(open);
            var actions = string.IsNullOrWhiteSpace(who)
                ? await queries.AllAsync(openOnly, token).ConfigureAwait(false)
                : await queries.ByOwnerAsync(who, openOnly, token).ConfigureAwait(false);

            var console = Terminal.Create();
            if (actions.Count == 0)
            {
                var whose = string.IsNullOrWhiteSpace(who) ? "" : $" for owner {Slug.From(who)} (owners are matched by slug; minutes actions lists them all)";
                console.MarkupLine(Markup.Escape($"No {(openOnly ? "open " : "")}actions stored{whose}."));
                return ExitCodes.Success;
            }

            Write(console, actions);
            var owners = actions.Select(a => a.OwnerSlug).Distinct(StringComparer.Ordinal).Count();
            var meetings = actions.Select(a => a.MeetingKey).Distinct(StringComparer.Ordinal).Count();
            console.MarkupLine(Markup.Escape(
                $"{Count(actions.Count, "action")} ({actions.Count(a => a.Status == ActionStatus.Open).ToString(CultureInfo.InvariantCulture)} open) " +
                $"for {Count(owners, "owner")} from {Count(meetings, "meeting")}."));
            return ExitCodes.Success;
        }, cancellationToken));
        return command.WithExamples("minutes actions --open", "minutes actions --owner \"Executive Director of Children's Services\"", "minutes actions --owner unassigned");
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<ActionRecord> actions)
    {
        // The text is what a reader came for: the other columns get a width each, the text the rest of the line.
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("owner").Width(18))
            .AddColumn(new TableColumn("meeting").Width(20))
            .AddColumn(new TableColumn("item").Width(14))
            .AddColumn("text")
            .AddColumn(new TableColumn("due").Width(12))
            .AddColumn(new TableColumn("status").NoWrap());
        foreach (var action in actions)
        {
            table.AddRow(
                action.Owner is null ? "[grey](unassigned)[/]" : Markup.Escape(action.Owner),
                Markup.Escape($"{action.MeetingDate} {action.Committee}".Trim()),
                Markup.Escape(action.ItemNumber ?? Shortened(action.ItemTitle) ?? "–"),
                Markup.Escape(action.Text),
                action.Due is null ? "[grey]–[/]" : Markup.Escape(action.Due),
                Markup.Escape(action.Status ?? "–") + (action.Unassigned ? " [yellow](unassigned)[/]" : ""));
        }

        console.Write(table);
    }

    /// <summary>An item title short enough for its column: the number is what identifies an item, where there is one.</summary>
    private static string? Shortened(string? title) => title is { Length: > 40 } ? title[..39].TrimEnd() + "…" : title;

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
