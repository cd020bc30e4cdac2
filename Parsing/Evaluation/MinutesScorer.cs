using System.Globalization;
using CouncilMinutes.Parsing.Json;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>Scores one document's predicted minutes against its hand-made label, field by field.</summary>
public static class MinutesScorer
{
    private static readonly (string Name, Func<AttendanceJson, List<string>?> List)[] AttendanceLists =
    [
        ("present", a => a.Present),
        ("apologies", a => a.Apologies),
        ("officers", a => a.Officers),
        ("also_attending", a => a.AlsoAttending),
    ];

    /// <summary>Compares <paramref name="predicted"/> with <paramref name="label"/>.</summary>
    /// <param name="label">The hand-made label.</param>
    /// <param name="predicted">What the parser produced, or null when it produced nothing (then everything labelled is missed).</param>
    /// <param name="document">The document's name, for the report.</param>
    /// <param name="subset">The group the document is reported under.</param>
    /// <param name="failure">Why the parser produced nothing, when it did not.</param>
    public static DocumentEvaluation Score(MinutesJson label, MinutesJson? predicted, string document = "", string subset = "", string? failure = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (predicted is null)
        {
            failure ??= "The parser produced no minutes.";
        }

        var sheet = new ScoreSheet();
        var prediction = predicted ?? new MinutesJson();
        ScoreItems(label.Items, prediction.Items, sheet);
        var actionsAnyItem = ScoreActionsAnyItem(label.Items, prediction.Items);
        ScoreAttendance(label.Attendance, prediction.Attendance, sheet);
        sheet.MeetingDate = Compare(EvaluatedField.MeetingDate, label.MeetingDate, prediction.MeetingDate, TextNormaliser.Value, sheet, sheet.MeetingDate);
        sheet.Committee = Compare(EvaluatedField.Committee, label.Committee, prediction.Committee, TextNormaliser.Committee, sheet, sheet.Committee);
        sheet.PreviousMinutesDate = Compare(EvaluatedField.PreviousMinutesDate, label.PreviousMinutesDate, prediction.PreviousMinutesDate, TextNormaliser.Value, sheet, sheet.PreviousMinutesDate);
        sheet.MeetingEndTime = Compare(EvaluatedField.MeetingEndTime, label.MeetingEndTime, prediction.MeetingEndTime, TextNormaliser.Value, sheet, sheet.MeetingEndTime);

        var scores = new FieldScores
        {
            Documents = 1,
            Failures = failure is null ? 0 : 1,
            Items = sheet.Items,
            Resolutions = sheet.Resolutions,
            Actions = sheet.Actions,
            ActionsAnyItem = actionsAnyItem,
            Attendance = sheet.Attendance,
            ActionOwner = sheet.ActionOwner,
            ActionDue = sheet.ActionDue,
            MeetingDate = sheet.MeetingDate,
            Committee = sheet.Committee,
            PreviousMinutesDate = sheet.PreviousMinutesDate,
            MeetingEndTime = sheet.MeetingEndTime,
        };
        return new DocumentEvaluation(document, subset, failure, scores, sheet.Findings);
    }

    private static void ScoreItems(IReadOnlyList<ItemJson> label, IReadOnlyList<ItemJson> predicted, ScoreSheet sheet)
    {
        var matching = ItemMatcher.Match(label, predicted);
        sheet.Items = new SetScore(matching.Pairs.Count, matching.SpuriousPredictedItems.Count, matching.MissedLabelItems.Count);

        foreach (var l in matching.MissedLabelItems)
        {
            var item = label[l];
            var name = Describe(item, l);
            sheet.Findings.Add(new Finding(EvaluatedField.Items, FindingKind.Missed, null, null, name, null));
            ScoreResolutions(name, item.Resolutions, [], sheet);
            ScoreActions(name, item.Actions, [], sheet);
        }

        foreach (var p in matching.SpuriousPredictedItems)
        {
            var item = predicted[p];
            var name = Describe(item, p);
            sheet.Findings.Add(new Finding(EvaluatedField.Items, FindingKind.Spurious, null, null, null, name));
            ScoreResolutions(name, [], item.Resolutions, sheet);
            ScoreActions(name, [], item.Actions, sheet);
        }

        foreach (var pair in matching.Pairs.OrderBy(p => p.LabelIndex))
        {
            var (labelItem, predictedItem) = (label[pair.LabelIndex], predicted[pair.PredictedIndex]);
            var name = Describe(labelItem, pair.LabelIndex);
            ScoreResolutions(name, labelItem.Resolutions, predictedItem.Resolutions, sheet);
            ScoreActions(name, labelItem.Actions, predictedItem.Actions, sheet);
        }
    }

