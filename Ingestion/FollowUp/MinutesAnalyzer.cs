using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>
/// The English analyser (lower case, stop words, Porter stems), with the words minutes use for one thing in one action and
/// another in its report (<see cref="FollowUpVocabulary.Synonyms"/>) read as one term.
/// </summary>
internal sealed class MinutesAnalyzer : AnalyzerWrapper
{
    private readonly Analyzer _english;
    private readonly IReadOnlyDictionary<string, string> _canonical;

    public MinutesAnalyzer(LuceneVersion version)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _english = new EnglishAnalyzer(version);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in FollowUpVocabulary.Synonyms)
        {
            var stems = group.SelectMany(Stems).ToList();
            foreach (var stem in stems)
            {
                canonical.TryAdd(stem, stems[0]);
            }
        }

        _canonical = canonical;
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => _english;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new CanonicalFilter(components.TokenStream, _canonical));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _english.Dispose();
        }

        base.Dispose(disposing);
    }

    private IEnumerable<string> Stems(string words)
    {
        var stems = new List<string>();
        using var stream = _english.GetTokenStream("", words);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(term.ToString());
        }

        stream.End();
        return stems;
    }

    /// <summary>Replaces each stem of a synonym group with the group's first.</summary>
    private sealed class CanonicalFilter(TokenStream input, IReadOnlyDictionary<string, string> canonical) : TokenFilter(input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            if (canonical.TryGetValue(_term.ToString(), out var replacement))
            {
                _term.SetEmpty().Append(replacement);
            }

            return true;
        }
    }
}
