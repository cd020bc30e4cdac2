using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>
/// The running action log: each action followed from the meeting that set it to the meeting that closed it. Whenever a
/// meeting is stored, its committee's follow-ups are derived again from all its stored meetings (<see cref="FollowUpDerivation"/>),
/// so any order of ingestion, and any corrected meeting, converges on the same statuses. A change is written to the action's
/// row in <c>FollowUps</c> and to its history; an action that the meeting it was due at leaves undone sends its owner one reminder.
/// </summary>
public sealed partial class FollowUpLog(StorageClients clients, MeetingQueries meetings, ActionQueries actions, MeetingCalendar calendar,
    IOptions<FollowUpOptions> options, ILogger<FollowUpLog> logger)
{
    private const int Attempts = 3;

    // Enough to overlap the reads of a committee's meetings without flooding the account from one document.
    private const int MeetingsAtOnce = 4;

    private readonly FollowUpOptions _options = options.Value;

    private TableClient FollowUps => clients.Tables.GetTableClient(StorageNames.FollowUpsTable);

    private TableClient History => clients.Tables.GetTableClient(StorageNames.ActionHistoryTable);

    /// <summary>
    /// Derives the follow-ups of <paramref name="stored"/>'s committee again and writes what changed; queues a reminder per owner
    /// for the actions overdue at that meeting, or that became overdue now. Run again, it changes nothing and queues the same
    /// reminders (which the notifier sends once).
    /// </summary>
    public async Task<Reconciliation> ReconcileAsync(MeetingKey stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        for (var attempt = 1; ; attempt++)
        {
            var before = await StateAsync(stored.Committee, cancellationToken).ConfigureAwait(false);
            var contents = await ContentsAsync(before, cancellationToken).ConfigureAwait(false);
            var derived = FollowUpDerivation.Derive(contents, _options, await calendar.DatesAsync(stored.Committee, cancellationToken).ConfigureAwait(false));
            var changed = await WriteAsync(stored.Committee, derived, cancellationToken).ConfigureAwait(false);

            // A meeting of the committee completed while this ran: what was written may miss it, so derive again. A reconciliation
            // that started after that meeting completed writes after this one did, so the last word is always a whole one.
            if (attempt < Attempts && !before.SequenceEqual(await StateAsync(stored.Committee, cancellationToken).ConfigureAwait(false)))
            {
                continue;
            }

            var all = contents.SelectMany(m => m.Items.SelectMany(i => i.Actions)).ToDictionary(a => a.Id, StringComparer.Ordinal);
            var reminders = await QueueRemindersAsync(stored, derived, changed, all, cancellationToken).ConfigureAwait(false);
            var result = new Reconciliation(derived.Count, changed.Count, derived.Count(d => d.Status == FollowUpStatus.Done),
                derived.Count(d => d.Status == FollowUpStatus.CarriedForward), derived.Count(d => d.Status == FollowUpStatus.Overdue), reminders);
            LogReconciled(logger, stored.Committee, result.Actions, result.Changed, result.Done, result.Overdue, result.Reminders);
            return result;
        }
    }

    /// <summary>Records a person's word on an action; it holds over what the meetings show until they show something new.</summary>
    /// <param name="actionId">The action.</param>
    /// <param name="status">Their word.</param>
    /// <param name="note">Why, for the history.</param>
    /// <param name="once">
    /// Names a request that must count once however often it arrives (a link's token posted twice): when its event is in the
    /// history already, nothing changes. Null: each call is a new word.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The action and its follow-up now, or null when no action has that id.</returns>
    public async Task<ActionLogEntry?> SetAsync(string actionId, StatusOverride status, string? note, string? once, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(actionId);
        if (await actions.ByIdAsync(actionId, cancellationToken).ConfigureAwait(false) is not { } action || !MeetingKey.TryParse(action.MeetingKey, out var key))
        {
            return null;
        }

        var at = DateTimeOffset.UtcNow;
        var eventKey = once is null ? $"person-{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}" : $"person-once-{Hash(once, 20)}";
        if (once is not null && (await History.GetEntityIfExistsAsync<ActionEventRow>(actionId, eventKey, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue)
        {
            return await GetAsync(actionId, cancellationToken).ConfigureAwait(false);
        }

        var row = await RowAsync(key.Committee, actionId, cancellationToken).ConfigureAwait(false);
        // Merged: the matcher's columns are left as they are; a row the matcher has not written yet starts with the person's.
        await FollowUps.UpsertEntityAsync(new FollowUpRow
        {
            PartitionKey = key.Committee,
            RowKey = actionId,
            MeetingKey = action.MeetingKey,
            Override = status.ToString(),
            OverrideNote = note ?? "",
            OverrideAt = at,
            OverrideEvidence = ActionFollowUp.Fingerprint(row ?? new FollowUpRow()),
        }, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        await History.UpsertEntityAsync(new ActionEventRow
        {
            PartitionKey = actionId,
            RowKey = eventKey,
            MeetingKey = action.MeetingKey,
            Status = status.ToString(),
            At = at,
            Note = note ?? "",
            ByPerson = true,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return await GetAsync(actionId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One action with its follow-up and its history, oldest first; null when no action has that id.</summary>
    public async Task<ActionLogEntry?> GetAsync(string actionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(actionId);
        if (await actions.ByIdAsync(actionId, cancellationToken).ConfigureAwait(false) is not { } action || !MeetingKey.TryParse(action.MeetingKey, out var key))
        {
            return null;
        }

        var row = await RowAsync(key.Committee, actionId, cancellationToken).ConfigureAwait(false);
        var history = new List<ActionEvent> { new(key.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), "set", $"set at the meeting of {key.Date:d MMMM yyyy}", false, null) };
        if (action.NotifiedAt is { } notifiedAt)
        {
            history.Add(new ActionEvent(notifiedAt, ActionFollowUp.Name(FollowUpStatus.Notified), "its owner was sent it", false, null));
        }

        await foreach (var e in History.QueryAsync<ActionEventRow>(TableClient.CreateQueryFilter($"PartitionKey eq {actionId}"), cancellationToken: cancellationToken)
                           .ConfigureAwait(false))
        {
            var status = e.ByPerson ?? false
                ? Enum.TryParse<StatusOverride>(e.Status, out var word) ? ActionFollowUp.Name(word) : e.Status ?? ""
                : ActionFollowUp.TryParse(e.Status, out var s) ? ActionFollowUp.Name(s) : e.Status ?? "";
            var evidence = e.EvidenceMeeting is { Length: > 0 } m ? new ActionEvidence(m, e.EvidenceItemNumber, e.EvidenceItemTitle, e.EvidenceText ?? "") : null;
            history.Add(new ActionEvent(e.At ?? e.Timestamp ?? DateTimeOffset.MinValue, status, e.Note ?? "", e.ByPerson ?? false, evidence));
        }

        return new ActionLogEntry(action, ActionFollowUp.Of(row, ActionFollowUp.Notified(action.Status)), [.. history.OrderBy(h => h.At)]);
    }

    /// <summary>The follow-ups of <paramref name="list"/>, by action id: one query per committee among them.</summary>
    public async Task<IReadOnlyDictionary<string, ActionFollowUp>> ForAsync(IEnumerable<ActionRecord> list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var wanted = list.ToList();
        var rows = new Dictionary<string, FollowUpRow>(StringComparer.Ordinal);
        foreach (var committee in wanted.Select(a => MeetingKey.TryParse(a.MeetingKey, out var k) ? k.Committee : null).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            foreach (var row in await PartitionAsync(committee, cancellationToken).ConfigureAwait(false))
            {
                rows[row.RowKey] = row;
            }
        }

        return wanted.DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => ActionFollowUp.Of(rows.GetValueOrDefault(a.Id), ActionFollowUp.Notified(a.Status)), StringComparer.Ordinal);
    }

    /// <summary>The complete meetings of the committee, newest <see cref="FollowUpOptions.MaxMeetings"/>, each with its key and version.</summary>
    private async Task<List<MeetingRecord>> StateAsync(string committee, CancellationToken cancellationToken) =>
        [.. (await meetings.ListAsync(committee, null, cancellationToken).ConfigureAwait(false))
            .Where(m => m.IsComplete)
            .OrderBy(m => m.Date).ThenBy(m => m.Key.Sequence)
            .TakeLast(_options.MaxMeetings)];

    private async Task<List<MeetingContent>> ContentsAsync(IReadOnlyList<MeetingRecord> list, CancellationToken cancellationToken)
    {
        var contents = new MeetingContent?[list.Count];
        await Parallel.ForAsync(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = MeetingsAtOnce, CancellationToken = cancellationToken },
            async (i, ct) => contents[i] = await meetings.GetAsync(list[i].Key, ct).ConfigureAwait(false)).ConfigureAwait(false);

        // A meeting rewritten since it was listed reads as it now is; one deleted since is left out.
        return [.. contents.OfType<MeetingContent>().Where(c => c.Meeting.IsComplete)];
    }

    /// <summary>Writes the follow-ups that changed and their history, deletes those of actions no meeting has any more; returns the changed ones.</summary>
    private async Task<List<DerivedFollowUp>> WriteAsync(string committee, IReadOnlyList<DerivedFollowUp> derived, CancellationToken cancellationToken)
    {
        var stored = (await PartitionAsync(committee, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        var changed = new List<DerivedFollowUp>();
        var writes = new List<TableTransactionAction>();
        var events = new List<ActionEventRow>();
        var now = DateTimeOffset.UtcNow;
        foreach (var d in derived)
        {
            var row = Row(committee, d);
            var had = stored.GetValueOrDefault(d.ActionId);
            if (had is not null && Same(had, row))
            {
                continue;
            }

            changed.Add(d);
            writes.Add(new TableTransactionAction(TableTransactionActionType.UpsertMerge, row));
            if (d.Status != FollowUpStatus.Open || had is not null)
            {
                events.Add(Event(d, now));
            }

            if (had is { Override: { Length: > 0 } word } && had.OverrideEvidence == ActionFollowUp.Fingerprint(had))
            {
                events.Add(new ActionEventRow
                {
                    PartitionKey = d.ActionId, RowKey = $"lapsed-{ActionFollowUp.Fingerprint(row)}", MeetingKey = d.MeetingKey, Status = "lapsed", At = now,
                    Note = $"a person's '{(Enum.TryParse<StatusOverride>(word, out var said) ? ActionFollowUp.Name(said) : word)}' no longer holds: the meetings now show it {ActionFollowUp.Name(d.Status).Replace('_', ' ')}", ByPerson = false,
                });
            }
        }

        var kept = derived.Select(d => d.ActionId).ToHashSet(StringComparer.Ordinal);
        writes.AddRange(stored.Values.Where(r => !kept.Contains(r.RowKey))
            .Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new FollowUpRow { PartitionKey = committee, RowKey = r.RowKey }, ETag.All)));
        await TableBatches.SubmitAsync(FollowUps, writes, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = MeetingsAtOnce, CancellationToken = cancellationToken },
            async (e, ct) => await AddOnceAsync(e, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return changed;
    }

    /// <summary>
    /// Queues, per owner and meeting due at, one reminder of the actions overdue there: for the meeting just stored, and for any
    /// action that became overdue now (an earlier meeting stored late). The digest id is the owner's and the meeting's, so
    /// the notifier sends each owner one reminder per meeting however often it is queued.
    /// </summary>
    private async Task<int> QueueRemindersAsync(MeetingKey stored, IReadOnlyList<DerivedFollowUp> derived, IReadOnlyList<DerivedFollowUp> changed,
        IReadOnlyDictionary<string, ActionRecord> all, CancellationToken cancellationToken)
    {
        var newlyOverdue = changed.Where(c => c.Status == FollowUpStatus.Overdue).Select(c => c.ActionId).ToHashSet(StringComparer.Ordinal);
        var due = derived.Where(d => d.Status == FollowUpStatus.Overdue && (d.DueMeeting == stored.Value || newlyOverdue.Contains(d.ActionId)) && all.ContainsKey(d.ActionId)).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var standing = await ForAsync(due.Select(d => all[d.ActionId]), cancellationToken).ConfigureAwait(false);
        var messages = due.Where(d => standing[d.ActionId].NeedsReminder)
            .GroupBy(d => (all[d.ActionId].OwnerSlug, d.DueMeeting!))
            .Select(g =>
            {
                var first = all[g.First().ActionId];
                var dueAt = MeetingKey.TryParse(g.Key.Item2, out var k) ? k : stored;
                return new ActionDigestMessage
                {
                    DigestId = Hash($"overdue\n{g.Key.Item2}\n{g.Key.OwnerSlug}", 20),
                    MeetingKey = g.Key.Item2,
                    Committee = first.Committee,
                    MeetingDate = dueAt.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Owner = first.Owner,
                    OwnerSlug = g.Key.OwnerSlug,
                    ActionIds = [],
                    Overdue = [.. g.Select(d => new ActionRef(d.MeetingKey, d.ActionId)).OrderBy(r => r.MeetingKey, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)],
                };
            }).ToList();
        var queue = clients.Queues.GetQueueClient(StorageNames.ActionNotificationsQueue);
        await Task.WhenAll(messages.Select(m => queue.SendMessageAsync(m.ToJson(), cancellationToken))).ConfigureAwait(false);
        return messages.Count;
    }

    private static FollowUpRow Row(string committee, DerivedFollowUp d) => new()
    {
        PartitionKey = committee,
        RowKey = d.ActionId,
        MeetingKey = d.MeetingKey,
        Status = d.Status.ToString(),
        DueDate = d.Due.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        DueBasis = d.Due.Basis.ToString(),
        DueMeeting = d.DueMeeting ?? "",
        EvidenceMeeting = d.Evidence?.MeetingKey ?? "",
        EvidenceItemNumber = d.Evidence?.ItemNumber ?? "",
        EvidenceItemTitle = d.Evidence?.ItemTitle ?? "",
        EvidenceText = PropertyText.Fit(d.Evidence?.Text, out _),
    };

    /// <summary>Whether the derived columns are as stored (a person's columns are not the matcher's to compare).</summary>
    private static bool Same(FollowUpRow a, FollowUpRow b) =>
        a.MeetingKey == b.MeetingKey && a.Status == b.Status && a.DueDate == b.DueDate && a.DueBasis == b.DueBasis && a.DueMeeting == b.DueMeeting
        && a.EvidenceMeeting == b.EvidenceMeeting && a.EvidenceItemNumber == b.EvidenceItemNumber && a.EvidenceItemTitle == b.EvidenceItemTitle
        && a.EvidenceText == b.EvidenceText;

    /// <summary>The history event of a derived change, keyed by status and evidence so that deriving it again adds nothing.</summary>
    private static ActionEventRow Event(DerivedFollowUp d, DateTimeOffset at)
    {
        var why = d.Status switch
        {
            FollowUpStatus.Done => "a later meeting shows it done",
            FollowUpStatus.CarriedForward => "a later meeting shows it still in hand",
            FollowUpStatus.Overdue => $"the meeting it was due at ({d.DueMeeting}) does not show it done",
            _ => "no stored meeting shows it done or due any more",
        };
        return new ActionEventRow
        {
            PartitionKey = d.ActionId,
            RowKey = $"{d.Status}-{Hash($"{d.Evidence?.MeetingKey}\n{d.Evidence?.Text}\n{d.DueMeeting}", 16)}",
            MeetingKey = d.MeetingKey,
            Status = d.Status.ToString(),
            At = at,
            Note = why,
            ByPerson = false,
            EvidenceMeeting = d.Evidence?.MeetingKey,
            EvidenceItemNumber = d.Evidence?.ItemNumber,
            EvidenceItemTitle = d.Evidence?.ItemTitle,
            EvidenceText = d.Evidence is { } e ? PropertyText.Fit(e.Text, out _) : null,
        };
    }

    private async Task AddOnceAsync(ActionEventRow row, CancellationToken cancellationToken)
    {
        try
        {
            await History.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.EntityAlreadyExists)
        {
            // Derived before, by this or an earlier run: the history already says it, with the time it was first seen.
        }
    }

    private async Task<FollowUpRow?> RowAsync(string committee, string actionId, CancellationToken cancellationToken)
    {
        var row = await FollowUps.GetEntityIfExistsAsync<FollowUpRow>(committee, actionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    private async Task<List<FollowUpRow>> PartitionAsync(string committee, CancellationToken cancellationToken)
    {
        var rows = new List<FollowUpRow>();
        await foreach (var row in FollowUps.QueryAsync<FollowUpRow>(TableClient.CreateQueryFilter($"PartitionKey eq {committee}"), cancellationToken: cancellationToken)
                           .ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static string Hash(string text, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Followed up {Committee}: {Actions} actions, {Changed} changed, {Done} done, {Overdue} overdue, {Reminders} reminders queued")]
    private static partial void LogReconciled(ILogger logger, string committee, int actions, int changed, int done, int overdue, int reminders);
}

/// <summary>What one reconciliation of a committee found and did.</summary>
/// <param name="Actions">The committee's actions followed.</param>
/// <param name="Changed">Those whose follow-up changed.</param>
/// <param name="Done">Those the meetings show done.</param>
/// <param name="CarriedForward">Those the meetings show still in hand.</param>
/// <param name="Overdue">Those due at a stored meeting that does not show them done.</param>
/// <param name="Reminders">The reminders queued (one per owner and meeting due at).</param>
public sealed record Reconciliation(int Actions, int Changed, int Done, int CarriedForward, int Overdue, int Reminders);

/// <summary>One action as the log shows it: the action, where it stands, and how it got there.</summary>
public sealed record ActionLogEntry(ActionRecord Action, ActionFollowUp FollowUp, IReadOnlyList<ActionEvent> History);

/// <summary>A step of an action's history: when, the status it took (or a person's word), why, and the evidence.</summary>
public sealed record ActionEvent(DateTimeOffset At, string Status, string Note, bool ByPerson, ActionEvidence? Evidence);
