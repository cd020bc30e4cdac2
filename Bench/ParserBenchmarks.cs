using BenchmarkDotNet.Attributes;
using CouncilMinutes.Parsing;

namespace CouncilMinutes.Bench;

/// <summary>
/// Full parses (<see cref="MinutesParser.Parse"/>: sniff, extract, grammar) of the text, HTML, DOCX and
/// ModernGov XML inputs. Each operation parses every document of its set once, so MB/s is the set's byte
/// count over the mean; <see cref="Verdict"/> prints it after the run. PDF is in <see cref="PdfBenchmarks"/>,
/// beside its pdftotext baseline.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private readonly MinutesParser _parser = new();
    private IReadOnlyList<Document> _text = [];
    private IReadOnlyList<Document> _wideText = [];
    private IReadOnlyList<Document> _textAsOne = [];
    private IReadOnlyList<Document> _html = [];
    private IReadOnlyList<Document> _docx = [];
    private IReadOnlyList<Document> _xml = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Text();
        _wideText = Corpus.WideText();
        _textAsOne = Corpus.TextAsOneDocument();
        _html = Corpus.Html();
        _docx = Corpus.Docx();
        _xml = Corpus.ModernGovXml();

        // A parse that fails returns early and would look fast: refuse to time one.
        foreach (var document in _text.Concat(_wideText).Concat(_textAsOne).Concat(_html).Concat(_docx).Concat(_xml))
        {
            var result = _parser.Parse(document.Content, document.Name);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{document.Name} does not parse ({result.Failure?.Message}); the benchmark would time a rejection.");
            }
        }
    }

    /// <summary>Each labelled text file (seeds and dev) as its own document: the target's "text" figure.</summary>
    [Benchmark]
    public int Text() => ParseAll(_text);

    /// <summary>The wide set's text and Markdown, each as its own document: bodies and publishers the parser was not built on.</summary>
    [Benchmark]
    public int WideText() => ParseAll(_wideText);

    /// <summary>The same text as one long document, to show how the parse scales with length.</summary>
    [Benchmark]
    public int TextAsOneDocument() => ParseAll(_textAsOne);

    [Benchmark]
    public int Html() => ParseAll(_html);

    [Benchmark]
    public int Docx() => ParseAll(_docx);

    [Benchmark]
    public int ModernGovXml() => ParseAll(_xml);

    /// <summary>The inputs behind each benchmark method, for turning a mean time into MB/s.</summary>
    public static IReadOnlyList<Document> InputsOf(string benchmark) => benchmark switch
    {
        nameof(Text) => Corpus.Text(),
        nameof(WideText) => Corpus.WideText(),
        nameof(TextAsOneDocument) => Corpus.TextAsOneDocument(),
        nameof(Html) => Corpus.Html(),
        nameof(Docx) => Corpus.Docx(),
        nameof(ModernGovXml) => Corpus.ModernGovXml(),
        _ => throw new ArgumentOutOfRangeException(nameof(benchmark), benchmark, "Not a ParserBenchmarks method."),
    };

    // The item count is returned so the parse cannot be optimised away.
    private int ParseAll(IReadOnlyList<Document> documents)
    {
        var items = 0;
        foreach (var document in documents)
        {
            items += _parser.Parse(document.Content, document.Name).Meeting?.Items.Count ?? 0;
        }

        return items;
    }
}
