using System.Globalization;
using CouncilMinutes.Experiments;
using CouncilMinutes.Experiments.ActionClassifier;

// Usage: [eval] CORPUS [--threshold T [--l2 X] [--l1 Y]]
// By default each fold chooses the classifier's L2 weight and threshold by inner cross-validation; --threshold fixes them.
var arguments = new CommandArguments(args.FirstOrDefault() is "eval" or "train" ? args.Skip(1) : args);
var threshold = arguments.Number("--threshold");
var fixedSettings = threshold is { } t0
    ? new ClassifierSettings((float)(arguments.Number("--l2") ?? 1), (float)(arguments.Number("--l1") ?? 0), t0)
    : null;

if (arguments.Words.Count != 1)
{
    Console.Error.WriteLine("Usage: ActionClassifier [eval] CORPUS_DIR [--threshold T [--l2 X] [--l1 Y]]");
    return 2;
}

var log = Console.Error;
var cases = SentenceCorpus.Read(arguments.Words[0], log);
var sentences = cases.SelectMany(c => c.Sentences).ToList();
var bodies = CrossValidation.Bodies(cases);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Documents {cases.Select(c => c.Document).Distinct().Count()}, bodies {bodies.Count}, items {cases.Count}, sentences {sentences.Count}, positive sentences {sentences.Count(s => s.Positive)}, labelled actions {cases.Sum(c => c.LabelActions.Count)}, labelled actions no parser sentence matches {Scoring.Unreachable(cases)}"));

var outOfFold = CrossValidation.LeaveOneBodyOut(cases, fixedSettings, log);
var classifier = outOfFold.Verdicts();
var rules = cases.Select(c => (IReadOnlyList<bool>)c.Sentences.Select(s => s.Rule).ToArray()).ToArray();
var either = Combine(rules, classifier, (a, b) => a || b);
var both = Combine(rules, classifier, (a, b) => a && b);

var wide = Enumerable.Range(0, cases.Count).Where(c => cases[c].Part == "wide/tune").ToList();
var rows = new[] { ("rules", rules), ("classifier", classifier), ("rules OR classifier", either), ("rules AND classifier", both) }
    .Select(m => new MethodScore(m.Item1, Scoring.Score(cases, m.Item2), Scoring.Score(Pick(cases, wide), Pick(m.Item2, wide))))
    .ToList();

// Settings are kept per case; count them per fold, that is per held-out body.
var chosen = cases.Select((c, i) => (c.Body, Settings: outOfFold.Settings[i])).Distinct().GroupBy(x => x.Settings).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Threshold).ThenBy(g => g.Key.L2)
    .Select(g => $"{g.Key} in {g.Count()} folds");
Console.WriteLine(fixedSettings is { } f
    ? $"Classifier settings: fixed, {f}"
    : $"Classifier settings: chosen per fold by {CrossValidation.InnerFolds}-fold body-grouped inner cross-validation: {string.Join("; ", chosen)}");
Console.WriteLine();
Console.WriteLine(Report.Table(rows));
return 0;

static IReadOnlyList<IReadOnlyList<bool>> Combine(IReadOnlyList<IReadOnlyList<bool>> a, IReadOnlyList<IReadOnlyList<bool>> b, Func<bool, bool, bool> op) =>
    a.Select((x, c) => (IReadOnlyList<bool>)x.Select((v, s) => op(v, b[c][s])).ToArray()).ToArray();

static List<T> Pick<T>(IReadOnlyList<T> list, List<int> indices) => indices.Select(i => list[i]).ToList();
