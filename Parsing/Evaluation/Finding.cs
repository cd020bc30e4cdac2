using System.Text.Json;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>The fields the evaluation scores.</summary>
public enum EvaluatedField
{
    Items,
    Resolutions,
    Actions,
    ActionOwner,
    ActionDue,
    Attendance,
    MeetingDate,
    Committee,
    PreviousMinutesDate,
    MeetingEndTime,
}

/// <summary>How a prediction departed from its label.</summary>
public enum FindingKind
{
    /// <summary>Labelled but not found (a false negative).</summary>
    Missed,

    /// <summary>Predicted but not in the label (a false positive).</summary>
    Spurious,

    /// <summary>Found, but with the wrong value (an accuracy error).</summary>
    Wrong,
}

/// <summary>One reason a document scored below perfect, with the texts involved, so a developer can see why.</summary>
/// <param name="Field">The field it counts against.</param>
/// <param name="Kind">Missed, spurious or wrong.</param>
/// <param name="Item">The item it belongs to ("CYP14 CHILDREN'S SOCIAL CARE UPDATE"), or null for meeting-level fields.</param>
/// <param name="Context">For owner and due, the action's text; for attendance, the list ("present"); otherwise null.</param>
/// <param name="Expected">The labelled value, or null when spurious (or the label says "not stated").</param>
/// <param name="Actual">The predicted value, or null when missed (or the prediction says "not stated").</param>
public sealed record Finding(EvaluatedField Field, FindingKind Kind, string? Item, string? Context, string? Expected, string? Actual)
{
    public override string ToString()
    {
        var where = string.Join(" · ", new[] { Item, Context }.Where(s => !string.IsNullOrEmpty(s)));
        var what = Kind switch
        {
            FindingKind.Missed => $"missed \"{Expected}\"",
            FindingKind.Spurious => $"spurious \"{Actual}\"",
            _ => $"expected \"{Expected ?? "(none)"}\", got \"{Actual ?? "(none)"}\"",
        };
        var field = JsonNamingPolicy.SnakeCaseLower.ConvertName(Field.ToString());
        return where.Length == 0 ? $"{field}: {what}" : $"{field} [{where}]: {what}";
    }
}

/// <summary>How one document scored, and every difference found between its prediction and its label.</summary>
/// <param name="Document">The document, as a path relative to the evaluated directory ("seeds/001_….txt").</param>
/// <param name="Subset">The group it is reported under (its top-level folder: seeds, dev, printed).</param>
/// <param name="Failure">Why the parser produced nothing, or null when it produced a meeting.</param>
/// <param name="Scores">Its scores; summed over documents they give the report's.</param>
/// <param name="Findings">What was missed, spurious or wrong.</param>
public sealed record DocumentEvaluation(string Document, string Subset, string? Failure, FieldScores Scores, IReadOnlyList<Finding> Findings)
{
    /// <summary>The document's format as a reader knows it by its file: PDF, DOCX, HTML, Markdown, text, XML.</summary>
    public string Format { get; init; } = DocumentFormat.Of(Document);

    /// <summary>The body whose minutes these are, as the label names it, or null.</summary>
    public string? Body { get; init; }
}

/// <summary>The format a labelled document is reported under, by its extension.</summary>
public static class DocumentFormat
{
    public static string Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => "PDF",
        ".docx" => "DOCX",
        ".htm" or ".html" => "HTML",
        ".md" => "Markdown",
        ".xml" => "XML",
        _ => "text",
    };
}
