using CouncilMinutes.Parsing.Evaluation;

namespace CouncilMinutes.Experiments.ActionClassifier;

/// <summary>Scores per-sentence verdicts as <c>minutes eval</c> scores actions: per item, one-to-one by token overlap.</summary>
internal static class Scoring
{
    /// <param name="cases">The items scored.</param>
    /// <param name="isAction">For each case, a verdict per sentence.</param>
    public static SetScore Score(IReadOnlyList<ItemCase> cases, IReadOnlyList<IReadOnlyList<bool>> isAction)
    {
        var total = SetScore.Zero;
        for (var c = 0; c < cases.Count; c++)
        {
            var predicted = ActionSelection.Select(cases[c].Sentences, isAction[c]);
            var pairs = TextMatcher.Match(cases[c].LabelActions, predicted);
            total += new SetScore(pairs.Count, predicted.Count - pairs.Count, cases[c].LabelActions.Count - pairs.Count);
        }

        return total;
    }

    /// <summary>Labelled actions that no sentence of the parser's matching item can find: every method misses them.</summary>
    public static int Unreachable(IReadOnlyList<ItemCase> cases) =>
        cases.Sum(c => c.LabelActions.Count - TextMatcher.Match(c.LabelActions, c.Sentences.Select(s => Parsing.Actions.ActionFinder.Tidy(s.Text)).ToList()).Count);
}
