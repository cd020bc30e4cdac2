namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>One labelled text paired with the predicted text that found it, and how alike they are.</summary>
public sealed record TextPair(int LabelIndex, int PredictedIndex, double Similarity);

/// <summary>Pairs predicted texts with labelled ones one-to-one, best overlap first, so each text is credited at most once.</summary>
public static class TextMatcher
{
    /// <summary>Pairs of <paramref name="label"/> and <paramref name="predicted"/> texts with similarity at or above <paramref name="threshold"/>.</summary>
    public static IReadOnlyList<TextPair> Match(IReadOnlyList<string> label, IReadOnlyList<string> predicted, double threshold = TokenOverlap.MatchThreshold)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(predicted);
        var labelTokens = label.Select(TextNormaliser.Tokens).ToList();
        var predictedTokens = predicted.Select(TextNormaliser.Tokens).ToList();
        return BestFirst(label.Count, predicted.Count, (l, p) => TokenOverlap.Similarity(labelTokens[l], predictedTokens[p]), threshold);
    }

    /// <summary>Greedy one-to-one assignment: the most similar free pair first, down to <paramref name="threshold"/>.</summary>
    /// <remarks>
    /// Greedy rather than optimal because it is predictable: a prediction that is word for word a label is always
    /// credited to that label, never traded away to raise the count elsewhere. Ties go to the pair whose relative
    /// positions are closest, then to the earlier label, so the result does not depend on sort stability.
    /// </remarks>
    internal static IReadOnlyList<TextPair> BestFirst(int labelCount, int predictedCount, Func<int, int, double> similarity, double threshold)
    {
        var candidates = new List<TextPair>();
        for (var l = 0; l < labelCount; l++)
        {
            for (var p = 0; p < predictedCount; p++)
            {
                var score = similarity(l, p);
                if (score >= threshold)
                {
                    candidates.Add(new TextPair(l, p, score));
                }
            }
        }

        candidates.Sort((x, y) =>
        {
            var bySimilarity = y.Similarity.CompareTo(x.Similarity);
            if (bySimilarity != 0)
            {
                return bySimilarity;
            }

            var byPosition = PositionGap(x, labelCount, predictedCount).CompareTo(PositionGap(y, labelCount, predictedCount));
            return byPosition != 0 ? byPosition
                : x.LabelIndex != y.LabelIndex ? x.LabelIndex.CompareTo(y.LabelIndex)
                : x.PredictedIndex.CompareTo(y.PredictedIndex);
        });

        var labelTaken = new bool[labelCount];
        var predictedTaken = new bool[predictedCount];
        var pairs = new List<TextPair>();
        foreach (var candidate in candidates)
        {
            if (!labelTaken[candidate.LabelIndex] && !predictedTaken[candidate.PredictedIndex])
            {
                labelTaken[candidate.LabelIndex] = true;
                predictedTaken[candidate.PredictedIndex] = true;
                pairs.Add(candidate);
            }
        }

        pairs.Sort((x, y) => x.LabelIndex.CompareTo(y.LabelIndex));
        return pairs;
    }

    private static double PositionGap(TextPair pair, int labelCount, int predictedCount) =>
        Math.Abs(Relative(pair.LabelIndex, labelCount) - Relative(pair.PredictedIndex, predictedCount));

    private static double Relative(int index, int count) => count <= 1 ? 0 : (double)index / (count - 1);
}
