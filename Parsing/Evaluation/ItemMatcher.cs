using CouncilMinutes.Parsing.Json;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>What made a predicted item the same item as a labelled one.</summary>
public enum ItemMatchBasis
{
    /// <summary>Both carry the same item number.</summary>
    Number,

    /// <summary>Their titles overlap at least <see cref="TokenOverlap.MatchThreshold"/>.</summary>
    Title,

    /// <summary>Neither number nor title decided; they hold the same place among the items still unmatched.</summary>
    Order,
}

/// <summary>A labelled item and the predicted item taken to be the same one.</summary>
public sealed record ItemPair(int LabelIndex, int PredictedIndex, ItemMatchBasis Basis);

/// <summary>The one-to-one item matching of a document: the pairs, the labelled items not found and the predicted items that match none.</summary>
public sealed record ItemMatching(IReadOnlyList<ItemPair> Pairs, IReadOnlyList<int> MissedLabelItems, IReadOnlyList<int> SpuriousPredictedItems);

/// <summary>Decides which predicted item is which labelled item: by number, else by title, else by position.</summary>
/// <remarks>
/// Resolutions and actions are only compared within matched items, so this decides how much else can be credited.
/// Numbers are the strongest evidence (two numbered items with different numbers are never matched by title);
/// titles come next; the rest are paired by position inside the gaps left between the items already matched, so an
/// item the parser found with a garbled title ("Minutes pdf icon PDF 57 KB") is still found, and order stays monotone.
/// </remarks>
public static class ItemMatcher
{
    public static ItemMatching Match(IReadOnlyList<ItemJson> label, IReadOnlyList<ItemJson> predicted)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(predicted);
        var labelKeys = label.Select(ItemKey.Of).ToList();
        var predictedKeys = predicted.Select(ItemKey.Of).ToList();
        var labelMatch = new ItemPair?[label.Count];
        var predictedTaken = new bool[predicted.Count];

        void Take(int l, int p, ItemMatchBasis basis)
        {
            labelMatch[l] = new ItemPair(l, p, basis);
            predictedTaken[p] = true;
        }

        // 1. Numbers: the first free predicted item with the same number, so repeated numbers pair in order.
        for (var l = 0; l < label.Count; l++)
        {
            if (labelKeys[l].Number is not { } number)
            {
                continue;
            }

            var p = Enumerable.Range(0, predicted.Count)
                .FirstOrDefault(p => !predictedTaken[p] && string.Equals(predictedKeys[p].Number, number, StringComparison.Ordinal), -1);
            if (p >= 0)
            {
                Take(l, p, ItemMatchBasis.Number);
            }
        }

        // 2. Titles, best overlap first, never across two different numbers. Best-first matters: sibling titles can be
        //    alike ("Minutes of the Executive Board" / "… of the Health and Wellbeing Board" score 0.67), but each
        //    still scores 1.0 against its own.
        var freeLabels = Enumerable.Range(0, label.Count).Where(l => labelMatch[l] is null).ToList();
        var freePredicted = Enumerable.Range(0, predicted.Count).Where(p => !predictedTaken[p]).ToList();
        var byTitle = TextMatcher.BestFirst(freeLabels.Count, freePredicted.Count, (l, p) =>
        {
            var (labelKey, predictedKey) = (labelKeys[freeLabels[l]], predictedKeys[freePredicted[p]]);
            return labelKey.Title.Count == 0 || predictedKey.Title.Count == 0 || labelKey.ConflictsWith(predictedKey)
                ? 0
                : TokenOverlap.Similarity(labelKey.Title, predictedKey.Title);
        }, TokenOverlap.MatchThreshold);
        foreach (var pair in byTitle)
        {
            Take(freeLabels[pair.LabelIndex], freePredicted[pair.PredictedIndex], ItemMatchBasis.Title);
        }

