using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CouncilMinutes.Experiments.ActionClassifier;

/// <summary>The classifier's regularisation weights and the probability at or above which it calls a sentence an action.</summary>
internal sealed record ClassifierSettings(float L2, float L1, double Threshold)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"L2 {L2}, L1 {L1}, threshold {Threshold:0.00}");
}

/// <summary>A bag-of-n-grams logistic regression over a sentence and whether it is a decision: is it a follow-up action?</summary>
internal sealed class SentenceClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;

    private SentenceClassifier(MLContext ml, ITransformer model, DataViewSchema schema) => (_ml, _model, _schema) = (ml, model, schema);

    /// <summary>Trains on <paramref name="sentences"/>: their <see cref="Sentence.Positive"/> is the label.</summary>
    public static SentenceClassifier Train(IEnumerable<Sentence> sentences, float l2, float l1)
    {
        // A fixed seed and one thread, so a rerun gives the same weights and so the same table.
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(sentences.Select(SentenceRow.Of));
        var pipeline = ml.Transforms.Text.FeaturizeText("TextFeatures", nameof(SentenceRow.Text))
            .Append(ml.Transforms.Conversion.ConvertType("Decision", nameof(SentenceRow.IsDecision), DataKind.Single))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "Decision"))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(SentenceRow.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                L2Regularization = l2,
                L1Regularization = l1,
            }));
        return new SentenceClassifier(ml, pipeline.Fit(data), data.Schema);
    }

    /// <summary>The probability that each sentence is an action, in order.</summary>
    public float[] Probabilities(IReadOnlyList<Sentence> sentences)
    {
        if (sentences.Count == 0)
        {
            return [];
        }

        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(sentences.Select(SentenceRow.Of)));
        return scored.GetColumn<float>("Probability").ToArray();
    }

    /// <summary>Writes the trained pipeline (featuriser and weights) as an ML.NET model zip.</summary>
    public void Save(Stream destination) => _ml.Model.Save(_model, _schema, destination);

    /// <summary>The row ML.NET reads: the columns are its properties.</summary>
    private sealed class SentenceRow
    {
        public string Text { get; set; } = "";

        public bool IsDecision { get; set; }

        public bool Label { get; set; }

        public static SentenceRow Of(Sentence s) => new() { Text = s.Text, IsDecision = s.IsDecision, Label = s.Positive };
    }
}
