using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Parsing.Model;
using Spectre.Console;
using ParseResult = CouncilMinutes.Parsing.Model.ParseResult;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes parse FILE</c>: what the parser finds in one document.</summary>
internal static class ParseCommand
{
    public static Command Create(DocumentLimits limits)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Minutes documents: PDF, .docx, HTML, ModernGov XML or text.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the meeting as JSON (the corpus label schema)." };
        var layout = new Option<bool>("--layout") { Description = "Print the text blocks the grammar reads, to explain a parse." };
        var committee = new Option<string?>("--committee") { Description = "Committee to use when the text does not name one." };
        var date = UkDate.Option("--date", "Meeting date to use when the text does not state one");
        var command = new Command("parse", "Parse minutes documents and print what was found in each.") { files, json, layout, committee, date };
        command.SetAction(async (result, cancellationToken) =>
        {
            var paths = result.GetRequiredValue(files);
            var parser = new MinutesParser(limits);
            var hints = new SourceHints { Committee = result.GetValue(committee), MeetingDate = result.GetValue(date) };
            var meetings = new List<MinutesJson>();
            var exitCode = 0;
            foreach (var path in paths)
            {
                if (!path.Exists)
                {
                    await Console.Error.WriteLineAsync($"minutes parse: no such file: {path.FullName}").ConfigureAwait(false);
                    exitCode = 2;
                    continue;
                }

                var bytes = await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false);
                if (result.GetValue(layout))
                {
                    PrintLayout(parser, bytes, path.Name);
                    continue;
                }

                var parsed = parser.Parse(bytes, path.Name, hints, cancellationToken);
                if (parsed.Failure is { } failure)
                {
                    await Console.Error.WriteLineAsync($"minutes parse: {path.Name}: {failure.Message}").ConfigureAwait(false);
                    if (failure.Detail is { } detail)
                    {
                        await Console.Error.WriteLineAsync($"minutes parse: {path.Name}: the reader said: {Printable.Text(detail)}").ConfigureAwait(false);
                    }

                    exitCode = 2;
                }
                else if (result.GetValue(json))
                {
                    meetings.Add(MinutesJsonMapper.ToJson(parsed.Meeting!, path.Name, parsed.Diagnostics));
                }
                else
                {
                    PrintSummary(path.Name, parsed);
                }
            }

            if (result.GetValue(json))
            {
                // One document gives one object (the label schema); several give an array of them.
                Console.Out.WriteLine(paths.Length == 1 && meetings.Count == 1
                    ? meetings[0].ToJson()
                    : JsonSerializer.Serialize(meetings, MinutesJson.SerializerOptions));
            }

            return exitCode;
        });
        return command;
    }

    private static void PrintLayout(MinutesParser parser, byte[] bytes, string name)
    {
        var layout = parser.ExtractLayout(bytes, name);
        if (layout is null)
        {
            Console.Error.WriteLine($"minutes parse: {name}: the document could not be read.");
            return;
        }

        foreach (var block in layout.Blocks)
        {
            Console.Out.WriteLine(block.ToString());
        }
    }

    private static void PrintSummary(string name, ParseResult parsed)
    {
        var meeting = parsed.Meeting!;
        var console = AnsiConsole.Console;
        console.Write(new Rule($"[bold]{Markup.Escape(name)}[/] ({parsed.Format})").LeftJustified());
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("Committee", Text(meeting.Committee));
        header.AddRow("Date", Text(meeting.Date?.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)));
        header.AddRow("Time", Text(meeting.StartTime is null ? null : $"{meeting.StartTime:HH:mm}" + (meeting.EndTime is null ? "" : $" to {meeting.EndTime:HH:mm}")));
        header.AddRow("Venue", Text(meeting.Venue));
        header.AddRow("Previous minutes", Text(meeting.PreviousMinutesDate?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)));
        console.Write(header);

        var attendance = meeting.Attendance;
        if (!attendance.IsEmpty)
        {
            var people = new Grid().AddColumn().AddColumn();
            Add(people, "Present", attendance.Present);
            Add(people, "Apologies", attendance.Apologies);
            Add(people, "Officers", attendance.Officers);
            Add(people, "Also attending", attendance.AlsoAttending);
            console.Write(people);
        }

        var tree = new Tree($"{meeting.Items.Count} items");
        foreach (var item in meeting.Items)
        {
            var node = tree.AddNode($"[bold]{Markup.Escape(item.Number ?? "–")}[/] {Markup.Escape(item.Title ?? "(untitled)")}");
            foreach (var resolution in item.Resolutions)
            {
                node.AddNode($"[green]RESOLVED[/] {Markup.Escape(Label(resolution.Marker))}{Markup.Escape(resolution.Text)}");
            }

            foreach (var action in item.Actions)
            {
                var owner = action.Owner is null ? "" : $" [yellow]→ {Markup.Escape(action.Owner.Name)}[/]";
                var due = action.Due.Label is null ? "" : $" [grey](due: {Markup.Escape(action.Due.Label)})[/]";
                node.AddNode($"[aqua]ACTION[/] {Markup.Escape(action.Text)}{owner}{due}");
            }
        }

        console.Write(tree);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(diagnostic.ToString())}[/]");
        }
    }

    private static void Add(Grid grid, string label, IReadOnlyList<Attendee> people)
    {
        if (people.Count > 0)
        {
            grid.AddRow(label, Markup.Escape(string.Join(", ", people.Select(p => p.Role switch
            {
                AttendeeRole.Chair => p.Name + " (Chair)",
                AttendeeRole.ViceChair => p.Name + " (Vice-Chair)",
                _ => p.Note is null ? p.Name : $"{p.Name} ({p.Note})",
            }))));
        }
    }

    private static string Label(string? marker) => marker is null ? "" : $"({marker}) ";

    private static string Text(string? value) => value is null ? "[grey]–[/]" : Markup.Escape(value);
}
