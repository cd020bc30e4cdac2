namespace CouncilMinutes.Experiments.FollowUpMatcher;

/// <summary>A method's verdict on one action: done with which candidate, or not done.</summary>
internal readonly record struct Verdict(bool Done, bool Right);

/// <summary>Leave-one-committee-out: each committee judged by a model trained on the others, its settings chosen on those others alone.</summary>
internal static class CrossValidation
{
    public static readonly float[] L2s = [1f, 0.1f, 0.01f];

    public static readonly double[] Thresholds = [.. Enumerable.Range(1, 19).Select(i => i * 0.05)];

    /// <summary>The precision a threshold must reach on the training committees before its recall counts (the target).</summary>
    public const double WantedPrecision = 0.9;

    public static (Verdict[] Verdicts, DecisionSettings[] Settings) LeaveOneCommitteeOut(IReadOnlyList<ActionCase> cases, DecisionSettings? fixedSettings, TextWriter log)
    {
        var verdicts = new Verdict[cases.Count];
        var settings = new DecisionSettings[cases.Count];
        foreach (var committee in cases.Select(c => c.Committee).Distinct())
        {
            var held = Indices(cases, c => c.Committee == committee);
            var training = cases.Where(c => c.Committee != committee).ToList();
            var chosen = fixedSettings ?? Choose(training);
            var model = DecisionModel.Train(training, chosen.L2);
            var best = model.Best([.. held.Select(i => cases[i])]);
            for (var k = 0; k < held.Count; k++)
            {
                verdicts[held[k]] = Judge(cases[held[k]], best[k], chosen.Threshold);
                settings[held[k]] = chosen;
            }

            log.WriteLine($"held out {committee}: {chosen}");
        }

        return (verdicts, settings);
    }

    /// <summary>The settings that, judged by leave-one-committee-out within <paramref name="training"/>, reach the wanted precision with the most recall.</summary>
    private static DecisionSettings Choose(IReadOnlyList<ActionCase> training)
    {
        var committees = training.Select(c => c.Committee).Distinct().ToList();
        var scored = new List<(DecisionSettings Settings, Score Score)>();
        foreach (var l2 in L2s)
        {
            var best = new (int, double)?[training.Count];
            foreach (var committee in committees)
            {
                var held = Indices(training, c => c.Committee == committee);
                var model = DecisionModel.Train(training.Where(c => c.Committee != committee), l2);
                var found = model.Best([.. held.Select(i => training[i])]);
                for (var k = 0; k < held.Count; k++)
                {
                    best[held[k]] = found[k];
                }
            }

            foreach (var threshold in Thresholds)
            {
                scored.Add((new DecisionSettings(l2, threshold), Score.Of(training, [.. training.Select((c, i) => Judge(c, best[i], threshold))])));
            }
        }

        var precise = scored.Where(s => s.Score.Precision >= WantedPrecision).ToList();
        return (precise.Count > 0 ? precise.MaxBy(s => (s.Score.Recall, s.Score.Precision)) : scored.MaxBy(s => s.Score.F(0.5))).Settings;
    }

    public static Verdict Judge(ActionCase c, (int Candidate, double Probability)? best, double threshold) =>
        best is { } b && b.Probability >= threshold ? new Verdict(true, c.Positive[b.Candidate]) : new Verdict(false, false);

    private static List<int> Indices(IReadOnlyList<ActionCase> cases, Func<ActionCase, bool> where) =>
        [.. Enumerable.Range(0, cases.Count).Where(i => where(cases[i]))];
}

/// <summary>Precision and recall of done with the right evidence.</summary>
internal sealed record Score(int Found, int Right, int Labelled)
{
    public double Precision => Found == 0 ? 0 : (double)Right / Found;

    public double Recall => Labelled == 0 ? 0 : (double)Right / Labelled;

    public double F(double beta) => Precision + Recall == 0 ? 0 : (1 + (beta * beta)) * Precision * Recall / ((beta * beta * Precision) + Recall);

    public static Score Of(IReadOnlyList<ActionCase> cases, IReadOnlyList<Verdict> verdicts) =>
        new(verdicts.Count(v => v.Done), verdicts.Count(v => v.Right), cases.Count(c => c.LabelledDone));
}
