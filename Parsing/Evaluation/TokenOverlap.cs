namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>How far two texts say the same words: the Dice coefficient over their normalised word multisets.</summary>
public static class TokenOverlap
{
    /// <summary>The similarity at or above which a predicted text counts as finding a labelled one.</summary>
    /// <remarks>
    /// Dice = 2·shared / (words in one + words in the other). At 0.6 a prediction matches when it keeps at least ~43% of
    /// the label's words and adds nothing, or has all of them plus up to 1⅓ times as many again: a resolution that
    /// kept its "RESOLVED: (1)" label, lost a trailing clause or swallowed a short following sentence still counts,
    /// while two resolutions merged into one (0.67 against each part when equally long) find one part, not both.
    /// On the corpus labels, distinct resolutions or actions of one item score at most 0.46 against each other, except
    /// in Sandwell's dev/019, whose texts repeat a long parenthetical (up to 0.70); the one-to-one, best-first
    /// assignment in <see cref="TextMatcher"/> still pairs each with its own. Seeds-style and dev-style forms of a
    /// text ("That the minutes be received." / "the minutes be received") are identical after
    /// <see cref="TextNormaliser.Text"/>, so they score 1.0.
    /// </remarks>
    public const double MatchThreshold = 0.6;

    /// <summary>Dice similarity in [0, 1] of the two texts' words; two empty texts are identical (1).</summary>
    public static double Similarity(string? a, string? b) => Similarity(TextNormaliser.Tokens(a), TextNormaliser.Tokens(b));

    /// <summary>Dice similarity in [0, 1] of two word lists taken as multisets; two empty lists are identical (1).</summary>
    public static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count + b.Count == 0)
        {
            return 1.0;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in a)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var shared = 0;
        foreach (var word in b)
        {
            if (counts.GetValueOrDefault(word) > 0)
            {
                counts[word]--;
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Whether a predicted text finds a labelled one: similarity at or above <see cref="MatchThreshold"/>.</summary>
    public static bool Matches(string? label, string? predicted) => Similarity(label, predicted) >= MatchThreshold;
}
