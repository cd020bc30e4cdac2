using System.Globalization;
using System.Text;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>Plain-text rendering of an <see cref="EvaluationReport"/>: the table <c>minutes eval</c> prints.</summary>
public static class ScoreTable
{
    /// <summary>Short headings for the subset table, in the order of <see cref="FieldScores.F1Fields"/> then <see cref="FieldScores.AccuracyFields"/>.</summary>
    private static readonly string[] SubsetColumns = ["items", "resolutions", "actions", "attendance", "owner", "due", "date", "committee", "prev_date", "end_time"];

    /// <summary>
    /// The overall table, a line per subset, and the documents the parser could not read; with <paramref name="floors"/>, a
    /// column of each field's floor, marked where the score falls below it.
    /// </summary>
    public static string Render(EvaluationReport report, EvaluationTargets? floors = null, bool byBody = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var floor = floors is { Count: > 0 } ? "  floor" : "";
        var overall = report.Overall;
        var text = new StringBuilder();
        var subsets = string.Join(", ", report.Subsets.Select(s => Invariant($"{s.Key} {s.Value.Documents}")));
        text.AppendLine(Invariant($"{overall.Documents} documents ({subsets}), {overall.Failures} not read"));
        text.AppendLine();

        text.AppendLine(Invariant($"{"field",-22} {"tp",5} {"fp",5} {"fn",5} {"precision",9} {"recall",7} {"f1",6}{floor}"));
        foreach (var (field, score) in overall.F1Fields)
        {
            text.AppendLine(Invariant($"{field,-22} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5} {score.Precision,9:0.000} {score.Recall,7:0.000} {score.F1,6:0.000}{Floor(floors, field, score.F1)}"));
        }

        var anyItem = overall.ActionsAnyItem;
        text.AppendLine(Invariant($"{"(actions, any item)",-22} {anyItem.TruePositives,5} {anyItem.FalsePositives,5} {anyItem.FalseNegatives,5} {anyItem.Precision,9:0.000} {anyItem.Recall,7:0.000} {anyItem.F1,6:0.000}"));
        text.AppendLine();
        text.AppendLine(Invariant($"{"field",-22} {"right",5} {"n",5} {"accuracy",9}{floor}"));
        foreach (var (field, score) in overall.AccuracyFields)
        {
            text.AppendLine(Invariant($"{field,-22} {score.Correct,5} {score.Total,5} {Rate(score.Accuracy),9}{Floor(floors, field, score.Accuracy)}"));
        }

        Groups(text, "subset", report.Subsets);
        Groups(text, "format", report.Formats);
        if (byBody)
        {
            Groups(text, "body", report.Bodies);
        }

        if (report.Failures.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("not read:");
            foreach (var failure in report.Failures)
            {
                text.AppendLine(Invariant($"  {failure.Document}: {failure.Failure}"));
            }
        }

        return text.ToString();
    }

    /// <summary>One row of scores per group: F1 of items to attendance, accuracy of the rest.</summary>
    private static void Groups(StringBuilder text, string by, IReadOnlyDictionary<string, FieldScores> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }

        var width = Math.Max(12, groups.Keys.Max(k => k.Length));
        text.AppendLine();
        text.AppendLine(Invariant($"by {by}: F1 of items to attendance, accuracy of the rest"));
        text.AppendLine(by.PadRight(width) + Invariant($" {"docs",4}  ") + string.Join("  ", SubsetColumns.Select(c => c.PadLeft(Width(c)))));
        foreach (var (name, scores) in groups)
        {
            var cells = scores.F1Fields.Select(f => (double?)f.Score.F1).Concat(scores.AccuracyFields.Select(f => f.Score.Accuracy))
                .Zip(SubsetColumns, (value, column) => Rate(value).PadLeft(Width(column)));
            text.AppendLine(name.PadRight(width) + Invariant($" {scores.Documents,4}  ") + string.Join("  ", cells));
        }
    }

    /// <summary>Every document's findings, grouped by document, for seeing why a score is low.</summary>
    public static string RenderFindings(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var document in report.Documents.Where(d => d.Findings.Count > 0 || d.Failure is not null))
        {
            text.AppendLine(document.Failure is null ? document.Document : Invariant($"{document.Document} (not read: {document.Failure})"));
            foreach (var finding in document.Findings)
            {
                text.AppendLine("  " + finding);
            }
        }

        return text.ToString();
    }

    /// <summary>A column fits its heading and a rate ("0.000").</summary>
    private static int Width(string heading) => Math.Max(heading.Length, 5);

    private static string Rate(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    /// <summary>A field's floor, marked only when the score is below it.</summary>
    private static string Floor(EvaluationTargets? floors, string field, double? value) => floors?.For(field) switch
    {
        null => "",
        { } t when value is null => Invariant($"  >= {t:0.00}  (nothing scored)"),
        { } t => Invariant($"  >= {t:0.00}{(value < t ? "  FAILS" : "")}"),
    };

    /// <summary>The line that ends a run: whether every floor was met, and which were not.</summary>
    public static string Verdict(EvaluationReport report, EvaluationTargets floors)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(floors);
        if (floors.Count == 0)
        {
            return "Scores only: no floor was given (--min-score FIELD=VALUE).";
        }

        var shortfalls = floors.Shortfalls(report.Overall);
        return shortfalls.Count == 0
            ? Invariant($"PASS: {Floors(floors.Count)} met.")
            : Invariant($"FAIL: {shortfalls.Count} of {Floors(floors.Count)} not met: ") +
              string.Join("; ", shortfalls.Select(s => Invariant($"{s.Field} {s.Score:0.000} < {s.Target:0.00}"))) + ".";
    }

    private static string Floors(int count) => Invariant($"{count} floor{(count == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
