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

    /// <summary>The fields of <paramref name="scores"/> below their target; a field with nothing scored is not counted as missing it.</summary>
    public IReadOnlyList<string> Unmet(FieldScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var f1 = scores.F1Fields.Where(f => For(f.Field) is { } target && f.Score.F1 < target).Select(f => f.Field);
        var accuracy = scores.AccuracyFields.Where(f => For(f.Field) is { } target && f.Score.Accuracy < target).Select(f => f.Field);
        return f1.Concat(accuracy).ToList();
    }
}
