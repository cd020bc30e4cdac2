using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using CouncilMinutes.Parsing.Actions;
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
    private const int RankedCount = 50;

    /// <summary>How many passages after a row its status line may come (the row, the owner's initials, the status).</summary>
    private const int StatusReach = 3;

    /// <summary>The most words a status line beside a row has ("Amended agreement has been signed and payment made.").</summary>
    private const int MaxStatusWords = 10;

    /// <summary>The fewest distinctive words an action must have for a later passage to be judged a mere repeat of it.</summary>
    private const int MinRestatedWords = 4;

    private readonly IReadOnlyList<EvidencePassage> _passages;
    private readonly FollowUpOptions _options;
    private readonly Analyzer _analyzer = new MinutesAnalyzer(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly HashSet<string> _commonTerms;
    private readonly Dictionary<int, (HashSet<string> Centre, HashSet<string> Around)> _windows = [];

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

    /// <summary>
    /// The evidence for an action minuted on <paramref name="setAt"/>: the first later meeting with a passage that reports it
    /// delivered, else the first that mentions it as still to do, else null.
    /// </summary>
    public FollowUpFinding? Find(string actionText, DateOnly setAt)
    {
        ArgumentNullException.ThrowIfNull(actionText);
        var wanted = Wanted(actionText, setAt);
        if (wanted.Count < _options.MinSharedWords)
        {
            return null;
        }

        if (Guest(actionText, setAt) is { } guest)
        {
            return new FollowUpFinding(FollowUpStatus.Done, guest, 1);
        }

        var own = Own(wanted);
        var found = Ranked(actionText, wanted, setAt)
            .Where(m => m.Shared >= _options.MinSharedWords && m.NamesSubject && m.SaysWhat && m.CentreHit
                        && m.Coverage >= Math.Min(_options.MinCoverage, _options.MentionCoverage))
            .Select(m => (m.Ordinal, m.Passage, m.Coverage))
            .ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var byMeeting = found.GroupBy(f => f.Passage.MeetingDate).OrderBy(g => g.Key).ToList();
        var discussedAt = FollowUpCues.AsksDiscussion(actionText) ? DueMeeting(actionText, setAt) : null;
        foreach (var meeting in byMeeting)
        {
            // An action that puts a matter to a meeting ("to be discussed at the December meeting") is delivered by that meeting
            // taking it up, whatever it decides, but not by a passage there that puts it off again.
            var discussed = meeting.Key == discussedAt
                ? meeting.Where(f => f.Coverage >= _options.MinCoverage && !FollowUpCues.ReportsPending(f.Passage.Text) && !StillToDo().IsMatch(f.Passage.Text)).ToList()
                : [];
            if (discussed.Count > 0)
            {
                var best = discussed.MaxBy(f => f.Coverage);
                return new FollowUpFinding(FollowUpStatus.Done, best.Passage, best.Coverage);
            }

            var delivered = meeting.Where(f => f.Coverage >= _options.MinCoverage)
                .Select(f => (Evidence: Delivery(f.Ordinal, own), f.Coverage)).Where(f => f.Evidence is not null).ToList();
            if (delivered.Count > 0)
            {
                var best = delivered.MaxBy(f => f.Coverage);
                return new FollowUpFinding(FollowUpStatus.Done, best.Evidence!, best.Coverage);
            }
        }

        // Below the bar for done, a passage on the action's subject still shows that it was not forgotten: never overdue.
        var first = byMeeting[0].MaxBy(f => f.Coverage);
        var pending = first.Coverage >= _options.MinCoverage
                      && (FollowUpCues.ReportsPending(first.Passage.Text) || StillToDo().IsMatch(first.Passage.Text) || Restates(first.Passage, own));
        return new FollowUpFinding(pending ? FollowUpStatus.CarriedForward : FollowUpStatus.Open, first.Passage, first.Coverage);
    }

    /// <summary>
    /// For an action that invites someone by name, the first later passage where they come or answer: an invitation is
    /// delivered by the guest's visit, which the minutes tell in the guest's words, not the action's.
    /// </summary>
    private EvidencePassage? Guest(string actionText, DateOnly setAt)
    {
        if (FollowUpCues.Invitee(actionText) is not { } invitee)
        {
            return null;
        }

        var guest = FollowUpCues.GuestPattern(invitee);
        return _passages.Where(p => p.MeetingDate > setAt).FirstOrDefault(p => guest.IsMatch(p.Text));
    }

    /// <summary>
    /// Every later passage BM25 ranks for the action, with what the matcher weighs about each: the features a learned decision
    /// is trained on (<c>Experiments/FollowUpMatcher</c>).
    /// </summary>
    public IReadOnlyList<EvidenceCandidate> Candidates(string actionText, DateOnly setAt)
    {
        ArgumentNullException.ThrowIfNull(actionText);
        var wanted = Wanted(actionText, setAt);
        if (wanted.Count == 0)
        {
            return [];
        }

        var own = Own(wanted);
        var later = _passages.Select(p => p.MeetingDate).Where(d => d > setAt).Distinct().Order().ToList();
        var dueAt = DueMeeting(actionText, setAt);
        var asks = FollowUpCues.AsksDiscussion(actionText);
        var ranked = Ranked(actionText, wanted, setAt).ToList();
        var top = ranked.Count > 0 ? ranked.Max(m => m.Score) : 1;
        return ranked.Select((m, rank) =>
        {
            var restates = Restates(m.Passage, own);
            var titleTerms = Terms(m.Passage.ItemTitle ?? "").ToHashSet(StringComparer.Ordinal);
            return new EvidenceCandidate(m.Passage, rank, m.Score / top, m.Coverage, m.CentreCoverage,
                wanted.Keys.Count(titleTerms.Contains) / (double)wanted.Count, m.Shared, m.NamesSubject, m.SaysWhat,
                later.IndexOf(m.Passage.MeetingDate) + 1, m.Passage.MeetingDate == dueAt, asks,
                FollowUpCues.ReportsDelivery(m.Passage.Text) && !restates, FollowUpCues.ReportsReceipt(m.Passage.ItemTitle, m.Passage.Text),
                StatusBeside(m.Ordinal) is not null, FollowUpCues.ReportsPending(m.Passage.Text) || StillToDo().IsMatch(m.Passage.Text), restates);
        }).ToList();
    }

    /// <summary>The later passages BM25 ranks for the action's words, best first, each with how much of the action it covers.</summary>
    private IEnumerable<RankedPassage> Ranked(string actionText, Dictionary<string, double> wanted, DateOnly setAt)
    {
        var query = new BooleanQuery();
        foreach (var (term, weight) in wanted)
        {
            query.Add(new TermQuery(new Term(TextField, term)) { Boost = (float)weight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(TitleField, term)) { Boost = (float)weight * _options.TitleWeight }, Occur.SHOULD);
        }

        var selfScore = wanted.Sum(w => w.Value * Idf(w.Key));
        var own = Own(wanted);
        var names = Names(actionText);
        foreach (var hit in _searcher.Search(query, RankedCount).ScoreDocs)
        {
            var ordinal = _searcher.Doc(hit.Doc).GetField(OrdinalField).GetInt32Value()!.Value;
            var passage = _passages[ordinal];
            if (passage.MeetingDate <= setAt)
            {
                continue;
            }

            var (centre, around) = PassageTerms(ordinal);
            var shared = wanted.Where(w => centre.Contains(w.Key) || around.Contains(w.Key)).ToList();
            var coverage = shared.Sum(w => w.Value * Idf(w.Key) * (centre.Contains(w.Key) ? 1 : _options.NeighbourWeight)) / selfScore;
            var centreCoverage = shared.Where(w => centre.Contains(w.Key)).Sum(w => w.Value * Idf(w.Key)) / selfScore;
            // Words of what the action refers to help rank, but an action naming its own subject ("inform Longmores") needs it named.
            var namesSubject = own.Count == 0 || own.Any(t => centre.Contains(t) || around.Contains(t));
            // Names say who, not what: a passage sharing only the action's names ("Mike Pendock had shared a response") is about the
            // person, whatever the sentences beside it share.
            var saysWhat = shared.Any(w => !names.Contains(w.Key) && centre.Contains(w.Key));
            yield return new RankedPassage(ordinal, passage, hit.Score, coverage, centreCoverage, shared.Count, namesSubject, saysWhat,
                wanted.Keys.Any(centre.Contains));
        }
    }

    /// <summary>The action's own words, not those of its owner or of what it refers to.</summary>
    private static HashSet<string> Own(Dictionary<string, double> wanted) =>
        wanted.Where(w => w.Value >= 1).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);

    private readonly record struct RankedPassage(int Ordinal, EvidencePassage Passage, double Score, double Coverage, double CentreCoverage,
        int Shared, bool NamesSubject, bool SaysWhat, bool CentreHit);

    /// <summary>The later meeting the action is due at ("the next meeting", "the December meeting"), where it names one held.</summary>
    private DateOnly? DueMeeting(string actionText, DateOnly setAt)
    {
        var later = _passages.Select(p => p.MeetingDate).Where(d => d > setAt).Distinct().Order().ToList();
        var due = ActionDue.For(DueHintReader.Read(actionText, setAt), setAt, later.Count > 0 ? later[0] : null);
        if (due.MeetingIn(later) is { } meeting)
        {
            return meeting;
        }

        // "The December meeting", "the October agenda": the first later meeting held in that month.
        return MonthMeeting().Match(actionText) is { Success: true } named
               && DateTime.TryParseExact(named.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? later.Where(d => d.Month == month.Month).Cast<DateOnly?>().FirstOrDefault()
            : null;
    }

    /// <summary>
    /// The passage that shows the action delivered, given a later passage on it: the passage itself where it reports a delivery
    /// (and is no mere repeat of the action) or is a letter received (a reply to the one the action sent); else the status line
    /// written beside it ("Permission granted.", "Action closed"), as an action list or an update gives one; else null.
    /// </summary>
    private EvidencePassage? Delivery(int ordinal, IReadOnlySet<string> own)
    {
        var passage = _passages[ordinal];
        if ((FollowUpCues.ReportsDelivery(passage.Text) && !Restates(passage, own))
            || FollowUpCues.ReportsReceipt(passage.ItemTitle, passage.Text))
        {
            return passage;
        }

        return StatusBeside(ordinal);
    }

    /// <summary>
    /// The short status line that follows a passage in its item, past the owner's initials an action table prints between
    /// them ("BTFC agreement - AS to amend", "AS", "Amended agreement has been signed."), where it reports a delivery.
    /// </summary>
    private EvidencePassage? StatusBeside(int ordinal)
    {
        var row = _passages[ordinal];
        for (var next = ordinal + 1; next < _passages.Count && next <= ordinal + StatusReach; next++)
        {
            var cell = _passages[next];
            if (cell.MeetingKey != row.MeetingKey || cell.ItemNumber != row.ItemNumber || cell.ItemTitle != row.ItemTitle)
            {
                return null;
            }

            if (!OwnerCell().IsMatch(cell.Text))
            {
                return Words().Count(cell.Text) <= MaxStatusWords && FollowUpCues.ReportsDelivery(cell.Text) ? cell : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a later passage only repeats the action (an action list carried into the next minutes): it uses nearly all of the
    /// action's own words, so it says no more than the action did. A short action ("arrange a meeting with the school") is
    /// not judged so, since any report of it names the same few things.
    /// </summary>
    private bool Restates(EvidencePassage passage, IReadOnlySet<string> own)
    {
        if (own.Count < MinRestatedWords)
        {
            return false;
        }

        var terms = Terms(passage.Text).ToHashSet(StringComparer.Ordinal);
        return (double)own.Count(terms.Contains) / own.Count >= _options.RestatementShare;
    }

    /// <summary>
    /// The action's distinctive words, weighted: its own words count fully; its owner's name ("Cllr Webb will", "AS to") and the
    /// words of what it refers to (its item's title and the sentence before it, "The Clerk will chase.") count at
    /// <see cref="FollowUpOptions.ContextWeight"/>.
    /// </summary>
    private Dictionary<string, double> Wanted(string actionText, DateOnly setAt)
    {
        // Who is to do it says nothing of what is done: the report of it rarely names the owner, and the owner's other business does.
        var owner = Owner().Matches(actionText).SelectMany(m => Terms(m.Groups["who"].Value)).ToHashSet(StringComparer.Ordinal);
        var wanted = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms(actionText).Where(t => !_commonTerms.Contains(t)))
        {
            wanted[term] = owner.Contains(term) ? _options.ContextWeight : 1;
        }

        if (_options.ContextWeight > 0 && Source(actionText, setAt) is { } source)
        {
            var context = Terms(source.Previous).Concat(Terms(source.ItemTitle ?? ""))
                .Where(t => !_commonTerms.Contains(t) && !wanted.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);
            // What the action refers to weighs at most ContextWeight times what it says: a long preamble before a short action
            // would otherwise outweigh the action's own words, and a later passage on the preamble's topic would pass for its delivery.
            var said = wanted.Where(w => w.Value >= 1).Sum(w => Idf(w.Key));
            var around = context.Sum(Idf);
            var weight = said > 0 && around > 0 ? _options.ContextWeight * Math.Min(1, said / around) : _options.ContextWeight;
            foreach (var term in context)
            {
                wanted[term] = weight;
            }
        }

        return wanted;
    }

    /// <summary>
    /// The terms of the names in <paramref name="text"/>: its capitalised words (people, bodies, places, months) other than
    /// the first of a sentence or a dash-led heading.
    /// </summary>
    private HashSet<string> Names(string text) =>
        Name().Matches(text).SelectMany(m => Terms(m.Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The passage of the meeting on <paramref name="setAt"/> that minutes the action: the one holding its text, or held by it.</summary>
    private EvidencePassage? Source(string actionText, DateOnly setAt)
    {
        var action = Collapse(actionText);
        return _passages.Where(p => p.MeetingDate == setAt)
            .FirstOrDefault(p => Collapse(p.Text) is { Length: > 0 } text && (text.Contains(action, StringComparison.Ordinal) || action.StartsWith(text, StringComparison.Ordinal)));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The terms of a passage's sentence (with its item's title), and those of the sentences either side: the window a delivery is written in.</summary>
    private (HashSet<string> Centre, HashSet<string> Around) PassageTerms(int ordinal)
    {
        if (!_windows.TryGetValue(ordinal, out var terms))
        {
            var p = _passages[ordinal];
            terms = ([.. Terms(p.Text), .. Terms(p.ItemTitle ?? "")], [.. Terms(p.Previous), .. Terms(p.Next)]);
            _windows[ordinal] = terms;
        }

        return terms;
    }

    /// <summary>BM25's inverse document frequency of <paramref name="term"/> over the committee's passages: rare names weigh more than common words.</summary>
    private double Idf(string term)
    {
        var df = _reader.DocFreq(new Term(TextField, term));
        return Math.Log(1 + ((_reader.NumDocs - df + 0.5) / (df + 0.5)));
    }

    /// <summary>The analysed terms of <paramref name="text"/>: lower case, stemmed, without English stop words, synonyms as one.</summary>
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

    // The owner who opens an action or its clause: a councillor by title and name, or a member by initials ("HD to prioritise").
    [GeneratedRegex(@"(?:^|[.;:–-]\s+|\bthat\s+|\bAction\s+)(?<who>(?:County\s+)?(?:Cllrs?\.?|Councillors?)\s+[A-Z][\w’'-]+(?:\s+(?:&|and)\s+(?:Cllr\s+)?[A-Z][\w’'-]+)?|[A-Z]{2,3}(?:\s*(?:&|and|/)\s*[A-Z]{2,3})?)(?=\s+[a-z])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Owner();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:meeting|agenda)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MonthMeeting();

    // An action table's owner cell: initials only ("AS", "NO", "AS NS").
    [GeneratedRegex(@"^(?:[A-Z]{2,3}[\s,/&]*)+$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OwnerCell();

    [GeneratedRegex(@"\S+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Words();

    // A capitalised word not opening a sentence, a clause after a dash, or the text: "ask Ringway", "write to Mike Pendock".
    [GeneratedRegex(@"(?<!^|[.!?:–-]\s*|^\W*)\b[A-Z][\w’'&]*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Name();
}

/// <summary>A later passage ranked for an action, with the matcher's measures of it.</summary>
/// <param name="Passage">The later passage.</param>
/// <param name="Rank">Its place in BM25's ranking, 0 first.</param>
/// <param name="ScoreShare">Its BM25 score over the best candidate's.</param>
/// <param name="Coverage">The share of the action's distinctive words (by weight) in it and, at less weight, its neighbours.</param>
/// <param name="CentreCoverage">The same share, counting the passage itself only.</param>
/// <param name="TitleShare">The share of the action's words in its item's title.</param>
/// <param name="SharedWords">How many of the action's words it or its neighbours use.</param>
/// <param name="NamesSubject">Whether it names what the action names of its own (not only what the action refers to).</param>
/// <param name="SaysWhat">Whether it shares more than the action's names.</param>
/// <param name="MeetingsLater">Which later meeting holds it: 1 the next.</param>
/// <param name="AtDueMeeting">Whether that is the meeting the action was due at.</param>
/// <param name="ActionAsksDiscussion">Whether the action puts a matter to a meeting.</param>
/// <param name="ReportsDelivery">Whether it reports something delivered, and is no mere repeat of the action.</param>
/// <param name="ReportsReceipt">Whether it is a letter received.</param>
/// <param name="StatusBeside">Whether a status line beside it reports a delivery.</param>
/// <param name="ReportsPending">Whether it says something is still to do.</param>
/// <param name="Restates">Whether it only repeats the action.</param>
public sealed record EvidenceCandidate(EvidencePassage Passage, int Rank, double ScoreShare, double Coverage, double CentreCoverage, double TitleShare,
    int SharedWords, bool NamesSubject, bool SaysWhat, int MeetingsLater, bool AtDueMeeting, bool ActionAsksDiscussion, bool ReportsDelivery,
    bool ReportsReceipt, bool StatusBeside, bool ReportsPending, bool Restates);

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
