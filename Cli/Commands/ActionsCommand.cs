using System.CommandLine;
using System.Globalization;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary>
/// <c>minutes actions [--owner X] [--open | --status S | --overdue] [--due-before DATE]</c>: the stored actions and where each
/// stands; <c>actions show ID</c> one action's history; <c>actions set ID done|open|not-mine --note …</c> a person's word on it.
/// </summary>
internal static class ActionsCommand
{
    private static readonly string StatusNames = string.Join(", ", Enum.GetValues<FollowUpStatus>().Select(ActionFollowUp.Name));

    public static Command Create(IConfiguration configuration)
    {
        var owner = new Option<string?>("--owner") { Description = "Only this owner's actions (name or slug; 'unassigned' for actions the minutes give no one)." };
        var committee = new Option<string?>("--committee") { Description = "Only this committee's actions (name or slug)." };
        var open = new Option<bool>("--open") { Description = "Only actions still open: not yet sent to their owner, and nothing since (--status open)." };
        var status = new Option<FollowUpStatus?>("--status")
        {
            Description = $"Only actions that stand so: {StatusNames}.",
            CustomParser = r => ActionFollowUp.TryParse(r.Tokens.Single().Value, out var s) ? s : Error<FollowUpStatus?>(r, $"'{r.Tokens.Single().Value}' is no status: use {StatusNames}."),
        };
        var overdue = new Option<bool>("--overdue") { Description = "Only actions overdue: due at a stored meeting that does not show them done (--status overdue)." };
        var dueBefore = UkDate.Option("--due-before", "Only actions due before this day, and not done");
        var command = new Command("actions", "List the stored follow-up actions and where each stands: owner, meeting, item, text, due, status.")
        {
            owner, committee, open, status, overdue, dueBefore, Show(configuration), Set(configuration),
        };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("actions", configuration, async (services, token) =>
        {
            var queries = services.GetRequiredService<ActionQueries>();
            var who = result.GetValue(owner);
            var actions = string.IsNullOrWhiteSpace(who)
                ? await queries.AllAsync(false, token).ConfigureAwait(false)
                : await queries.ByOwnerAsync(who, false, token).ConfigureAwait(false);
            var followUps = await services.GetRequiredService<FollowUpLog>().ForAsync(actions, token).ConfigureAwait(false);

            var wanted = result.GetValue(overdue) ? FollowUpStatus.Overdue : result.GetValue(open) ? FollowUpStatus.Open : result.GetValue(status);
            var before = result.GetValue(dueBefore);
            var body = result.GetValue(committee) is { Length: > 0 } named ? Slug.From(named) + "_" : null;
            var listed = actions.Select(a => (Action: a, FollowUp: followUps[a.Id]))
                .Where(a => body is null || a.Action.MeetingKey.StartsWith(body, StringComparison.Ordinal))
                .Where(a => wanted is null || a.FollowUp.Status == wanted)
                .Where(a => before is null || (a.FollowUp.DueDate < before && a.FollowUp.Status != FollowUpStatus.Done))
                .ToList();

            var console = Terminal.Create();
            if (listed.Count == 0)
            {
                var whose = (body is null ? "" : $" of committee {body.TrimEnd('_')}")
                            + (string.IsNullOrWhiteSpace(who) ? "" : $" for owner {Slug.From(who)} (owners are matched by slug; minutes actions lists them all)");
                var which = wanted is { } w ? ActionFollowUp.Name(w).Replace('_', ' ') + " " : before is null ? "" : "such ";
                console.MarkupLine(Markup.Escape($"No {which}actions stored{whose}."));
                return ExitCodes.Success;
            }

            Write(console, listed);
            var counts = listed.GroupBy(a => a.FollowUp.Status).OrderBy(g => g.Key).Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {ActionFollowUp.Name(g.Key).Replace('_', ' ')}");
            console.MarkupLine(Markup.Escape(
                $"{Count(listed.Count, "action")} ({string.Join(", ", counts)}) for {Count(listed.Select(a => a.Action.OwnerSlug).Distinct(StringComparer.Ordinal).Count(), "owner")} " +
                $"from {Count(listed.Select(a => a.Action.MeetingKey).Distinct(StringComparer.Ordinal).Count(), "meeting")}{Of(listed)}. minutes actions show ID tells one action's story."));
            return ExitCodes.Success;
        }, cancellationToken));
        return command.WithExamples("minutes actions --open", "minutes actions --overdue --committee \"Planning Committee\"", "minutes actions --status done --owner \"Executive Director of Children's Services\"",
            "minutes actions --due-before 01/04/2025", "minutes actions show 3f9c2a1b7d4e5f60", "minutes actions set 3f9c2a1b7d4e5f60 done --note \"Report went to the March meeting\"");
    }

    private static string Of(IReadOnlyList<(ActionRecord Action, ActionFollowUp FollowUp)> actions) =>
        actions.Select(a => a.Action.Committee).Distinct(StringComparer.Ordinal).ToList() is [{ } only] ? $" of {only}" : "";

    /// <summary><c>minutes actions show ID</c>: the action, when it is due, where it stands and its history with evidence.</summary>
    private static Command Show(IConfiguration configuration)
    {
        var id = new Argument<string>("id") { Description = "The action's id, as minutes actions lists it." };
        var command = new Command("show", "Show one action: its text, owner, due date, status and history, with the evidence for each step.") { id };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("actions show", configuration, async (services, token) =>
        {
            var entry = await services.GetRequiredService<FollowUpLog>().GetAsync(result.GetRequiredValue(id).Trim(), token).ConfigureAwait(false);
            return entry is null ? await NoSuchActionAsync("actions show", result.GetRequiredValue(id)).ConfigureAwait(false) : Write(Terminal.Create(), entry);
        }, cancellationToken));
        return command.WithExamples("minutes actions show 3f9c2a1b7d4e5f60");
    }

    /// <summary><c>minutes actions set ID done|open|not-mine --note …</c>: a person's word, which holds until a meeting shows something new.</summary>
    private static Command Set(IConfiguration configuration)
    {
        var id = new Argument<string>("id") { Description = "The action's id, as minutes actions lists it." };
        var word = new Argument<StatusOverride>("status")
        {
            Description = "done (it is done), open (it is still to do, whatever the minutes show) or not-mine (its owner is someone else).",
            CustomParser = r => Enum.TryParse<StatusOverride>(r.Tokens.Single().Value.Replace("-", "", StringComparison.Ordinal), true, out var s)
                ? s
                : Error(r, $"'{r.Tokens.Single().Value}' is not done, open or not-mine.", StatusOverride.Open),
        };
        var note = new Option<string?>("--note") { Description = "Why: kept in the action's history." };
        var command = new Command("set", "Say where an action stands, over what the meetings show, until a later meeting shows something new.") { id, word, note };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("actions set", configuration, async (services, token) =>
        {
            var entry = await services.GetRequiredService<FollowUpLog>().SetAsync(result.GetRequiredValue(id).Trim(), result.GetRequiredValue(word), result.GetValue(note), null, token)
                .ConfigureAwait(false);
            return entry is null ? await NoSuchActionAsync("actions set", result.GetRequiredValue(id)).ConfigureAwait(false) : Write(Terminal.Create(), entry);
        }, cancellationToken));
        return command.WithExamples("minutes actions set 3f9c2a1b7d4e5f60 done --note \"Report went to the March meeting\"", "minutes actions set 3f9c2a1b7d4e5f60 not-mine");
    }

    private static async Task<int> NoSuchActionAsync(string command, string id)
    {
        await CommandHost.FailAsync(command, $"no action has the id '{id}'. minutes actions lists them with their ids.").ConfigureAwait(false);
        return ExitCodes.NeedsAttention;
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<(ActionRecord Action, ActionFollowUp FollowUp)> actions)
    {
        // The text is what a reader came for: the other columns get a width each, the text the rest of the line. One committee's
        // actions need only their meeting's date.
        var oneCommittee = Of(actions).Length > 0;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("id").NoWrap())
            .AddColumn(new TableColumn("owner").Width(18))
            .AddColumn(new TableColumn("meeting").Width(oneCommittee ? 10 : 20))
            .AddColumn(new TableColumn("item").Width(14))
            .AddColumn("text")
            .AddColumn(new TableColumn("due").Width(12))
            .AddColumn(new TableColumn("status").NoWrap());
        foreach (var (action, followUp) in actions)
        {
            table.AddRow(
                Markup.Escape(action.Id),
                action.Owner is null ? "[grey](unassigned)[/]" : Markup.Escape(action.Owner),
                Markup.Escape((oneCommittee ? action.MeetingDate ?? "" : $"{action.MeetingDate} {action.Committee}").Trim()),
                Markup.Escape(action.ItemNumber ?? Shortened(action.ItemTitle) ?? "–"),
                Markup.Escape(action.Text),
                Due(action, followUp) is { } due ? Markup.Escape(due) : "[grey]–[/]",
                Status(followUp) + (action.Unassigned ? " [yellow](unassigned)[/]" : ""));
        }

        console.Write(table);
    }

    private static int Write(IAnsiConsole console, ActionLogEntry entry)
    {
        var (action, followUp) = (entry.Action, entry.FollowUp);
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow("[bold]action[/]", Markup.Escape(action.Text));
        facts.AddRow("id", Markup.Escape(action.Id));
        facts.AddRow("owner", action.Owner is null ? "[grey](unassigned)[/]" : Markup.Escape(action.Owner));
        facts.AddRow("set at", Markup.Escape($"{action.Committee}, {action.MeetingDate}, item {action.ItemNumber ?? action.ItemTitle ?? "–"} ({action.MeetingKey})"));
        facts.AddRow("due", Due(action, followUp) is { } due ? Markup.Escape(due + (followUp.DueMeeting is { } m ? $" ({m})" : "")) : "[grey]no time set[/]");
        facts.AddRow("status", Status(followUp) + (followUp.Override is { } o ? Markup.Escape($" (a person's word: {ActionFollowUp.Name(o)}{(followUp.OverrideNote is { Length: > 0 } n ? $", \"{n}\"" : "")})") : ""));
        if (followUp.Evidence is { } evidence)
        {
            facts.AddRow("evidence", Markup.Escape(Evidence(evidence)));
        }

        console.Write(facts);
        console.WriteLine();
        var history = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("when").NoWrap()).AddColumn(new TableColumn("status").NoWrap()).AddColumn("why");
        foreach (var step in entry.History)
        {
            var why = step.Note + (step.Evidence is { } e ? $": {Evidence(e)}" : "");
            history.AddRow(Markup.Escape(step.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), Markup.Escape(step.Status + (step.ByPerson ? " (person)" : "")),
                Markup.Escape(why));
        }

        console.Write(history);
        return ExitCodes.Success;
    }

    private static string Evidence(ActionEvidence evidence) =>
        $"{evidence.MeetingKey}, item {string.Join(' ', new[] { evidence.ItemNumber, evidence.ItemTitle }.Where(p => !string.IsNullOrWhiteSpace(p)))}: \"{evidence.Text}\"";

    private static string? Due(ActionRecord action, ActionFollowUp followUp) =>
        followUp.DueDate is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : action.Due;

    private static string Status(ActionFollowUp followUp)
    {
        var name = Markup.Escape(ActionFollowUp.Name(followUp.Status));
        return followUp.Status switch
        {
            FollowUpStatus.Overdue => $"[red]{name}[/]",
            FollowUpStatus.Done => $"[green]{name}[/]",
            _ => name,
        };
    }

    private static T? Error<T>(System.CommandLine.Parsing.ArgumentResult result, string message, T? fallback = default)
    {
        result.AddError(message);
        return fallback;
    }

    /// <summary>An item title short enough for its column: the number is what identifies an item, where there is one.</summary>
    private static string? Shortened(string? title) => title is { Length: > 40 } ? title[..39].TrimEnd() + "…" : title;

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
