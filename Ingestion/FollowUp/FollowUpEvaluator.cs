using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>
/// Scores the follow-up of actions on labelled runs of consecutive minutes (<c>Tests/Corpus/followup</c>): each meeting is
/// parsed, each labelled action followed through the later meetings, and what is found compared with the label.
/// </summary>
public sealed class FollowUpEvaluator(MinutesParser parser, FollowUpOptions? options = null)
{
    private const string LabelFile = "followup.json";

    /// <summary>Every committee under <paramref name="paths"/> (folders holding a <c>followup.json</c>), scored.</summary>
    public FollowUpReport Evaluate(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var committees = Committees(paths).Select(folder => EvaluateCommittee(folder, cancellationToken)).ToList();
        return new FollowUpReport(committees);
    }

    /// <summary>The committee folders under <paramref name="paths"/> (each holding a <c>followup.json</c>), in path order.</summary>
    public static IEnumerable<string> Committees(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"no such folder: {path}");
            }

            foreach (var label in Directory.EnumerateFiles(path, LabelFile, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                yield return Path.GetDirectoryName(label)!;
            }
        }
    }

    /// <summary>A committee's labels and the passages of its meetings as the parser reads them.</summary>
    public CommitteeRun Read(string folder, CancellationToken cancellationToken = default)
    {
        var labelPath = Path.Combine(folder, LabelFile);
        var label = JsonSerializer.Deserialize<FollowUpLabel>(File.ReadAllText(labelPath), LabelOptions)
                    ?? throw new InvalidDataException($"{labelPath} is empty.");
        var passages = new List<EvidencePassage>();
        foreach (var meeting in label.Meetings)
        {
            var hints = new SourceHints { Council = label.Council, Committee = label.Committee, MeetingDate = Date(meeting.Date) };
            var parsed = parser.Parse(File.ReadAllBytes(Path.Combine(folder, meeting.Document)), meeting.Document, hints, cancellationToken);
            if (parsed.Meeting is { } minutes)
            {
                passages.AddRange(EvidencePassage.Of(minutes, meeting.Date, Date(meeting.Date)));
            }
        }

        return new CommitteeRun(folder, label, passages);
    }

    private CommitteeFollowUp EvaluateCommittee(string folder, CancellationToken cancellationToken)
    {
        var run = Read(folder, cancellationToken);
        var dates = run.Label.Meetings.Select(m => Date(m.Date)).Order().ToList();

        // A meeting whose minutes gave no passage cannot show that an action is missing from it.
        var readable = run.Passages.Select(p => p.MeetingDate).ToHashSet();
        using var finder = EvidenceFinder.Over(run.Passages, options);
        var outcomes = run.Label.Actions.Select(action =>
        {
            var setAt = Date(action.Meeting);
            var finding = finder.Find(action.Text, setAt);
            var status = finding?.Status ?? Unresolved(action.Text, setAt, dates, readable);
            return new ActionOutcome(action, status, finding?.Evidence);
        }).ToList();
        return new CommitteeFollowUp(Path.GetRelativePath(Directory.GetCurrentDirectory(), folder), run.Label.Committee, outcomes);
    }

    /// <summary>With nothing found in any later meeting: overdue once the meeting it was due at is in the set and was read, else still open.</summary>
    private static FollowUpStatus Unresolved(string text, DateOnly setAt, IReadOnlyList<DateOnly> meetings, IReadOnlySet<DateOnly> readable)
    {
        var next = meetings.Where(d => d > setAt).Cast<DateOnly?>().FirstOrDefault();
        var due = ActionDue.For(DueHintReader.Read(text, setAt), setAt, next);
        return due.MeetingIn(meetings.Where(d => d > setAt)) is { } dueAt && readable.Contains(dueAt) ? FollowUpStatus.Overdue : FollowUpStatus.Open;
    }

    /// <summary>A labelled date (<c>yyyy-MM-dd</c>).</summary>
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions LabelOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}

/// <summary>A labelled committee read: its folder, its labels, and the passages of all its meetings.</summary>
public sealed record CommitteeRun(string Folder, FollowUpLabel Label, IReadOnlyList<EvidencePassage> Passages);

/// <summary>A committee's labels: its meetings and every action with what closed it (the schema of <c>Tests/Corpus/followup/README.md</c>).</summary>
public sealed record FollowUpLabel(string? Council, string Committee, IReadOnlyList<LabelledMeeting> Meetings, IReadOnlyList<LabelledAction> Actions);

