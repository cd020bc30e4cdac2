using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Parsing.Json;

namespace CouncilMinutes.Tests.Evaluation;

/// <summary>The labelled corpus as copied beside the test binaries.</summary>
internal static class TestCorpus
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<LabelledDocument> Documents { get; } = CorpusEvaluator.FindDocuments([Root]);

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
