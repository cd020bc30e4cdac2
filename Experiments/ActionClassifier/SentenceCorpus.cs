using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Experiments.ActionClassifier;

/// <summary>One sentence of an item's text, bullets or decisions, cut as <see cref="ActionFinder"/> cuts it.</summary>
/// <param name="Text">The sentence as <see cref="SentenceSplitter"/> returns it (before <see cref="ActionFinder.Tidy"/>).</param>
/// <param name="IsDecision">It comes from a resolution.</param>
/// <param name="Rule">The current rules call it an action: <see cref="CommitmentCue.Find"/> is not null.</param>
/// <param name="Positive">It matches (token overlap at or above the scorer's threshold) a labelled action of its item.</param>
internal sealed record Sentence(string Text, bool IsDecision, bool Rule, bool Positive);

/// <summary>
/// A labelled item and the parser's item the scorer pairs it with: the parser's sentences on one side, the labelled
/// action texts on the other. A labelled item the parser did not find has no sentences; an item the parser made up has
/// no labelled actions. So every labelled action of a document is in exactly one case, as in <see cref="MinutesScorer"/>.
/// </summary>
internal sealed record ItemCase(string Document, string Body, string Part, IReadOnlyList<Sentence> Sentences, IReadOnlyList<string> LabelActions, IReadOnlyList<string> ParserActions);

/// <summary>Reads the labelled corpus into <see cref="ItemCase"/>s with the real parser.</summary>
internal static class SentenceCorpus
{
    /// <summary>
    /// The labelled parts the experiment may read. Named one by one, rather than searched for below the corpus root, so
    /// <c>wide/sealed</c> (a sealed test set) and <c>not-minutes</c> are never opened.
    /// </summary>
    public static readonly string[] Parts = ["seeds", "dev", "printed", "holdout", "blind", "wide/tune"];

    /// <summary>The name <c>minutes eval --by-body</c> gives a document without a council (see <see cref="EvaluationReport"/>).</summary>
    private const string NoBody = "(no body named)";

    public static IReadOnlyList<ItemCase> Read(string corpusRoot, TextWriter log)
    {
        var parser = new MinutesParser();
        var cases = new List<ItemCase>();
        var mismatched = 0;
        var scorer = SetScore.Zero;
        foreach (var part in Parts)
        {
            foreach (var document in CorpusEvaluator.FindDocuments([Path.Combine(corpusRoot, part)]))
            {
                if (document.DocumentPath.Contains("sealed", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"Refusing to read the sealed set: {document.DocumentPath}");
                }

                var label = document.ReadLabel();
                var name = $"{part}/{Path.GetRelativePath(Path.Combine(corpusRoot, part), document.DocumentPath).Replace('\\', '/')}";
                var body = label.Council ?? NoBody;
                var meeting = ParseOrNull(parser, document.DocumentPath);
                mismatched += Pair(label, meeting, name, body, part, cases);
                scorer += MinutesScorer.Score(label, meeting is null ? null : MinutesJsonMapper.ToJson(meeting)).Scores.Actions;
            }
        }

        // The passages are rebuilt from the parsed item; that is faithful only if the rules then pick exactly the actions the parser gave.
        log.WriteLine($"Items whose rebuilt rule actions differ from the parser's own: {mismatched}");
        log.WriteLine($"The scorer's own action counts on these documents (minutes eval): TP {scorer.TruePositives}, FP {scorer.FalsePositives}, FN {scorer.FalseNegatives}");
        return cases;
    }

    private static MeetingMinutes? ParseOrNull(MinutesParser parser, string path)
    {
        try
        {
            return parser.Parse(File.ReadAllBytes(path), Path.GetFileName(path)).Meeting;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // As in CorpusEvaluator: a document the parser throws on is scored as unread, every labelled action missed.
            return null;
        }
    }

    /// <summary>Adds the document's cases; returns how many parsed items the rebuilt rules disagree with.</summary>
    private static int Pair(MinutesJson label, MeetingMinutes? meeting, string name, string body, string part, List<ItemCase> cases)
    {
        var items = meeting?.Items ?? [];
        var predicted = meeting is null ? [] : MinutesJsonMapper.ToJson(meeting).Items;
        var matching = ItemMatcher.Match(label.Items, predicted);
        var sentences = items.Select(Sentences).ToList();
        var mismatched = 0;
        for (var p = 0; p < items.Count; p++)
        {
            var rebuilt = ActionSelection.Select(sentences[p], sentences[p].Select(s => s.Rule).ToList());
            mismatched += rebuilt.SequenceEqual(items[p].Actions.Select(a => a.Text)) ? 0 : 1;
        }

        foreach (var l in matching.MissedLabelItems)
        {
            cases.Add(new ItemCase(name, body, part, [], Texts(label.Items[l]), []));
        }

        foreach (var p in matching.SpuriousPredictedItems)
        {
            cases.Add(new ItemCase(name, body, part, sentences[p], [], Texts(predicted[p])));
        }

        foreach (var pair in matching.Pairs.OrderBy(p => p.LabelIndex))
        {
            var labelActions = Texts(label.Items[pair.LabelIndex]);
            var own = sentences[pair.PredictedIndex]
                .Select(s => s with { Positive = labelActions.Any(a => TokenOverlap.Matches(a, ActionFinder.Tidy(s.Text))) })
                .ToList();
            cases.Add(new ItemCase(name, body, part, own, labelActions, Texts(predicted[pair.PredictedIndex])));
        }

        return mismatched;
    }

    private static List<string> Texts(ItemJson item) => item.Actions.Select(a => a.Text).ToList();

    /// <summary>
    /// The item's passages as <c>ItemReader</c> builds them (paragraphs, then bullets, then decisions), read back from the
    /// parsed item: its text is the paragraphs joined by blank lines. <see cref="Read"/> checks the rebuild.
    /// </summary>
    private static List<Sentence> Sentences(AgendaItem item)
    {
        var paragraphs = item.Text.Length == 0 ? [] : item.Text.Split("\n\n");
        var passages = paragraphs.Select(t => (Text: t, IsDecision: false))
            .Concat(item.Bullets.Select(t => (Text: t, IsDecision: false)))
            .Concat(item.Resolutions.Select(r => (r.Text, IsDecision: true)));
        return passages
            .SelectMany(p => SentenceSplitter.Split(p.Text)
                .Select(s => new Sentence(s, p.IsDecision, CommitmentCue.Find(s, p.IsDecision) is not null, false)))
            .ToList();
    }
}
