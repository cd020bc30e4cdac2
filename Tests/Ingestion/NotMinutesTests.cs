using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>
/// A document is minutes only when it has their structure: the real agendas, reports, letters, newsletters, lists and
/// policies of <c>Corpus/not-minutes</c> are all refused as not minutes, and every labelled minutes document is accepted.
/// </summary>
public class NotMinutesTests
{
    public static TheoryData<string> NotMinutes => new(Directory.EnumerateFiles(Parse.CorpusPath("not-minutes"))
        .Where(f => !f.EndsWith(".md", StringComparison.Ordinal) || !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(NotMinutes))]
    public void A_real_document_that_is_not_minutes_is_refused_as_not_minutes(string name)
    {
        var result = Parse.Bytes(File.ReadAllBytes(Parse.CorpusPath("not-minutes", name)), name);

        Assert.True(result.Failure is not null || result.Evidence is { AreMinutes: false },
            $"{name} was read as minutes: {result.Evidence}");
    }

    [Fact]
    public void The_not_minutes_set_holds_at_least_thirty_real_documents() => Assert.True(NotMinutes.Count >= 30, $"{NotMinutes.Count} documents");

    [Fact]
    public void Every_labelled_minutes_document_the_parser_was_built_on_or_measured_by_is_accepted_as_minutes()
    {
        var refused = Refused(CorpusEvaluator.FindDocuments(new[] { "seeds", "dev", "printed", "holdout", "blind" }.Select(set => Parse.CorpusPath(set))));

        Assert.Empty(refused.Select(r => $"{r.Name}: {r.Result.Failure?.Message ?? r.Result.Evidence?.Missing}"));
    }

    /// <summary>
    /// The wide set's whole documents show layouts the parser does not read yet (attendance after "Welcome", minutes as
    /// Markdown with HTML in it): a few are refused until it does. A ratchet: lower these as the parser improves, never raise them.
    /// </summary>
    [Theory]
    [InlineData("tune", 4)]
    [InlineData("sealed", 2)]
    public void Few_documents_of_the_wide_set_are_refused_as_not_minutes(string part, int most)
    {
        // The sealed part is scored only as a whole: its refusals are counted, never named.
        var refused = Refused(CorpusEvaluator.FindDocuments([Parse.CorpusPath("wide", part)])).Count;

        Assert.True(refused <= most, $"{refused} documents of wide/{part} refused as not minutes; at most {most} may be");
    }

    private static List<(string Name, ParseResult Result)> Refused(IEnumerable<LabelledDocument> documents) => documents
        .Select(d => (d.Name, Result: Parse.Bytes(File.ReadAllBytes(d.DocumentPath), Path.GetFileName(d.DocumentPath))))
        .Where(r => r.Result.Evidence is not { AreMinutes: true })
        .ToList();
}
