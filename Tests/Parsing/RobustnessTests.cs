using System.Text;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>The parser never throws, whatever it is given: it reads what it can and says what it could not.</summary>
public class RobustnessTests
{
    // The labelled minutes documents: the corpus also holds documents that are not minutes, which must not parse as minutes.
    private static readonly string[] CorpusFiles = CorpusEvaluator.FindDocuments([Parse.CorpusPath()])
        .Select(d => d.DocumentPath)
        .ToArray();

    private static readonly string[] CorpusLines = CorpusFiles
        .Where(f => f.EndsWith(".txt", StringComparison.Ordinal))
        .SelectMany(File.ReadAllLines)
        .ToArray();

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw(byte[] bytes, string name) =>
        Parses(bytes ?? [], name ?? "upload");

    [Property(MaxTest = 300)]
    public bool Random_text_never_throws(string text) =>
        Parses(Encoding.UTF8.GetBytes(text ?? ""), "minutes.txt");

    [Property(MaxTest = 200)]
    public Property Corpus_lines_shuffled_with_random_gaps_and_cells_still_parse() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(CorpusLines).Zip(Gen.Elements("\n", "\n\n", "\n\n\n\n\n", " | ", " |\n", "\n|\n", " "))).ToArbitrary(),
            pieces => Parses(Encoding.UTF8.GetBytes(string.Concat(pieces.Select(p => p.Item1 + p.Item2))), "minutes.txt"));

    [Property(MaxTest = 200)]
    public Property Every_corpus_document_cut_at_any_point_still_parses() =>
        Prop.ForAll(
            Gen.Elements(CorpusFiles).Zip(Gen.Choose(0, 10_000)).ToArbitrary(),
            pick =>
            {
                var bytes = File.ReadAllBytes(pick.Item1);
                var cut = bytes.AsSpan(0, (int)((long)bytes.Length * pick.Item2 / 10_000)).ToArray();
                return Parses(cut, Path.GetFileName(pick.Item1));
            });

    [Fact]
    public void Every_corpus_document_parses_whole()
    {
        foreach (var file in CorpusFiles)
        {
            var result = Parse.Bytes(File.ReadAllBytes(file), Path.GetFileName(file));
            Assert.True(result.Succeeded, $"{file}: {result.Failure?.Message}");
            Assert.NotEmpty(result.Meeting!.Items);
        }
    }

    private static bool Parses(byte[] bytes, string name)
    {
        var result = new MinutesParser().Parse(bytes, name);
        return result.Succeeded ^ (result.Failure is { Message.Length: > 0 });
    }
}
