using System.Text.Json;
using System.Text.Json.Serialization;
using CouncilMinutes.Parsing.Json;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>The result of <c>minutes eval</c>: micro-averaged scores overall and per subset, and every document's findings.</summary>
/// <param name="Overall">Scores summed over every document.</param>
/// <param name="Subsets">Scores per subset (top-level folder: seeds, dev, printed), by name.</param>
/// <param name="Documents">Each document's scores and findings, in path order.</param>
public sealed record EvaluationReport(FieldScores Overall, IReadOnlyDictionary<string, FieldScores> Subsets, IReadOnlyList<DocumentEvaluation> Documents)
{
    /// <summary>The report's JSON settings: the contract's snake_case, with enums written as snake_case names.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(MinutesJson.SerializerOptions)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Documents the parser could not read.</summary>
    [JsonIgnore]
    public IReadOnlyList<DocumentEvaluation> Failures => Documents.Where(d => d.Failure is not null).ToList();

    /// <summary>Sums document evaluations into a report, grouping them by <see cref="DocumentEvaluation.Subset"/>.</summary>
    public static EvaluationReport From(IEnumerable<DocumentEvaluation> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var overall = list.Aggregate(FieldScores.Empty, (sum, document) => sum + document.Scores);
        return new EvaluationReport(overall, GroupBy(list, d => d.Subset), list)
        {
            Formats = GroupBy(list, d => d.Format),
            Bodies = GroupBy(list, d => d.Body ?? "(no body named)"),
        };
    }

    /// <summary>Scores per format (PDF, DOCX, HTML, Markdown, text, XML), so a weakness of one reader shows where it is.</summary>
    public IReadOnlyDictionary<string, FieldScores> Formats { get; init; } = new Dictionary<string, FieldScores>();

    /// <summary>Scores per body, by the name its labels give (<c>minutes eval --by-body</c>).</summary>
    public IReadOnlyDictionary<string, FieldScores> Bodies { get; init; } = new Dictionary<string, FieldScores>();

    private static SortedDictionary<string, FieldScores> GroupBy(IEnumerable<DocumentEvaluation> documents, Func<DocumentEvaluation, string> key)
    {
        var groups = new SortedDictionary<string, FieldScores>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            groups[key(document)] = groups.GetValueOrDefault(key(document), FieldScores.Empty) + document.Scores;
        }

        return groups;
    }

    /// <summary>The F1 fields (items, resolutions, actions, attendance) below <paramref name="minimumF1"/> overall; <c>--min-f1</c> fails when this is not empty.</summary>
    public IReadOnlyList<string> FieldsBelow(double minimumF1) => Overall.FieldsBelow(minimumF1);

    /// <summary>The report for machines (<c>--json</c>).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);

    /// <summary>The report for people: the score table, then per-subset scores and any failures (see <see cref="ScoreTable"/>).</summary>
    public string ToTable(EvaluationTargets? floors = null, bool byBody = false) => ScoreTable.Render(this, floors, byBody);
}
