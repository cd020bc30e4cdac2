using CouncilMinutes.Ingestion.FollowUp;

namespace CouncilMinutes.Experiments.FollowUpMatcher;

/// <summary>One labelled action: the rules' finding, every later passage ranked for it, and which of them the label accepts as evidence.</summary>
internal sealed record ActionCase(string Committee, LabelledAction Label, ActionOutcome Rules, IReadOnlyList<EvidenceCandidate> Candidates, IReadOnlyList<bool> Positive)
{
    public bool LabelledDone => Label.Expected == FollowUpStatus.Done;
}

/// <summary>Reads the labelled committees into cases, with the matcher as the product runs it.</summary>
internal static class Cases
{
    public static IReadOnlyList<ActionCase> Read(IEnumerable<string> paths, TextWriter log)
    {
        var evaluator = new FollowUpEvaluator(new CouncilMinutes.Parsing.MinutesParser());
        var cases = new List<ActionCase>();
        foreach (var folder in FollowUpEvaluator.Committees(paths))
        {
            var run = evaluator.Read(folder);
            var committee = Path.GetFileName(folder);
            var readable = run.Passages.Select(p => p.MeetingDate).ToHashSet();
            using var finder = EvidenceFinder.Over(run.Passages);
            foreach (var action in run.Label.Actions)
            {
                var setAt = FollowUpEvaluator.Date(action.Meeting);
                var finding = finder.Find(action.Text, setAt);
                // Only done is compared here; a rule finding other than done counts as not done.
                var rules = new ActionOutcome(action, finding?.Status ?? FollowUpStatus.Open, finding?.Evidence);
                var candidates = finder.Candidates(action.Text, setAt);
                var positive = candidates.Select(c => new ActionOutcome(action, FollowUpStatus.Done, c.Passage).DoneRightly).ToList();
                cases.Add(new ActionCase(committee, action, rules, candidates, positive));
            }

            log.WriteLine($"{committee}: {run.Label.Actions.Count} actions, {run.Passages.Count} passages");
        }

        return cases;
    }
}
