using CouncilMinutes.Parsing.Evaluation;

namespace CouncilMinutes.Tests.Evaluation;

public sealed class CorpusEvaluatorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("minutes-eval-").FullName;

    [Fact]
    public void Finds_every_labelled_document_of_the_corpus_by_subset()
    {
        var documents = TestCorpus.Documents;

        Assert.Equal(5, documents.Count(d => d.Subset == "seeds"));
        Assert.Equal(28, documents.Count(d => d.Subset == "dev"));
        Assert.Equal(13, documents.Count(d => d.Subset == "holdout"));
        Assert.Equal(15, documents.Count(d => d.Subset == "blind"));
        Assert.Equal(["printed/halton-cyp-2024-09-09.docx", "printed/halton-cyp-2024-09-09.pdf"],
            documents.Where(d => d.Subset == "printed").Select(d => d.Name));
        Assert.EndsWith("halton-cyp-2024-09-09.pdf.json", documents.Single(d => d.Name.EndsWith(".pdf", StringComparison.Ordinal)).LabelPath, StringComparison.Ordinal);
        Assert.DoesNotContain(documents, d => d.Name.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_scores_each_format_and_each_body_apart()
    {
        var labels = TestCorpus.Documents.ToDictionary(d => d.DocumentPath, d => d.ReadLabel());

        var report = new CorpusEvaluator(path => labels[path]).Evaluate([Path.Combine(TestCorpus.Root, "seeds"), Path.Combine(TestCorpus.Root, "printed")]);

        Assert.Equal(["DOCX", "PDF", "text"], report.Formats.Keys);
        Assert.Equal((1, 1, 5), (report.Formats["DOCX"].Documents, report.Formats["PDF"].Documents, report.Formats["text"].Documents));
        Assert.Equal(7, Assert.Single(report.Bodies, b => b.Key == "Halton Borough Council").Value.Documents);
        Assert.Contains("by format:", report.ToTable(), StringComparison.Ordinal);
        Assert.Contains("by body:", report.ToTable(byBody: true), StringComparison.Ordinal);
        Assert.DoesNotContain("by body:", report.ToTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_labels_beside_each_kind_of_document()
    {
        Write("a/one.txt", "text");
        Write("a/one.json", "{}");
        Write("a/two.pdf", "%PDF");
        Write("a/two.pdf.json", "{}");
        Write("a/three.html", "<html/>");
        Write("a/three.html.json", "{}");
        Write("a/four.docx", "PK");
        Write("a/four.json", "{}");
        Write("b/five.xml", "<x/>");
        Write("b/five.json", "{}");
        Write("b/unlabelled.txt", "text");
        Write("top.txt", "text");
        Write("top.json", "{}");

        var documents = CorpusEvaluator.FindDocuments([_directory]);

        var root = Path.GetFileName(_directory);
        Assert.Equal(["a/one.txt", "a/three.html", "a/two.pdf", "b/five.xml", $"{root}/top.txt"], documents.Select(d => d.Name));
        Assert.Equal(["a", "a", "a", "b", root], documents.Select(d => d.Subset));
    }

    [Fact]
    public void A_subfolder_given_alone_is_its_own_subset()
    {
        var documents = CorpusEvaluator.FindDocuments([Path.Combine(TestCorpus.Root, "seeds")]);

        Assert.Equal(5, documents.Count);
        Assert.All(documents, d => Assert.Equal("seeds", d.Subset));
        Assert.StartsWith("seeds/000_", documents[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_directory_is_reported() =>
        Assert.Throws<FileNotFoundException>(() => CorpusEvaluator.FindDocuments([Path.Combine(_directory, "nowhere")]));

    [Fact]
    public void Document_the_parser_cannot_read_is_listed_and_all_its_items_missed()
    {
        Write("set/empty.txt", "");
        Write("set/empty.json", TestCorpus.Label("seeds/002_9a4f3b5bc54aca4e.txt").ToJson());

        var report = CorpusEvaluator.UsingParser().Evaluate([_directory]);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("set/empty.txt", failure.Document);
        Assert.Contains("empty", failure.Failure, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new SetScore(0, 0, 1), report.Overall.Items);
        Assert.Equal(new SetScore(0, 0, 2), report.Overall.Resolutions);
        Assert.Contains(failure.Document, report.ToTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parser_that_throws_is_a_failure_not_a_crash()
    {
        var report = new CorpusEvaluator(path => path.Contains("001_", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : null)
            .Evaluate([Path.Combine(TestCorpus.Root, "seeds")]);

        Assert.Equal(5, report.Overall.Failures);
        Assert.Contains(report.Failures, f => f.Failure!.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public void Min_f1_names_the_fields_below_it()
    {
        var labels = TestCorpus.Documents.ToDictionary(d => d.DocumentPath, d => d.ReadLabel());
        // A parser that finds every item but no resolutions, actions or attendance.
        var report = new CorpusEvaluator(path => labels[path] with
        {
            Items = labels[path].Items.Select(i => i with { Resolutions = [], Actions = [] }).ToList(),
            Attendance = null,
        }).Evaluate(TestCorpus.Sets);

        Assert.Equal(1.0, report.Overall.Items.F1);
        Assert.Equal(["resolutions", "actions", "attendance"], report.FieldsBelow(0.5));
        Assert.Empty(report.FieldsBelow(0.0));
        Assert.Equal(1.0, report.Subsets["seeds"].Items.F1);
        Assert.Equal(["resolutions"], EvaluationTargets.Seeds.Unmet(report.Subsets["seeds"]));
    }

    [Fact]
    public void Report_is_json_with_counts_rates_and_findings()
    {
        var label = TestCorpus.Label("dev/027_tunbridgewells_printed.txt");
        var predicted = label with { Items = label.Items.Skip(1).ToList() };
        var report = EvaluationReport.From([MinutesScorer.Score(label, predicted, "dev/027_tunbridgewells_printed.txt", "dev")]);

        using var json = System.Text.Json.JsonDocument.Parse(report.ToJson());

        var items = json.RootElement.GetProperty("overall").GetProperty("items");
        Assert.Equal(3, items.GetProperty("tp").GetInt32());
        Assert.Equal(1, items.GetProperty("fn").GetInt32());
        Assert.Equal(0.75, items.GetProperty("recall").GetDouble(), 12);
        Assert.True(json.RootElement.GetProperty("subsets").TryGetProperty("dev", out _));
        var finding = json.RootElement.GetProperty("documents")[0].GetProperty("findings")[0];
        Assert.Equal("items", finding.GetProperty("field").GetString());
        Assert.Equal("missed", finding.GetProperty("kind").GetString());
        Assert.Equal("PLA146/14 APOLOGIES", finding.GetProperty("expected").GetString());
        Assert.Contains("missed \"PLA146/14 APOLOGIES\"", ScoreTable.RenderFindings(report), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
