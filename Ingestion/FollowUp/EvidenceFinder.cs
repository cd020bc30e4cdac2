using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>
/// Finds, among the passages of a committee's later meetings, the one that shows an earlier action done or carried forward:
/// BM25 (Lucene) ranks the passages by the action's words, stemmed, and a passage counts only when it shares enough of the
/// action's distinctive words (<see cref="FollowUpOptions.MinCoverage"/>), since the wording of a later item differs from
/// the commitment's but names the same thing.
/// </summary>
public sealed partial class EvidenceFinder : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";
    private const string TitleField = "title";
    private const string OrdinalField = "n";

    /// <summary>How many ranked passages are looked at for the earliest meeting that holds evidence.</summary>
    private const int Candidates = 50;

    private readonly IReadOnlyList<EvidencePassage> _passages;
    private readonly FollowUpOptions _options;
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly HashSet<string> _commonTerms;

    private EvidenceFinder(IReadOnlyList<EvidencePassage> passages, FollowUpOptions options)
    {
        _passages = passages;
        _options = options;
        _commonTerms = new HashSet<string>(FollowUpVocabulary.CommonWords.SelectMany(Terms), StringComparer.Ordinal);
        var similarity = new BM25Similarity();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = similarity }))
        {
            for (var i = 0; i < passages.Count; i++)
            {
                writer.AddDocument(new Document
                {
                    new TextField(TextField, passages[i].Text, Field.Store.NO),
                    new TextField(TitleField, passages[i].ItemTitle ?? "", Field.Store.NO),
                    new StoredField(OrdinalField, i),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    /// <summary>An index over <paramref name="passages"/> (a committee's meetings).</summary>
    public static EvidenceFinder Over(IEnumerable<EvidencePassage> passages, FollowUpOptions? options = null) =>
        new([.. passages], options ?? new FollowUpOptions());

    /// <summary>The evidence for an action minuted on <paramref name="setAt"/>: the best passage of the earliest later meeting that has one, or null.</summary>
    public FollowUpFinding? Find(string actionText, DateOnly setAt)
    {
        ArgumentNullException.ThrowIfNull(actionText);
        var wanted = Terms(actionText).Where(t => !_commonTerms.Contains(t)).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count < _options.MinSharedWords)
        {
            return null;
        }

        var query = new BooleanQuery();
        foreach (var term in wanted)
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(TitleField, term)) { Boost = _options.TitleWeight }, Occur.SHOULD);
        }

        var found = new List<(EvidencePassage Passage, double Coverage, float Score)>();
        foreach (var hit in _searcher.Search(query, Candidates).ScoreDocs)
        {
            var passage = _passages[_searcher.Doc(hit.Doc).GetField(OrdinalField).GetInt32Value()!.Value];
            if (passage.MeetingDate <= setAt)
            {
                continue;
            }

            var shared = Terms(passage.Text).Concat(Terms(passage.ItemTitle ?? "")).Where(wanted.Contains).Distinct(StringComparer.Ordinal).Count();
            var coverage = (double)shared / wanted.Count;
            if (shared >= _options.MinSharedWords && coverage >= _options.MinCoverage)
            {
                found.Add((passage, coverage, hit.Score));
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        var earliest = found.Min(f => f.Passage.MeetingDate);
        var best = found.Where(f => f.Passage.MeetingDate == earliest).MaxBy(f => f.Score);
        var status = StillToDo().IsMatch(best.Passage.Text) ? FollowUpStatus.CarriedForward : FollowUpStatus.Done;
        return new FollowUpFinding(status, best.Passage, best.Coverage);
    }

    /// <summary>The analysed terms of <paramref name="text"/>: lower case, stemmed, without English stop words.</summary>
    private IEnumerable<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    // A later passage that still commits or waits ("would be brought back", "AS to obtain quotes", "an update was awaited")
    // carries the action forward; one that reports it ("The Board received the plan", "Completed") closes it.
    [GeneratedRegex(@"\b(?:will|would|shall)\b|\bto\s+be\s+\w+ed\b|\b[A-Z]{2,3}\s+to\s+[a-z]+|\b(?:deferred|postponed|ongoing|outstanding|in\s+progress|awaited|awaiting|not\s+yet|still\s+to|carried\s+forward|no\s+update|pending)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex StillToDo();
}

/// <summary>What a later meeting shows of an earlier action, and the passage that shows it.</summary>
public sealed record FollowUpFinding(FollowUpStatus Status, EvidencePassage Evidence, double Coverage);

/// <summary>Where an action stands.</summary>
public enum FollowUpStatus
{
    /// <summary>Set, not yet sent to its owner.</summary>
    Open,

    /// <summary>Sent to its owner; nothing since.</summary>
    Notified,

    /// <summary>A later meeting mentions it as still in progress or deferred.</summary>
    CarriedForward,

    /// <summary>A later meeting delivers it; the evidence says where.</summary>
    Done,

    /// <summary>The meeting it was due at is stored and shows nothing of it.</summary>
    Overdue,
}
