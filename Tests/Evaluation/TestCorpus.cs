using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Parsing.Json;

namespace CouncilMinutes.Tests.Evaluation;

/// <summary>The labelled corpus as copied beside the test binaries.</summary>
internal static class TestCorpus
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>
    /// The sets the scorer's own tests were written against. The wide set is left out: its labels were made by other
    /// readers for measuring, and the scorer's behaviour on them is measured with them, not asserted here.
    /// </summary>
    public static IReadOnlyList<string> Sets { get; } = new[] { "seeds", "dev", "printed", "holdout", "blind" }.Select(set => Path.Combine(Root, set)).ToList();

    /// <summary>The documents of <see cref="Sets"/>.</summary>
    public static IReadOnlyList<LabelledDocument> Documents { get; } = CorpusEvaluator.FindDocuments(Sets);

    public static MinutesJson Label(string name) => Documents.Single(d => d.Name == name).ReadLabel();

    /// <summary>Every document's name, for theories that run once per label.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var document in Documents)
        {
            data.Add(document.Name);
        }

        return data;
    }
}
