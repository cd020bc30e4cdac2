using System.Globalization;
using CouncilMinutes.Ingestion.FollowUp;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CouncilMinutes.Experiments.FollowUpMatcher;

/// <summary>The model's regularisation and the probability at or above which its best candidate closes an action.</summary>
internal sealed record DecisionSettings(float L2, double Threshold)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"L2 {L2}, threshold {Threshold:0.00}");
}

/// <summary>A logistic regression over the matcher's measures of a (action, later passage) pair: is the passage the evidence that closes it?</summary>
internal sealed class DecisionModel
{
    public const int FeatureCount = 18;

    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private DecisionModel(MLContext ml, ITransformer model) => (_ml, _model) = (ml, model);

    /// <summary>Whether to train boosted trees instead of the logistic regression (the <c>--trees</c> switch); L2 is then unused.</summary>
    public static bool Trees { get; set; }

    public static DecisionModel Train(IEnumerable<ActionCase> cases, float l2)
    {
        // A fixed seed and one thread, so a rerun gives the same weights and so the same table.
        var ml = new MLContext(seed: 1);
        var rows = cases.SelectMany(c => c.Candidates.Select((candidate, i) => Row.Of(candidate, c.Positive[i])));
        if (Trees)
        {
            var trees = ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                NumberOfLeaves = 4,
                NumberOfTrees = 50,
                MinimumExampleCountPerLeaf = 10,
                NumberOfThreads = 1,
                Seed = 1,
            });
            return new DecisionModel(ml, trees.Fit(ml.Data.LoadFromEnumerable(rows)));
        }

        var pipeline = ml.Transforms.NormalizeMeanVariance(nameof(Row.Features))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                NumberOfThreads = 1,
                L2Regularization = l2,
                L1Regularization = 0,
            }));
        return new DecisionModel(ml, pipeline.Fit(ml.Data.LoadFromEnumerable(rows)));
    }

    /// <summary>For each case, its best candidate and that candidate's probability (null where it has none).</summary>
    public IReadOnlyList<(int Candidate, double Probability)?> Best(IReadOnlyList<ActionCase> cases)
    {
        var rows = cases.SelectMany(c => c.Candidates.Select(candidate => Row.Of(candidate, false))).ToList();
        var probabilities = rows.Count == 0 ? [] : _model.Transform(_ml.Data.LoadFromEnumerable(rows)).GetColumn<float>("Probability").ToArray();
        var best = new List<(int, double)?>();
        var at = 0;
        foreach (var c in cases)
        {
            (int, double)? top = null;
            for (var i = 0; i < c.Candidates.Count; i++, at++)
            {
                if (top is null || probabilities[at] > top.Value.Item2)
                {
                    top = (i, probabilities[at]);
                }
            }

            best.Add(top);
        }

        return best;
    }

    public static float[] Features(EvidenceCandidate c)
    {
        static float F(bool b) => b ? 1 : 0;
        var delivers = c.ReportsDelivery || c.ReportsReceipt || c.StatusBeside;
        return
        [
            MathF.Log(1 + c.Rank), (float)c.ScoreShare, (float)c.Coverage, (float)c.CentreCoverage, (float)c.TitleShare,
            MathF.Log(1 + c.SharedWords), F(c.NamesSubject), F(c.SaysWhat), 1f / c.MeetingsLater, F(c.AtDueMeeting),
            F(c.ActionAsksDiscussion), F(c.AtDueMeeting && c.ActionAsksDiscussion), F(c.ReportsDelivery), F(c.ReportsReceipt),
            F(c.StatusBeside), F(c.ReportsPending), F(c.Restates), delivers ? (float)c.Coverage : 0,
        ];
    }

    /// <summary>The row ML.NET reads: the columns are its properties.</summary>
    private sealed class Row
    {
        [VectorType(FeatureCount)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public static Row Of(EvidenceCandidate c, bool positive) => new() { Features = DecisionModel.Features(c), Label = positive };
    }
}
