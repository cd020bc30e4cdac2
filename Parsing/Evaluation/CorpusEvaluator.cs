using CouncilMinutes.Parsing.Json;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>A minutes document with its hand-made label beside it.</summary>
/// <param name="DocumentPath">The document (.txt, .html, .xml, .pdf, .docx).</param>
/// <param name="LabelPath">Its label: <c>X.json</c> beside <c>X.txt</c>, or <c>X.pdf.json</c> beside <c>X.pdf</c>.</param>
/// <param name="Name">How the report names it: the path below the evaluated directory, starting with its subset ("seeds/001_….txt").</param>
/// <param name="Subset">The group it is reported under: the top-level folder below the evaluated directory, or that directory's own name.</param>
public sealed record LabelledDocument(string DocumentPath, string LabelPath, string Name, string Subset)
{
    public MinutesJson ReadLabel()
    {
        try
        {
            return MinutesJson.FromJson(File.ReadAllText(LabelPath));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"The label {LabelPath} is not valid label JSON: {e.Message}", e);
        }
    }
}

/// <summary>What was predicted for one document: the minutes, or why there are none.</summary>
public sealed record Prediction(MinutesJson? Minutes, string? Failure);

/// <summary>Runs a parser over every labelled document in some directories and scores it: the library behind <c>minutes eval</c>.</summary>
public sealed class CorpusEvaluator
{
    /// <summary>Label-bearing document types whose label may drop the extension (<c>X.json</c> beside <c>X.txt</c>).</summary>
    private static readonly HashSet<string> ShortLabelExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".xml" };

    private readonly Func<string, CancellationToken, Prediction> _predict;

    /// <summary>Scores the minutes <paramref name="predict"/> returns for a document path; null (or an exception) counts as a failure to read it.</summary>
    public CorpusEvaluator(Func<string, MinutesJson?> predict)
    {
        ArgumentNullException.ThrowIfNull(predict);
        _predict = (path, _) => predict(path) is { } minutes
            ? new Prediction(minutes, null)
            : new Prediction(null, "The parser produced no minutes.");
    }

    private CorpusEvaluator(Func<string, CancellationToken, Prediction> predict) => _predict = predict;

    /// <summary>Scores <see cref="MinutesParser"/> itself, as <c>minutes parse</c> would run it, without hints.</summary>
    public static CorpusEvaluator UsingParser(MinutesParser? parser = null)
    {
        parser ??= new MinutesParser();
        return new CorpusEvaluator((path, cancellationToken) =>
        {
            var fileName = Path.GetFileName(path);
            var result = parser.Parse(File.ReadAllBytes(path), fileName, cancellationToken: cancellationToken);
            return result switch
            {
                { Failure: { } failure } => new Prediction(null, failure.Message),
                { Meeting: { } meeting } => new Prediction(MinutesJsonMapper.ToJson(meeting, fileName, result.Diagnostics), null),
                _ => new Prediction(null, "The parser produced no minutes."),
            };
        });
    }

    /// <summary>Every document with a label beside it under <paramref name="paths"/> (directories, searched recursively, or single documents), in path order.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static IReadOnlyList<LabelledDocument> FindDocuments(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new List<LabelledDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var root = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (File.Exists(root))
            {
                var parent = Path.GetDirectoryName(root) ?? ".";
                var subset = Path.GetFileName(parent);
                Add(root, $"{subset}/{Path.GetFileName(root)}", subset);
                continue;
            }

            if (!Directory.Exists(root))
            {
                throw new FileNotFoundException($"No such file or directory: {path}", path);
            }

            var rootName = Path.GetFileName(root);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                var slash = relative.IndexOf('/', StringComparison.Ordinal);
                Add(file, slash < 0 ? $"{rootName}/{relative}" : relative, slash < 0 ? rootName : relative[..slash]);
            }
        }

        return found;

        void Add(string file, string name, string subset)
        {
            if (LabelFor(file) is { } label && seen.Add(file))
            {
                found.Add(new LabelledDocument(file, label, name, subset));
            }
        }
    }

    /// <summary>Finds, parses and scores every labelled document under <paramref name="paths"/>.</summary>
    public EvaluationReport Evaluate(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        EvaluationReport.From(FindDocuments(paths).Select(document => Evaluate(document, cancellationToken)).ToList());

    /// <summary>Parses and scores one labelled document. A parser that throws is reported as a failure, not rethrown.</summary>
    public DocumentEvaluation Evaluate(LabelledDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var label = document.ReadLabel();
        Prediction prediction;
        try
        {
            prediction = _predict(document.DocumentPath, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad document must not hide the scores of the rest: it is scored as unread and named in the report.
            prediction = new Prediction(null, $"The parser threw {e.GetType().Name}: {e.Message}");
        }

        return MinutesScorer.Score(label, prediction.Minutes, document.Name, document.Subset, prediction.Minutes is null ? prediction.Failure : null)
            with { Body = label.Council };
    }

    /// <summary>The label beside a document, or null: <c>X.ext.json</c>, or for text-like documents also <c>X.json</c>.</summary>
    private static string? LabelFor(string file)
    {
        var extension = Path.GetExtension(file);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (File.Exists(file + ".json"))
        {
            return file + ".json";
        }

        var shortLabel = Path.ChangeExtension(file, ".json");
        return ShortLabelExtensions.Contains(extension) && File.Exists(shortLabel) ? shortLabel : null;
    }
}
