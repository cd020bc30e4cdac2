using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>
/// What a committee's stored meetings show of each of their actions: its due day, and the later passage that shows it done or
/// carried forward, or that the meeting it was due at came and went without it. A function of the meetings alone, so the
/// same meetings give the same answer whatever order they were stored in.
/// </summary>
public static class FollowUpDerivation
{
    /// <summary>Every action of <paramref name="meetings"/> (one committee's complete meetings), followed through the later ones.</summary>
    /// <param name="meetings">The committee's stored meetings.</param>
    /// <param name="options">The matcher's settings.</param>
    /// <param name="calendar">The days the council's portal lists the committee's meetings for, held or to come.</param>
    public static IReadOnlyList<DerivedFollowUp> Derive(IReadOnlyList<MeetingContent> meetings, FollowUpOptions? options = null, IReadOnlyList<DateOnly>? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var ordered = meetings.OrderBy(m => m.Meeting.Date).ThenBy(m => m.Meeting.Key.Sequence).ToList();
        var passages = ordered.SelectMany(m => EvidencePassage.Of(AsMinutes(m), m.Meeting.Key.Value, m.Meeting.Date)).ToList();

        // A meeting whose minutes gave no passage cannot show that an action is missing from it.
        var readable = passages.Select(p => p.MeetingKey).ToHashSet(StringComparer.Ordinal);
        using var finder = EvidenceFinder.Over(passages, options);
        var derived = new List<DerivedFollowUp>();
        foreach (var meeting in ordered)
        {
            var setAt = meeting.Meeting.Date;
            var later = ordered.Where(m => m.Meeting.Date > setAt).ToList();
            var next = NextMeeting(later, setAt, calendar ?? []);
            foreach (var action in meeting.Items.SelectMany(i => i.Actions))
            {
                var due = ActionDue.For(Hint(action), setAt, next);
                var dueMeeting = due.MeetingIn(later.Select(m => m.Meeting.Date)) is { } day ? later.First(m => m.Meeting.Date == day).Meeting.Key.Value : null;
                var finding = finder.Find(action.Text, setAt);
                var status = finding?.Status switch
                {
                    FollowUpStatus.Done or FollowUpStatus.CarriedForward => finding.Status,
                    // A passage that mentions it, below the bar for carried forward, still shows it was not forgotten.
                    FollowUpStatus.Open => FollowUpStatus.Open,
                    _ when dueMeeting is not null && readable.Contains(dueMeeting) => FollowUpStatus.Overdue,
                    _ => FollowUpStatus.Open,
                };
                var evidence = status is FollowUpStatus.Done or FollowUpStatus.CarriedForward ? finding!.Evidence : null;
                derived.Add(new DerivedFollowUp(action.Id, meeting.Meeting.Key.Value, status, due, dueMeeting, evidence));
            }
        }

        return derived;
    }

    /// <summary>
    /// The committee's next meeting after <paramref name="setAt"/>: the first the portal lists, or the first later one stored if
    /// that comes sooner, unless its minutes approve those of a later day than <paramref name="setAt"/>, which shows a meeting
    /// in between that was never stored.
    /// </summary>
    private static DateOnly? NextMeeting(IReadOnlyList<MeetingContent> later, DateOnly setAt, IReadOnlyList<DateOnly> calendar)
    {
        var listed = calendar.Where(d => d > setAt).Order().Cast<DateOnly?>().FirstOrDefault();
        var stored = later.FirstOrDefault()?.Meeting is { } next
                     && !(DateOnly.TryParseExact(next.PreviousMinutesDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var approved)
                          && approved > setAt)
            ? next.Date
            : (DateOnly?)null;
        return stored is { } s && (listed is null || s < listed) ? s : listed;
    }

    /// <summary>The stored due hint; an action stored before hints had kinds has none.</summary>
    private static DueHint Hint(ActionRecord action) =>
        Enum.TryParse<DueKind>(action.DueKind, out var kind) ? new DueHint(kind, kind is DueKind.NextMeeting or DueKind.FutureMeeting ? null : action.Due) : DueHint.None;

    /// <summary>The stored meeting in the parser's shape, as far as passages need it.</summary>
    private static MeetingMinutes AsMinutes(MeetingContent meeting) => new()
    {
        Committee = meeting.Meeting.Committee,
        Date = meeting.Meeting.Date,
        Items = meeting.Items.Select(i => new AgendaItem
        {
            Number = i.Number,
            Title = i.Title,
            Text = i.Text,
            Bullets = i.Bullets,
            Resolutions = i.Resolutions.Select(r => new Resolution(r.Text, r.Marker)).ToList(),
            Actions = i.Actions.Select(a => new ActionItem(a.Text, null, DueHint.None)).ToList(),
        }).ToList(),
    };
}

/// <summary>What the meetings show of one action.</summary>
/// <param name="ActionId">The action's id.</param>
/// <param name="MeetingKey">The meeting that set it.</param>
/// <param name="Status">Open, carried forward, done or overdue.</param>
/// <param name="Due">When it falls due.</param>
/// <param name="DueMeeting">The stored meeting it was due at, if its due names one.</param>
/// <param name="Evidence">The passage that shows it done or carried forward.</param>
public sealed record DerivedFollowUp(string ActionId, string MeetingKey, FollowUpStatus Status, ActionDue Due, string? DueMeeting, EvidencePassage? Evidence);
