using System.CommandLine;
using CouncilMinutes.Cli.Hosting;
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
        var minF1 = new Option<double?>("--min-f1") { Description = "A floor for the F1 of items, resolutions, actions and attendance (a --min-score of the field wins)." };
        var minScore = new Option<string[]>("--min-score")
        {
            Description = "A per-field floor, FIELD=VALUE (items, resolutions, actions, attendance, action_owner, action_due, meeting_date, committee); repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("eval", "Score the parser against labelled minutes.") { paths, json, details, byBody, minF1, minScore };
        command.SetAction(async (result, cancellationToken) =>
        {
            var floors = ParseFloors(result.GetValue(minScore) ?? [], result.GetValue(minF1));
            if (floors is null)
            {
                await Console.Error.WriteLineAsync("minutes eval: --min-score takes FIELD=VALUE, e.g. --min-score items=0.95").ConfigureAwait(false);
                return ExitCodes.CannotRun;
            }

            EvaluationReport report;
            try
            {
                report = CorpusEvaluator.UsingParser(new MinutesParser(limits)).Evaluate(result.GetRequiredValue(paths), cancellationToken);
            }
            catch (FileNotFoundException e)
            {
                await Console.Error.WriteLineAsync($"minutes eval: {e.Message}").ConfigureAwait(false);
                return ExitCodes.CannotRun;
            }

            // The verdict ends the output a person reads; beside JSON it goes to stderr, so stdout stays one JSON document.
            var verdict = ScoreTable.Verdict(report, floors);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(report.ToJson());
                await Console.Error.WriteLineAsync(verdict).ConfigureAwait(false);
            }
            else
            {
                Console.Out.Write(report.ToTable(floors, byBody: result.GetValue(byBody)));
                if (result.GetValue(details))
                {
                    Console.Out.Write(ScoreTable.RenderFindings(report));
                }

                Console.Out.WriteLine();
                Console.Out.WriteLine(verdict);
            }

            return floors.Unmet(report.Overall).Count == 0 ? ExitCodes.Success : ExitCodes.NeedsAttention;
        });
        return command.WithExamples("minutes eval Tests/Corpus/holdout", "minutes eval Tests/Corpus/wide/tune --details --by-body", "minutes eval Tests/Corpus/blind --min-score actions=0.74 --min-score committee=0.83");
    }

    /// <summary>The floors of <c>--min-score</c>, and of <c>--min-f1</c> for the F1 fields <c>--min-score</c> leaves without one.</summary>
    private static EvaluationTargets? ParseFloors(IEnumerable<string> values, double? minF1)
    {
        var floors = new EvaluationTargets { Items = minF1, Resolutions = minF1, Actions = minF1, Attendance = minF1 };
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var floor))
            {
                return null;
            }

            floors = parts[0].Trim() switch
            {
                "items" => floors with { Items = floor },
                "resolutions" => floors with { Resolutions = floor },
                "actions" => floors with { Actions = floor },
                "attendance" => floors with { Attendance = floor },
                "action_owner" => floors with { ActionOwner = floor },
                "action_due" => floors with { ActionDue = floor },
                "meeting_date" => floors with { MeetingDate = floor },
                "committee" => floors with { Committee = floor },
                _ => null,
            };
            if (floors is null)
            {
                return null;
            }
        }

        return floors;
    }
}