    /// <summary>Resolutions of one item (or of an item found on one side only): one-to-one by token overlap.</summary>
    private static void ScoreResolutions(string item, IReadOnlyList<string> label, IReadOnlyList<string> predicted, ScoreSheet sheet)
    {
        var pairs = TextMatcher.Match(label, predicted);
        sheet.Resolutions += new SetScore(pairs.Count, predicted.Count - pairs.Count, label.Count - pairs.Count);
        AddUnmatched(EvaluatedField.Resolutions, item, label, predicted, pairs, sheet);
    }

    /// <summary>Actions of one item: one-to-one by token overlap of their texts, then owner and due over the pairs.</summary>
    private static void ScoreActions(string item, IReadOnlyList<ActionJson> label, IReadOnlyList<ActionJson> predicted, ScoreSheet sheet)
    {
        var labelTexts = label.Select(a => a.Text).ToList();
        var predictedTexts = predicted.Select(a => a.Text).ToList();
        var pairs = TextMatcher.Match(labelTexts, predictedTexts);
        sheet.Actions += new SetScore(pairs.Count, predicted.Count - pairs.Count, label.Count - pairs.Count);
        AddUnmatched(EvaluatedField.Actions, item, labelTexts, predictedTexts, pairs, sheet);

        foreach (var pair in pairs)
        {
            var (expected, actual) = (label[pair.LabelIndex], predicted[pair.PredictedIndex]);
            sheet.ActionOwner = CompareWithin(EvaluatedField.ActionOwner, item, expected.Text, expected.Owner, actual.Owner, TextNormaliser.Owner, sheet, sheet.ActionOwner);
            sheet.ActionDue = CompareWithin(EvaluatedField.ActionDue, item, expected.Text, expected.Due, actual.Due, TextNormaliser.Due, sheet, sheet.ActionDue);
        }
    }

    /// <summary>
    /// The document's actions matched one-to-one whatever item holds them: beside <see cref="FieldScores.Actions"/>, it tells an
    /// action not found from one found under another item.
    /// </summary>
    private static SetScore ScoreActionsAnyItem(IReadOnlyList<ItemJson> label, IReadOnlyList<ItemJson> predicted)
    {
        var labelTexts = label.SelectMany(i => i.Actions).Select(a => a.Text).ToList();
        var predictedTexts = predicted.SelectMany(i => i.Actions).Select(a => a.Text).ToList();
        var pairs = TextMatcher.Match(labelTexts, predictedTexts);
        return new SetScore(pairs.Count, predictedTexts.Count - pairs.Count, labelTexts.Count - pairs.Count);
    }

    private static void AddUnmatched(EvaluatedField field, string item, IReadOnlyList<string> label, IReadOnlyList<string> predicted, IReadOnlyList<TextPair> pairs, ScoreSheet sheet)
    {
        var labelMatched = pairs.Select(p => p.LabelIndex).ToHashSet();
        var predictedMatched = pairs.Select(p => p.PredictedIndex).ToHashSet();
        sheet.Findings.AddRange(label.Where((_, i) => !labelMatched.Contains(i))
            .Select(text => new Finding(field, FindingKind.Missed, item, null, text, null)));
        sheet.Findings.AddRange(predicted.Where((_, i) => !predictedMatched.Contains(i))
            .Select(text => new Finding(field, FindingKind.Spurious, item, null, null, text)));
    }

