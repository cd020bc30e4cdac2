using System.Globalization;
using System.Text;
using CouncilMinutes.Parsing.Evaluation;

namespace CouncilMinutes.Experiments.ActionClassifier;

/// <summary>One method's scores, overall and on <c>wide/tune</c> alone.</summary>
internal sealed record MethodScore(string Method, SetScore Overall, SetScore WideTune);

/// <summary>Renders the experiment's Markdown tables.</summary>
internal static class Report
{
    public static string Table(IEnumerable<MethodScore> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| method | P | R | F1 | TP | FP | FN | wide/tune P | R | F1 | TP | FP | FN |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Method} | {Cells(row.Overall)} | {Cells(row.WideTune)} |");
        }

        return text.ToString();
    }

    private static string Cells(SetScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives}");
}
