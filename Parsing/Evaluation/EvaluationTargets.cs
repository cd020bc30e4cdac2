namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>The scores the parser is asked to reach, per field; null where a field has no target.</summary>
public sealed record EvaluationTargets
{
    /// <summary>The targets on the whole corpus.</summary>
    public static EvaluationTargets Corpus { get; } = new()
    {
        Items = 0.95,
        Resolutions = 0.92,
        Actions = 0.80,
        ActionOwner = 0.85,
        Attendance = 0.95,
        MeetingDate = 0.95,
        Committee = 0.90,
    };

    /// <summary>The targets on the seeds alone: the documents the product was specified from are read perfectly.</summary>
    public static EvaluationTargets Seeds { get; } = new() { Items = 1.0, Resolutions = 1.0 };

    public double? Items { get; init; }
    public double? Resolutions { get; init; }
    public double? Actions { get; init; }
    public double? Attendance { get; init; }
    public double? ActionOwner { get; init; }
    public double? ActionDue { get; init; }
    public double? MeetingDate { get; init; }
    public double? Committee { get; init; }

    /// <summary>The target for a field, by the name <see cref="FieldScores.F1Fields"/> and <see cref="FieldScores.AccuracyFields"/> use.</summary>
    public double? For(string field) => field switch
    {
        "items" => Items,
        "resolutions" => Resolutions,
        "actions" => Actions,
        "attendance" => Attendance,
        "action_owner" => ActionOwner,
        "action_due" => ActionDue,
        "meeting_date" => MeetingDate,
        "committee" => Committee,
        _ => null,
    };

    /// <summary>How many fields have a target.</summary>
    public int Count => FieldNames.Count(name => For(name) is not null);

    /// <summary>The fields of <paramref name="scores"/> below their target; a field with nothing scored is not counted as missing it.</summary>
    public IReadOnlyList<string> Unmet(FieldScores scores) => Shortfalls(scores).Select(s => s.Field).ToList();

    /// <summary>Each field of <paramref name="scores"/> below its target, with its score and the target.</summary>
    public IReadOnlyList<Shortfall> Shortfalls(FieldScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var f1 = scores.F1Fields.Select(f => (f.Field, Score: (double?)f.Score.F1));
        var accuracy = scores.AccuracyFields.Select(f => (f.Field, Score: f.Score.Accuracy));
        return f1.Concat(accuracy)
            .Where(f => For(f.Field) is { } target && f.Score < target)
            .Select(f => new Shortfall(f.Field, f.Score!.Value, For(f.Field)!.Value))
            .ToList();
    }

    private static readonly string[] FieldNames = ["items", "resolutions", "actions", "attendance", "action_owner", "action_due", "meeting_date", "committee"];
}

/// <summary>A field scored below its target.</summary>
public sealed record Shortfall(string Field, double Score, double Target);