    /// <summary>Names in each attendance list the label states; a list the label leaves null is not scored, whatever was predicted.</summary>
    private static void ScoreAttendance(AttendanceJson? label, AttendanceJson? predicted, ScoreSheet sheet)
    {
        if (label is null)
        {
            return;
        }

        foreach (var (list, select) in AttendanceLists)
        {
            if (select(label) is not { } expected)
            {
                continue;
            }

            var actual = (predicted is null ? null : select(predicted)) ?? [];
            var unmatched = actual.Select((name, index) => (Key: TextNormaliser.PersonName(name), Name: name, Index: index)).ToList();
            var found = 0;
            foreach (var name in expected)
            {
                var key = TextNormaliser.PersonName(name);
                var match = unmatched.FindIndex(u => string.Equals(u.Key, key, StringComparison.Ordinal));
                if (match >= 0)
                {
                    unmatched.RemoveAt(match);
                    found++;
                }
                else
                {
                    sheet.Findings.Add(new Finding(EvaluatedField.Attendance, FindingKind.Missed, null, list, name, null));
                }
            }

            sheet.Findings.AddRange(unmatched.Select(u => new Finding(EvaluatedField.Attendance, FindingKind.Spurious, null, list, null, u.Name)));
            sheet.Attendance += new SetScore(found, unmatched.Count, expected.Count - found);
        }
    }

    /// <summary>A meeting-level value, scored only where the label states it.</summary>
    private static AccuracyScore Compare(EvaluatedField field, string? expected, string? actual, Func<string?, string?> normalise, ScoreSheet sheet, AccuracyScore score)
    {
        if (normalise(expected) is not { } wanted)
        {
            return score;
        }

        var correct = string.Equals(wanted, normalise(actual), StringComparison.Ordinal);
        if (!correct)
        {
            sheet.Findings.Add(new Finding(field, FindingKind.Wrong, null, null, expected, actual));
        }

        return score.Add(correct);
    }

    /// <summary>An action's owner or due hint, scored for every matched action: "not stated" on both sides is correct.</summary>
    private static AccuracyScore CompareWithin(EvaluatedField field, string item, string action, string? expected, string? actual, Func<string?, string?> normalise, ScoreSheet sheet, AccuracyScore score)
    {
        var correct = string.Equals(normalise(expected), normalise(actual), StringComparison.Ordinal);
        if (!correct)
        {
            sheet.Findings.Add(new Finding(field, FindingKind.Wrong, item, action, expected, actual));
        }

        return score.Add(correct);
    }

    /// <summary>How a developer recognises an item in the report: its number and title, or its position when it has neither.</summary>
    private static string Describe(ItemJson item, int index)
    {
        var name = string.Join(" ", new[] { item.Number, item.Title }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return name.Length > 0 ? name : string.Create(CultureInfo.InvariantCulture, $"item {index + 1} (no number or title)");
    }

    /// <summary>The running counts and findings of one document while it is scored.</summary>
    private sealed class ScoreSheet
    {
        public List<Finding> Findings { get; } = [];
        public SetScore Items { get; set; } = SetScore.Zero;
        public SetScore Resolutions { get; set; } = SetScore.Zero;
        public SetScore Actions { get; set; } = SetScore.Zero;
        public SetScore Attendance { get; set; } = SetScore.Zero;
        public AccuracyScore ActionOwner { get; set; } = AccuracyScore.Zero;
        public AccuracyScore ActionDue { get; set; } = AccuracyScore.Zero;
        public AccuracyScore MeetingDate { get; set; } = AccuracyScore.Zero;
        public AccuracyScore Committee { get; set; } = AccuracyScore.Zero;
        public AccuracyScore PreviousMinutesDate { get; set; } = AccuracyScore.Zero;
        public AccuracyScore MeetingEndTime { get; set; } = AccuracyScore.Zero;
    }
}
