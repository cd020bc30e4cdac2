using System.CommandLine;
using System.Globalization;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Evaluation;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes eval DIR...</c>: the parser's precision, recall and F1 against the labels beside each document.</summary>
internal static class EvalCommand
{
    public static Command Create(DocumentLimits limits)
    {
        var paths = new Argument<string[]>("paths") { Description = "Folders (or files) of documents with .json labels beside them.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var details = new Option<bool>("--details") { Description = "List every missed and spurious item, resolution, action and name." };
        var byBody = new Option<bool>("--by-body") { Description = "Also score each body (council, board, panel) the labels name." };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 when the F1 of items, resolutions, actions or attendance is below this." };
        var minScore = new Option<string[]>("--min-score")
        {
            Description = "A per-field floor, FIELD=VALUE (items, resolutions, actions, attendance, action_owner, action_due, meeting_date, committee); repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("eval", "Score the parser against labelled minutes.") { paths, json, details, byBody, minF1, minScore };
        command.SetAction(async (result, cancellationToken) =>
        {
            EvaluationReport report;
            try
            {
                report = CorpusEvaluator.UsingParser(new MinutesParser(limits)).Evaluate(result.GetRequiredValue(paths), cancellationToken);
            }
            catch (FileNotFoundException e)
            {
                await Console.Error.WriteLineAsync($"minutes eval: {e.Message}").ConfigureAwait(false);
                return 2;
            }

            Console.Out.Write(result.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToTable(byBody: result.GetValue(byBody)));
            if (result.GetValue(details))
            {
                Console.Out.Write(ScoreTable.RenderFindings(report));
            }

            var failures = new List<string>();
            if (result.GetValue(minF1) is { } floor)
            {
                failures.AddRange(report.FieldsBelow(floor).Select(f => $"{f} F1 below {floor.ToString(CultureInfo.InvariantCulture)}"));
            }

            var floors = ParseFloors(result.GetValue(minScore) ?? []);
            if (floors is null)
            {
                await Console.Error.WriteLineAsync("minutes eval: --min-score takes FIELD=VALUE, e.g. --min-score items=0.95").ConfigureAwait(false);
                return 2;
            }

            failures.AddRange(floors.Unmet(report.Overall).Select(f => $"{f} below {floors.For(f)?.ToString(CultureInfo.InvariantCulture)}"));
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync($"minutes eval: {failure}").ConfigureAwait(false);
            }

            return failures.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static EvaluationTargets? ParseFloors(IEnumerable<string> values)
    {
        var targets = new EvaluationTargets();
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var floor))
            {
                return null;
            }

            targets = parts[0].Trim() switch
            {
                "items" => targets with { Items = floor },
                "resolutions" => targets with { Resolutions = floor },
                "actions" => targets with { Actions = floor },
                "attendance" => targets with { Attendance = floor },
                "action_owner" => targets with { ActionOwner = floor },
                "action_due" => targets with { ActionDue = floor },
                "meeting_date" => targets with { MeetingDate = floor },
                "committee" => targets with { Committee = floor },
                _ => null,
            };
            if (targets is null)
            {
                return null;
            }
        }

        return targets;
    }
}
