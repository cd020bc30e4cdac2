using System.CommandLine;
using CouncilMinutes.Cli.Hosting;
using System.Globalization;
using CouncilMinutes.Cli.Ingesting;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Parsing.Model;
using Spectre.Console;
using ParseResult = CouncilMinutes.Parsing.Model.ParseResult;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes parse PATH...</c>: what the parser finds in each document given or found in a folder given.</summary>
internal static class ParseCommand
{
    public static Command Create(DocumentLimits limits)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Minutes documents (PDF, .docx, HTML, ModernGov XML, text, Markdown), or folders whose documents are read, recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print each meeting as JSON (the corpus label schema), one line per document (JSON Lines)." };
        var layout = new Option<bool>("--layout") { Description = "Print the text blocks the grammar reads, to explain a parse." };
        var committee = new Option<string?>("--committee") { Description = "Committee to use when the text does not name one." };
        var date = UkDate.Option("--date", "Meeting date to use when the text does not state one");
        var command = new Command("parse", "Parse minutes documents and print what was found in each.") { paths, json, layout, committee, date };
        command.SetAction(async (result, cancellationToken) =>
        {
            var found = DocumentFiles.Find(result.GetRequiredValue(paths));
            foreach (var missing in found.Missing)
            {
                await Console.Error.WriteLineAsync($"minutes parse: no such file or folder: {missing}").ConfigureAwait(false);
            }

            if (found.Skipped.Count > 0)
            {
                await Console.Error.WriteLineAsync($"minutes parse: skipped {found.Skipped.Count} files that are not minutes documents by their extension (labels, READMEs).").ConfigureAwait(false);
            }

            var parser = new MinutesParser(limits);
            var hints = new SourceHints { Committee = result.GetValue(committee), MeetingDate = result.GetValue(date) };
            var exitCode = found.Missing.Count == 0 ? ExitCodes.Success : ExitCodes.CannotRun;
            foreach (var file in found.Files)
            {
                var name = Path.GetFileName(file.Path);
                var bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false);
                if (result.GetValue(layout))
                {
                    PrintLayout(parser, bytes, name);
                    continue;
                }

                var parsed = parser.Parse(bytes, name, hints, cancellationToken);
                if (parsed.Failure is { } failure)
                {
                    await Console.Error.WriteLineAsync($"minutes parse: {file.Path}: {failure.Message}").ConfigureAwait(false);
                    if (failure.Detail is { } detail)
                    {
                        await Console.Error.WriteLineAsync($"minutes parse: {file.Path}: the reader said: {Printable.Text(detail)}").ConfigureAwait(false);
                    }

                    exitCode = ExitCodes.CannotRun;
                }
                else if (result.GetValue(json))
                {
                    // JSON Lines: one document, one line, written as it is read; the same shape for one file or a thousand.
                    await Console.Out.WriteLineAsync(MinutesJsonMapper.ToJson(parsed.Meeting!, file.BlobName, parsed.Diagnostics).ToJsonLine()).ConfigureAwait(false);
                }
                else
                {
                    PrintSummary(file.Path, parsed);
                }
            }

            return exitCode;
        });
        return command.WithExamples("minutes parse minutes.pdf", "minutes parse minutes/ --json > meetings.jsonl", "minutes parse undated.docx --committee \"Planning Committee\" --date 14/03/2024", "minutes parse minutes.pdf --layout");
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
