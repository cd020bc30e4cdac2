namespace CouncilMinutes.Experiments.ActionClassifier;

/// <summary>What the classifier said about each sentence when its body was held out, and the settings its fold chose.</summary>
/// <param name="Probabilities">Per case, per sentence.</param>
/// <param name="Settings">Per case: the settings chosen without seeing that case's body.</param>
internal sealed record OutOfFold(float[][] Probabilities, ClassifierSettings[] Settings)
{
    public IReadOnlyList<IReadOnlyList<bool>> Verdicts() =>
        Probabilities.Select((p, c) => (IReadOnlyList<bool>)p.Select(x => x >= Settings[c].Threshold).ToArray()).ToArray();
}

/// <summary>Cross-validation that holds out whole bodies, so a score says how the classifier reads a council it never saw.</summary>
internal static class CrossValidation
{
    /// <summary>The thresholds the inner cross-validation chooses among.</summary>
    public static readonly double[] ThresholdGrid = Enumerable.Range(1, 19).Select(i => i / 20.0).ToArray();

    /// <summary>
    /// The L2 weights it chooses among. L1 stays 0: at ML.NET's default L1 of 1, on under 3,000 sentences, nearly every
    /// n-gram weight is zero and the classifier calls almost nothing an action.
    /// </summary>
    public static readonly float[] L2Grid = [1f, 0.1f, 0.01f];

    /// <summary>How many groups of bodies the inner cross-validation splits the training bodies into.</summary>
    public const int InnerFolds = 3;

    /// <param name="cases">All cases.</param>
    /// <param name="fixedSettings">Settings to use in every fold; null to choose them per fold by inner cross-validation.</param>
    /// <param name="log">Progress.</param>
    public static OutOfFold LeaveOneBodyOut(IReadOnlyList<ItemCase> cases, ClassifierSettings? fixedSettings, TextWriter log)
    {
        var bodies = Bodies(cases);
        var probabilities = new float[cases.Count][];
        var settings = new ClassifierSettings[cases.Count];
        var done = 0;
        // Each fold trains its own models from their own seeded contexts, so running folds side by side changes no number.
        Parallel.ForEach(bodies, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body =>
        {
            var training = cases.Where(c => c.Body != body).ToList();
            var chosen = fixedSettings ?? ChooseSettings(training);
            var model = SentenceClassifier.Train(training.SelectMany(c => c.Sentences), chosen.L2, chosen.L1);
            for (var c = 0; c < cases.Count; c++)
            {
                if (cases[c].Body == body)
                {
                    probabilities[c] = model.Probabilities(cases[c].Sentences);
                    settings[c] = chosen;
                }
            }

            var n = Interlocked.Increment(ref done);
            if (n % 10 == 0 || n == bodies.Count)
            {
                lock (log)
                {
                    log.WriteLine($"  folds done: {n}/{bodies.Count}");
                }
            }
        });
        return new OutOfFold(probabilities, settings);
    }

    /// <summary>
    /// The L2 weight and threshold with the best action F1 on <paramref name="training"/>'s own out-of-fold predictions,
    /// its bodies dealt into <see cref="InnerFolds"/> groups: chosen without the held-out body, so the outer score stays honest.
    /// </summary>
    public static ClassifierSettings ChooseSettings(IReadOnlyList<ItemCase> training)
    {
        var bodies = Bodies(training);
        var group = bodies.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i % InnerFolds, StringComparer.Ordinal);
        var candidates = new List<(ClassifierSettings Settings, double F1)>();
        foreach (var l2 in L2Grid)
        {
            var probabilities = new float[training.Count][];
            for (var k = 0; k < InnerFolds; k++)
            {
                var model = SentenceClassifier.Train(training.Where(c => group[c.Body] != k).SelectMany(c => c.Sentences), l2, 0);
                for (var c = 0; c < training.Count; c++)
                {
                    if (group[training[c].Body] == k)
                    {
                        probabilities[c] = model.Probabilities(training[c].Sentences);
                    }
                }
            }

            candidates.AddRange(ThresholdGrid.Select(t => (new ClassifierSettings(l2, 0, t),
                Scoring.Score(training, probabilities.Select(p => (IReadOnlyList<bool>)p.Select(x => x >= t).ToArray()).ToArray()).F1)));
        }

        // Ties go to the stronger regularisation, then the threshold nearest 0.5, so the choice does not hang on grid order.
        return candidates.OrderByDescending(x => x.F1).ThenByDescending(x => x.Settings.L2)
            .ThenBy(x => Math.Abs(x.Settings.Threshold - 0.5)).ThenBy(x => x.Settings.Threshold)
            .First().Settings;
    }

    /// <summary>The distinct bodies, in ordinal order.</summary>
    public static List<string> Bodies(IEnumerable<ItemCase> cases) => cases.Select(c => c.Body).Distinct().Order(StringComparer.Ordinal).ToList();
}
