using System.Globalization;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Parsing.Model;
using Spectre.Console;

namespace CouncilMinutes.Cli.Meetings;

/// <summary>A stored meeting for a person to read: header, attendance, then each item with its decisions and actions.</summary>
internal static class MeetingText
{
    public static void Write(IAnsiConsole console, MeetingContent content)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(content);
        var meeting = content.Meeting;
        var title = $"{meeting.Committee ?? meeting.Key.Committee} — {meeting.Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}";
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("Key", Markup.Escape(meeting.Key.Value));
        header.AddRow("Council", Text(meeting.Council));
        header.AddRow("Time", Text(meeting.StartTime is null ? null : meeting.StartTime + (meeting.EndTime is null ? "" : $" to {meeting.EndTime}")));
        header.AddRow("Venue", Text(meeting.Venue));
        header.AddRow("Previous minutes", Text(meeting.PreviousMinutesDate));
        header.AddRow("Source", Text(meeting.Source));
        header.AddRow("Status", meeting.IsComplete
            ? $"{Markup.Escape(meeting.Status)}{(meeting.Scope == "some-items" ? " [grey](only some items: read from partial documents)[/]" : "")}"
            : $"[yellow]{Markup.Escape(meeting.Status)}: still being written[/]");
        console.Write(header);

        if (content.Attendance.Count > 0)
        {
            var people = new Grid().AddColumn().AddColumn();
            Add(people, "Present", content.Attendance.Where(p => p.Role is AttendeeRole.Member or AttendeeRole.Chair or AttendeeRole.ViceChair or AttendeeRole.Substitute));
            Add(people, "Apologies", content.Attendance.Where(p => p.Role == AttendeeRole.Apology));
            Add(people, "Officers", content.Attendance.Where(p => p.Role == AttendeeRole.Officer));
            Add(people, "Also attending", content.Attendance.Where(p => p.Role == AttendeeRole.AlsoAttending));
            console.WriteLine();
            console.Write(people);
        }

        var actions = content.Items.Sum(i => i.Actions.Count);
        var resolutions = content.Items.Sum(i => i.Resolutions.Count);
        var tree = new Tree($"{Count(content.Items.Count, "item")}, {Count(resolutions, "resolution")}, {Count(actions, "action")}");
        foreach (var item in content.Items)
        {
            var node = tree.AddNode($"[bold]{Markup.Escape(item.Number ?? "–")}[/] {Markup.Escape(item.Title ?? "(untitled)")}");
            foreach (var resolution in item.Resolutions)
            {
                var marker = resolution.Marker is null ? "" : $"({resolution.Marker}) ";
                node.AddNode($"[green]RESOLVED[/] {Markup.Escape(marker + resolution.Text)}");
            }

            foreach (var action in item.Actions)
            {
                var owner = $" [yellow]→ {Markup.Escape(action.Owner ?? "(unassigned)")}[/]";
                var due = action.Due is null ? "" : $" [grey](due: {Markup.Escape(action.Due)})[/]";
                node.AddNode($"[aqua]ACTION[/] {Markup.Escape(action.Text)}{owner}{due} [grey]{Markup.Escape(action.Status ?? "")}[/]");
            }
        }

        console.WriteLine();
        console.Write(tree);
    }

    /// <summary>A committee's meetings, one line each, for choosing one to show.</summary>
    public static void WriteList(IAnsiConsole console, IReadOnlyList<MeetingRecord> meetings)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(meetings);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("date")
            .AddColumn("meeting key")
            .AddColumn(new TableColumn("items").RightAligned())
            .AddColumn(new TableColumn("resolutions").RightAligned())
            .AddColumn(new TableColumn("actions").RightAligned())
            .AddColumn("status")
            .AddColumn("source");
        foreach (var meeting in meetings)
        {
            table.AddRow(
                meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Markup.Escape(meeting.Key.Value),
                Number(meeting.ItemCount),
                Number(meeting.ResolutionCount),
                Number(meeting.ActionCount),
                meeting.IsComplete ? Markup.Escape(meeting.Status) : $"[yellow]{Markup.Escape(meeting.Status)}[/]",
                Text(meeting.Source));
        }

        console.Write(table);
    }

    private static void Add(Grid grid, string label, IEnumerable<AttendeeRecord> people)
    {
        var names = people.Select(p => p.Role switch
        {
            AttendeeRole.Chair => p.Name + " (Chair)",
            AttendeeRole.ViceChair => p.Name + " (Vice-Chair)",
            _ => p.Note is null ? p.Name : $"{p.Name} ({p.Note})",
        }).ToList();
        if (names.Count > 0)
        {
            grid.AddRow(label, Markup.Escape(string.Join(", ", names)));
        }
    }

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "[grey]–[/]";

    private static string Text(string? value) => value is null ? "[grey]–[/]" : Markup.Escape(value);
}
