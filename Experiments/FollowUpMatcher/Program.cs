using System.Globalization;
using CouncilMinutes.Experiments;
using CouncilMinutes.Experiments.FollowUpMatcher;
using CouncilMinutes.Ingestion.FollowUp;

// Usage: FollowUpMatcher FOLDER... [--l2 X --threshold T]
// By default each fold chooses the model's L2 weight and threshold by inner leave-one-committee-out; --l2 and --threshold fix them.
var arguments = new CommandArguments(args);
DecisionModel.Trees = arguments.Switch("--trees");
var showMisses = arguments.Switch("--misses");
var fixedSettings = arguments.Number("--threshold") is { } t ? new DecisionSettings((float)(arguments.Number("--l2") ?? 0.1), t) : null;
if (arguments.Words.Count == 0)
{
    Console.Error.WriteLine("Usage: FollowUpMatcher FOLDER... [--l2 X --threshold T]");
    return 2;
}

var log = Console.Error;
var cases = Cases.Read(arguments.Words, log);
var reachable = cases.Count(c => c.LabelledDone && c.Positive.Any(p => p));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Committees {cases.Select(c => c.Committee).Distinct().Count()}, actions {cases.Count}, labelled done {cases.Count(c => c.LabelledDone)}, of which the labelled evidence is among the ranked passages {reachable}; candidates {cases.Sum(c => c.Candidates.Count)}, positive {cases.Sum(c => c.Positive.Count(p => p))}"));

var (learned, settings) = CrossValidation.LeaveOneCommitteeOut(cases, fixedSettings, log);
var rules = cases.Select(c => new Verdict(c.Rules.Found == FollowUpStatus.Done, c.Rules.DoneRightly)).ToArray();
var either = rules.Zip(learned, (r, l) => r.Done ? r : l).ToArray();
var both = rules.Zip(learned, (r, l) => r.Done && l.Done ? r : new Verdict(false, false)).ToArray();

Console.WriteLine($"Settings per held-out committee: {string.Join("; ", cases.Select((c, i) => (c.Committee, settings[i])).Distinct().Select(x => $"{x.Committee} {x.Item2}"))}");
Console.WriteLine();
Console.WriteLine("| method | done found | right | labelled | precision | recall |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (name, verdicts) in new[] { ("rules", rules), ("learned", learned), ("rules OR learned", either), ("rules AND learned", both) })
{
    var s = Score.Of(cases, verdicts);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.Found} | {s.Right} | {s.Labelled} | {s.Precision:0.000} | {s.Recall:0.000} |"));
}

Console.WriteLine();
Console.WriteLine("Per committee (rules / learned, right of found):");
foreach (var group in cases.Select((c, i) => (c, i)).GroupBy(x => x.c.Committee))
{
    var r = Score.Of([.. group.Select(x => x.c)], [.. group.Select(x => rules[x.i])]);
    var l = Score.Of([.. group.Select(x => x.c)], [.. group.Select(x => learned[x.i])]);
    Console.WriteLine($"  {group.Key}: labelled {r.Labelled}; rules {r.Right}/{r.Found}; learned {l.Right}/{l.Found}");
}

if (showMisses)
{
    // Why the rules miss what the ranking holds: the best-ranked passage the label accepts, with the measures the rules weigh.
    Console.WriteLine();
    Console.WriteLine("Labelled done, ranked evidence present, rules not right:");
    foreach (var c in cases.Where(c => c.LabelledDone && !c.Rules.DoneRightly && c.Positive.Any(p => p)))
    {
        var e = c.Candidates[c.Positive.ToList().IndexOf(true)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  [{c.Rules.Found}] rank {e.Rank} cov {e.Coverage:0.00} centre {e.CentreCoverage:0.00} shared {e.SharedWords} later {e.MeetingsLater} due {e.AtDueMeeting} delivery {e.ReportsDelivery} receipt {e.ReportsReceipt} beside {e.StatusBeside} pending {e.ReportsPending} restates {e.Restates} subject {e.NamesSubject} what {e.SaysWhat}"));
        Console.WriteLine($"      action: {c.Label.Text}");
        Console.WriteLine($"      passage: {e.Passage.Text}");
    }
}

return 0;