        // 3. Order, inside each gap between consecutive anchors of a monotone chain of the matches so far.
        var anchors = MonotoneChain(labelMatch.OfType<ItemPair>().ToList());
        var bounds = anchors.Prepend(new ItemPair(-1, -1, ItemMatchBasis.Order))
            .Append(new ItemPair(label.Count, predicted.Count, ItemMatchBasis.Order)).ToList();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (from, to) = (bounds[i], bounds[i + 1]);
            var gapLabels = Enumerable.Range(from.LabelIndex + 1, Math.Max(0, to.LabelIndex - from.LabelIndex - 1))
                .Where(l => labelMatch[l] is null).ToList();
            var gapPredicted = Enumerable.Range(from.PredictedIndex + 1, Math.Max(0, to.PredictedIndex - from.PredictedIndex - 1))
                .Where(p => !predictedTaken[p]).ToList();
            foreach (var (l, p) in AlignInOrder(gapLabels, gapPredicted, labelKeys, predictedKeys))
            {
                Take(l, p, ItemMatchBasis.Order);
            }
        }

        return new ItemMatching(
            labelMatch.OfType<ItemPair>().ToList(),
            Enumerable.Range(0, label.Count).Where(l => labelMatch[l] is null).ToList(),
            Enumerable.Range(0, predicted.Count).Where(p => !predictedTaken[p]).ToList());
    }

    /// <summary>The longest run of matches (in label order) whose predicted positions also increase.</summary>
    private static List<ItemPair> MonotoneChain(List<ItemPair> matches)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        matches.Sort((x, y) => x.LabelIndex.CompareTo(y.LabelIndex));
        var length = new int[matches.Count];
        var previous = new int[matches.Count];
        var best = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
            {
                if (matches[j].PredictedIndex < matches[i].PredictedIndex && length[j] + 1 > length[i])
                {
                    (length[i], previous[i]) = (length[j] + 1, j);
                }
            }

            best = length[i] > length[best] ? i : best;
        }

        var chain = new List<ItemPair>();
        for (var i = best; i >= 0; i = previous[i])
        {
            chain.Add(matches[i]);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// Pairs as many items of a gap as possible, keeping order. When one side has more, the content decides which are
    /// left over (their titles and texts, so dropping an item from a run of untitled ones leaves the right one
    /// unmatched); with nothing to go on, items pair from the start of the gap.
    /// </summary>
    private static List<(int Label, int Predicted)> AlignInOrder(List<int> labels, List<int> predicted, List<ItemKey> labelKeys, List<ItemKey> predictedKeys)
    {
        var (n, m) = (labels.Count, predicted.Count);
        if (n == 0 || m == 0)
        {
            return [];
        }

        // Each pair is worth 1 plus a bonus below 1/(min(n, m) + 1), so no amount of content similarity outweighs one more pair.
        var bonusScale = 1.0 / (Math.Min(n, m) + 1);
        double Weight(int l, int p) => 1 + bonusScale * TokenOverlap.Similarity(labelKeys[labels[l]].Content, predictedKeys[predicted[p]].Content) * 0.999;

        // best[l, p]: the best score aligning labels l.. with predicted p.. (a suffix table, so ties resolve towards the start).
        var best = new double[n + 1, m + 1];
        for (var l = n - 1; l >= 0; l--)
        {
            for (var p = m - 1; p >= 0; p--)
            {
                best[l, p] = Math.Max(Weight(l, p) + best[l + 1, p + 1], Math.Max(best[l + 1, p], best[l, p + 1]));
            }
        }

        var pairs = new List<(int, int)>();
        var (i, j) = (0, 0);
        while (i < n && j < m)
        {
            const double Tolerance = 1e-9;
            if (Weight(i, j) + best[i + 1, j + 1] >= best[i, j] - Tolerance)
            {
                pairs.Add((labels[i], predicted[j]));
                (i, j) = (i + 1, j + 1);
            }
            else if (best[i + 1, j] >= best[i, j] - Tolerance)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    /// <summary>An item's comparable number, title words, and all its words (for telling untitled items apart).</summary>
    private sealed record ItemKey(string? Number, IReadOnlyList<string> Title, IReadOnlyList<string> Content)
    {
        public static ItemKey Of(ItemJson item) => new(
            TextNormaliser.ItemNumber(item.Number),
            TextNormaliser.Tokens(item.Title),
            TextNormaliser.Tokens(string.Join(" ", new[] { item.Number, item.Title }
                .Concat(item.Resolutions)
                .Concat(item.Actions.Select(a => a.Text)))));

        public bool ConflictsWith(ItemKey other) => Number is not null && other.Number is not null && !string.Equals(Number, other.Number, StringComparison.Ordinal);
    }
}
