using System.Text.Json.Serialization;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>Counts for a field scored as a set of things to find: found (tp), spurious (fp), missed (fn), and the rates they give.</summary>
/// <remarks>
/// Rates with a zero denominator are 1: precision with nothing predicted (nothing was invented), recall with nothing
/// labelled (nothing was missed), and F1 with neither, so a document without actions does not drag the actions F1
/// of a perfect parse below 1. F1 = 2tp / (2tp + fp + fn) is 0 whenever something was labelled or predicted and
/// nothing matched, so a parser that predicts nothing still scores F1 0.
/// </remarks>
public sealed record SetScore(
    [property: JsonPropertyName("tp")] int TruePositives,
    [property: JsonPropertyName("fp")] int FalsePositives,
    [property: JsonPropertyName("fn")] int FalseNegatives)
{
    public static SetScore Zero { get; } = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? 1.0
        : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    public static SetScore operator +(SetScore left, SetScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);
    }
}

/// <summary>Counts for a field scored as right or wrong where the label states it: correct out of n.</summary>
public sealed record AccuracyScore(int Correct, [property: JsonPropertyName("n")] int Total)
{
    public static AccuracyScore Zero { get; } = new(0, 0);

    /// <summary>Correct / n, or null when nothing was scored.</summary>
    public double? Accuracy => Total == 0 ? null : (double)Correct / Total;

    public static AccuracyScore operator +(AccuracyScore left, AccuracyScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Correct + right.Correct, left.Total + right.Total);
    }

    internal AccuracyScore Add(bool correct) => new(Correct + (correct ? 1 : 0), Total + 1);
}

/// <summary>The scores of every evaluated field over one document or many (micro-averaged: counts are summed, then rates taken).</summary>
public sealed record FieldScores
{
    public static FieldScores Empty { get; } = new();

    public int Documents { get; init; }

    /// <summary>Documents the parser could not read; all their labelled content counts as missed.</summary>
    public int Failures { get; init; }

    public SetScore Items { get; init; } = SetScore.Zero;
    public SetScore Resolutions { get; init; } = SetScore.Zero;
    public SetScore Actions { get; init; } = SetScore.Zero;

    /// <summary>Actions matched within the whole document rather than within their item: how many were found, whichever item holds them.</summary>
    public SetScore ActionsAnyItem { get; init; } = SetScore.Zero;

    /// <summary>Names in every attendance list the label states (present, apologies, officers, also attending).</summary>
    public SetScore Attendance { get; init; } = SetScore.Zero;

    /// <summary>Over matched actions; an unstated owner predicted as unstated is correct.</summary>
    public AccuracyScore ActionOwner { get; init; } = AccuracyScore.Zero;

    /// <summary>Over matched actions; an unstated due hint predicted as unstated is correct.</summary>
    public AccuracyScore ActionDue { get; init; } = AccuracyScore.Zero;

    public AccuracyScore MeetingDate { get; init; } = AccuracyScore.Zero;
    public AccuracyScore Committee { get; init; } = AccuracyScore.Zero;
    public AccuracyScore PreviousMinutesDate { get; init; } = AccuracyScore.Zero;
    public AccuracyScore MeetingEndTime { get; init; } = AccuracyScore.Zero;

    /// <summary>The fields <c>--min-f1</c> checks, by the name the table and JSON use.</summary>
    [JsonIgnore]
    public IReadOnlyList<(string Field, SetScore Score)> F1Fields =>
    [
        ("items", Items),
        ("resolutions", Resolutions),
        ("actions", Actions),
        ("attendance", Attendance),
    ];

    /// <summary>The accuracy fields, by the name the table and JSON use.</summary>
    [JsonIgnore]
    public IReadOnlyList<(string Field, AccuracyScore Score)> AccuracyFields =>
    [
        ("action_owner", ActionOwner),
        ("action_due", ActionDue),
        ("meeting_date", MeetingDate),
        ("committee", Committee),
        ("previous_minutes_date", PreviousMinutesDate),
        ("meeting_end_time", MeetingEndTime),
    ];

    /// <summary>The F1 fields (items, resolutions, actions, attendance) scoring below <paramref name="minimumF1"/>: what fails <c>--min-f1</c>.</summary>
    public IReadOnlyList<string> FieldsBelow(double minimumF1) =>
        F1Fields.Where(f => f.Score.F1 < minimumF1).Select(f => f.Field).ToList();

    public static FieldScores operator +(FieldScores left, FieldScores right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new FieldScores
        {
            Documents = left.Documents + right.Documents,
            Failures = left.Failures + right.Failures,
            Items = left.Items + right.Items,
            Resolutions = left.Resolutions + right.Resolutions,
            Actions = left.Actions + right.Actions,
            ActionsAnyItem = left.ActionsAnyItem + right.ActionsAnyItem,
            Attendance = left.Attendance + right.Attendance,
            ActionOwner = left.ActionOwner + right.ActionOwner,
            ActionDue = left.ActionDue + right.ActionDue,
            MeetingDate = left.MeetingDate + right.MeetingDate,
            Committee = left.Committee + right.Committee,
            PreviousMinutesDate = left.PreviousMinutesDate + right.PreviousMinutesDate,
            MeetingEndTime = left.MeetingEndTime + right.MeetingEndTime,
        };
    }
}
