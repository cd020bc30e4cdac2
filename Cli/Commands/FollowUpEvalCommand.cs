using System.CommandLine;
using System.Globalization;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Limits;
using Microsoft.Extensions.Configuration;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes followup-eval DIR...</c>: how well actions are followed to the later meeting that closes them.</summary>
internal static class FollowUpEvalCommand
{
    public static Command Create(IConfiguration configuration, DocumentLimits limits)
    {
        var paths = new Argument<string[]>("paths") { Description = "Folders of committees, each with its meetings and a followup.json.", Arity = ArgumentArity.OneOrMore };
        var details = new Option<bool>("--details") { Description = "List every action the matcher judged otherwise than its label." };
        var command = new Command("followup-eval",
            "Score the follow-up of actions on labelled runs of consecutive minutes: precision and recall of done (at the labelled meeting and item) and of overdue.")
        {
            paths, details,
        };
        command.SetAction(result =>
        {
            FollowUpReport report;
            try
            {
                var options = configuration.GetSection(FollowUpOptions.SectionName).Get<FollowUpOptions>() ?? new FollowUpOptions();
                report = new FollowUpEvaluator(new MinutesParser(limits), options).Evaluate(result.GetRequiredValue(paths));
            }
            catch (DirectoryNotFoundException e)
            {
                Console.Error.WriteLine($"minutes followup-eval: {e.Message}");
                return ExitCodes.CannotRun;
            }

            Console.Out.WriteLine($"{"committee",-48} {"actions",7} {"done",5} {"found",5} {"right",5} {"overdue",7} {"found",5}");
            foreach (var committee in report.Committees)
            {
                var o = committee.Outcomes;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(committee.Folder),-48} {o.Count,7} {o.Count(a => a.Label.Expected == FollowUpStatus.Done),5} {o.Count(a => a.Found == FollowUpStatus.Done),5} {o.Count(a => a.DoneRightly),5} {o.Count(a => a.Label.Expected == FollowUpStatus.Overdue),7} {o.Count(a => a.Found == FollowUpStatus.Overdue),5}"));
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine($"done with the right evidence: precision {Rate(report.Done.Precision)}, recall {Rate(report.Done.Recall)}");
            Console.Out.WriteLine($"done at the right meeting, whichever item: precision {Rate(report.DoneAtMeeting.Precision)}, recall {Rate(report.DoneAtMeeting.Recall)}");
            Console.Out.WriteLine($"overdue: precision {Rate(report.Overdue.Precision)}, recall {Rate(report.Overdue.Recall)}");
            if (result.GetValue(details))
            {
                foreach (var outcome in report.Outcomes.Where(o => o.Found != o.Label.Expected || (o.Found == FollowUpStatus.Done && !o.DoneRightly)))
                {
                    var evidence = outcome.Evidence is { } e ? $" by {e.MeetingKey} item {e.ItemNumber ?? "-"}: \"{e.Text}\"" : "";
                    var closed = outcome.Label.ClosedBy is { } c ? $" (labelled {c.Meeting} item {c.Item ?? "-"})" : "";
                    Console.Out.WriteLine($"  {outcome.Label.Meeting} {outcome.Label.Status} -> {outcome.Found}{closed}{evidence}: {outcome.Label.Text}");
                }
            }

            return ExitCodes.Success;
        });
        return command.WithExamples("minutes followup-eval Tests/Corpus/followup/tune --details", "minutes followup-eval Tests/Corpus/followup/sealed");
    }

    private static string Rate(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";
}