/// <summary>A meeting of the run: its date and the document that records it.</summary>
public sealed record LabelledMeeting(string Date, string Document, string? Source);

/// <summary>An action as labelled: where it was set, its text, and what became of it.</summary>
public sealed record LabelledAction(string Meeting, string? Item, string Text, string Status, LabelledClosure? ClosedBy)
{
    /// <summary>The labelled status as the matcher names it.</summary>
    [JsonIgnore]
    public FollowUpStatus Expected => Status switch
    {
        "done" => FollowUpStatus.Done,
        "carried_forward" => FollowUpStatus.CarriedForward,
        "overdue" => FollowUpStatus.Overdue,
        _ => FollowUpStatus.Open,
    };
}

/// <summary>The later meeting and item that closed an action, and the words that show it.</summary>
public sealed record LabelledClosure(string Meeting, string? Item, string? ItemTitle, string Evidence);

/// <summary>What the matcher made of one labelled action.</summary>
public sealed record ActionOutcome(LabelledAction Label, FollowUpStatus Found, EvidencePassage? Evidence)
{
    /// <summary>
    /// Found done at the meeting the label names, by the labelled item (its number or title) or the labelled words; the parser
    /// may number a parish's items otherwise than the label, and an action list's row may sit in another item.
    /// </summary>
    public bool DoneRightly => DoneAtLabelledMeeting && Label.ClosedBy is { } closed && Evidence is { } evidence
                               && (Same(evidence.ItemNumber, closed.Item) || Same(evidence.ItemTitle, closed.ItemTitle) || Overlaps(evidence.Text, closed.Evidence));

    /// <summary>Found done by a passage of the meeting the label names, whichever its item.</summary>
    public bool DoneAtLabelledMeeting => Found == FollowUpStatus.Done && Label.ClosedBy is { } closed && Evidence?.MeetingKey == closed.Meeting;

    private static bool Same(string? found, string? labelled) =>
        found is not null && labelled is not null && string.Equals(found.Trim(), labelled.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Overlaps(string found, string labelled)
    {
        static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var (a, b) = (Collapse(found), Collapse(labelled));
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>One committee's outcomes.</summary>
public sealed record CommitteeFollowUp(string Folder, string Committee, IReadOnlyList<ActionOutcome> Outcomes);

/// <summary>Precision and recall of <c>done</c> (with the right evidence) and of <c>overdue</c>, overall and per committee.</summary>
public sealed record FollowUpReport(IReadOnlyList<CommitteeFollowUp> Committees)
{
    public IEnumerable<ActionOutcome> Outcomes => Committees.SelectMany(c => c.Outcomes);

    /// <summary>Of the actions found done, the share found done at the labelled meeting and item; of those labelled done, the share found so.</summary>
    public (double? Precision, double? Recall) Done => Rates(Outcomes, o => o.Found == FollowUpStatus.Done, o => o.Label.Expected == FollowUpStatus.Done, o => o.DoneRightly);

    /// <summary>As <see cref="Done"/>, counting evidence right when it is of the labelled meeting, whichever its item.</summary>
    public (double? Precision, double? Recall) DoneAtMeeting => Rates(Outcomes, o => o.Found == FollowUpStatus.Done, o => o.Label.Expected == FollowUpStatus.Done, o => o.DoneAtLabelledMeeting);

    /// <summary>Of the actions found overdue, the share labelled overdue; of those labelled overdue, the share found so.</summary>
    public (double? Precision, double? Recall) Overdue => Rates(Outcomes, o => o.Found == FollowUpStatus.Overdue, o => o.Label.Expected == FollowUpStatus.Overdue,
        o => o.Found == FollowUpStatus.Overdue && o.Label.Expected == FollowUpStatus.Overdue);

    private static (double?, double?) Rates(IEnumerable<ActionOutcome> outcomes, Func<ActionOutcome, bool> found, Func<ActionOutcome, bool> expected,
        Func<ActionOutcome, bool> right)
    {
        var list = outcomes.ToList();
        var correct = list.Count(right);
        var foundCount = list.Count(found);
        var expectedCount = list.Count(expected);
        return (foundCount == 0 ? null : (double)correct / foundCount, expectedCount == 0 ? null : (double)correct / expectedCount);
    }
}
