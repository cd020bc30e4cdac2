using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Parsing.Model;
using Microsoft.Extensions.Logging;

namespace CouncilMinutes.Ingestion.Meetings;

/// <summary>
/// Writes a meeting's rows so that a crash anywhere is repaired by running the write again, and readers can tell a
/// complete meeting from one being written: the meeting row says <c>Writing</c> first and <c>Complete</c> last (both
/// conditional on its ETag), the rows in between are idempotent upserts, and rows an earlier version had that this one
/// has not are deleted before the meeting is marked complete. <c>Writing</c> is also a lock: it names the document being
/// written and lapses after <see cref="LockDuration"/>, so two documents of one meeting (a PDF and its portal page) never
/// interleave their writes, and a writer that died is taken over. The same document's retry takes its own lock over at
/// once: the ledger's claim on the document already keeps a second worker of it out, and taking over is what a lapse
/// does anyway (the rows written are idempotent upserts, and the row manifest names what the dead write may have left).
/// </summary>
public sealed partial class MeetingStore(StorageClients clients, ILogger<MeetingStore> logger)
{
    public const string Writing = "Writing";
    public const string Complete = "Complete";

    /// <summary>The meeting row's scope once a whole document of it was read.</summary>
    private const string WholeMeeting = "whole-meeting";

    /// <summary>The meeting row's scope while only partial documents (an item's page) were read.</summary>
    private const string SomeItems = "some-items";

    private const int Attempts = 8;

    /// <summary>How long a writer's claim on a meeting lasts: far longer than a write takes, short enough to recover from a crash.</summary>
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(2);

    private TableClient Table(string name) => clients.Tables.GetTableClient(name);

    /// <summary>Stores the meeting under <paramref name="key"/>; returns the key used and the meeting's action rows.</summary>
    /// <exception cref="MeetingWriteConflictException">Other writers kept changing the meeting; retry later.</exception>
    /// <param name="minutes">The parsed meeting.</param>
    /// <param name="key">Its identity; a second meeting of the committee that day gets the next sequence.</param>
    /// <param name="version">This write's version; a meeting stored complete at this version is not written again.</param>
    /// <param name="source">The document it came from, which holds the meeting's lock while it writes; the caller holds the document's claim.</param>
    /// <param name="beforeComplete">Work done alongside the rows, and finished before the meeting says complete, only when it is written (the parsed JSON).</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write is repaired by the next.</param>
    public async Task<StoredMeeting> WriteAsync(MeetingMinutes minutes, MeetingKey key, string version, string source, Func<MeetingKey, CancellationToken, Task> beforeComplete,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beforeComplete);
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(source);
        var meetings = Table(StorageNames.MeetingsTable);
        var whole = minutes.Scope == DocumentScope.WholeMeeting;
        // The lock holder is the document, not this attempt: a worker that restarts after a crash must not wait out its own lock.
        var writer = source;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt - 2)), cancellationToken).ConfigureAwait(false);
            }

            (key, var stored) = await SameDayKeyAsync(meetings, key, minutes, cancellationToken).ConfigureAwait(false);
            if (stored is { Status: Complete } && stored.Version == version)
            {
                return new StoredMeeting(key, null, OwnerDigests.Read(stored));
            }

            if (stored is { Status: Writing } && stored.Writer != writer && stored.WritingUntil > DateTimeOffset.UtcNow)
            {
                // Another document of this meeting is being written: wait for it rather than interleave with it.
                LogConflict(logger, key.Value, attempt);
                continue;
            }

            var itemKeys = whole
                ? Enumerable.Range(1, minutes.Items.Count).Select(MeetingRows.ItemKey).ToList()
                : await ItemKeysAsync(key, minutes, cancellationToken).ConfigureAwait(false);
            var rows = MeetingRows.From(minutes, key, version, itemKeys, source);

            // While it is written, the row lists every row key either version may have left and keeps the stored digests, so a
            // writer that takes over after a crash sweeps what this one wrote.
            var previous = RowManifest.Read(stored);
            var digests = OwnerDigests.Read(stored);
            var writing = rows.Meeting with { Writer = writer, WritingUntil = DateTimeOffset.UtcNow + LockDuration, Digests = digests.ToJson() };
            writing = previous?.Union(RowManifest.Of(rows)).ApplyTo(writing) ?? writing;

            // The stored actions (whose statuses a rewrite keeps) are read while the lock is taken: no other writer can hold it
            // in between, since taking it is conditional on the row just read.
            var previousActions = stored is null ? Task.FromResult<IReadOnlyList<ActionRow>>([]) : ActionsAsync(key, cancellationToken);
            ETag? etag;
            try
            {
                etag = await MarkWritingAsync(meetings, writing, stored, whole, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await ((Task)previousActions).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (etag is null)
            {
                LogConflict(logger, key.Value, attempt);
                continue;
            }

            var actions = await WriteChildrenAsync(key, rows, version, whole, stored is null, await previousActions.ConfigureAwait(false), previous, beforeComplete, cancellationToken)
                .ConfigureAwait(false);
            var written = RowManifest.Of(rows);
            var manifest = whole || stored is null ? written : previous?.With(written);
            digests = digests.Next(key.Value, actions, source);
            if (await MarkCompleteAsync(meetings, key, etag.Value, manifest, digests, cancellationToken).ConfigureAwait(false))
            {
                return new StoredMeeting(key, actions, digests);
            }

            LogConflict(logger, key.Value, attempt);
        }

        throw new MeetingWriteConflictException(key);
    }

    /// <summary>
    /// The meeting's key and its stored row, if any. A second meeting of a committee on one day (both with start times,
    /// different ones) gets the next sequence.
    /// </summary>
    private static async Task<(MeetingKey Key, MeetingRow? Stored)> SameDayKeyAsync(TableClient meetings, MeetingKey key, MeetingMinutes minutes, CancellationToken cancellationToken)
    {
        var started = minutes.StartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        for (var sequence = key.Sequence; sequence < key.Sequence + 5; sequence++)
        {
            var candidate = key with { Sequence = sequence };
            var row = await meetings.GetEntityIfExistsAsync<MeetingRow>(candidate.Committee, candidate.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!row.HasValue)
            {
                return (candidate, null);
            }

            if (started is null || row.Value!.StartTime is not { } other || other == started)
            {
                return (candidate, row.Value);
            }
        }

        return (key, null);
    }

    /// <summary>The row key of each item of a partial document: the stored item with the same number (else title), or a new one.</summary>
    private async Task<List<string>> ItemKeysAsync(MeetingKey key, MeetingMinutes minutes, CancellationToken cancellationToken)
    {
        var stored = new List<ItemRow>();
        await foreach (var row in Table(StorageNames.ItemsTable).QueryAsync<ItemRow>(Partition(key), select: ["RowKey", "Number", "Title"], cancellationToken: cancellationToken)
                           .ConfigureAwait(false))
        {
            stored.Add(row);
        }

        var next = stored.Count == 0 ? 1 : stored.Max(r => int.Parse(r.RowKey, System.Globalization.CultureInfo.InvariantCulture)) + 1;
        var keys = new List<string>();
        foreach (var item in minutes.Items)
        {
            var match = stored.FirstOrDefault(r => item.Number is { } n && Same(r.Number, n))
                        ?? stored.FirstOrDefault(r => item.Title is { } t && Same(r.Title, t));
            keys.Add(match?.RowKey ?? MeetingRows.ItemKey(next++));
        }

        return keys;

        static bool Same(string? a, string b) => a is not null && Slug.From(a) == Slug.From(b);
    }

    private static async Task<ETag?> MarkWritingAsync(TableClient meetings, MeetingRow meeting, MeetingRow? stored, bool whole, CancellationToken cancellationToken)
    {
        meeting = meeting with { Status = Writing, Scope = whole ? WholeMeeting : SomeItems };
        try
        {
            if (stored is null)
            {
                return (await meetings.AddEntityAsync(meeting, cancellationToken).ConfigureAwait(false)).Headers.ETag;
            }

            // A partial document adds to the meeting: it must not blank what a whole document said. It is merged, and a merge
            // leaves the columns it sends as null as they were: what the document lacks, and the whole meeting's counts.
            if (!whole)
            {
                meeting = meeting with { ItemCount = null, ResolutionCount = null, ActionCount = null, Scope = stored.Scope ?? SomeItems };
            }

            var mode = whole ? TableUpdateMode.Replace : TableUpdateMode.Merge;
            return (await meetings.UpdateEntityAsync(meeting, stored.ETag, mode, cancellationToken).ConfigureAwait(false)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.EntityAlreadyExists || e.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied)
        {
            // Another writer added the row first, or changed it since it was read.
            return null;
        }
    }

    private static async Task<bool> MarkCompleteAsync(TableClient meetings, MeetingKey key, ETag etag, RowManifest? manifest, OwnerDigests digests, CancellationToken cancellationToken)
    {
        // Merged: the columns this leaves null keep what the write said.
        var complete = new MeetingRow { PartitionKey = key.Committee, RowKey = key.RowKey, Status = Complete, Digests = digests.ToJson() };
        complete = manifest?.ApplyTo(complete) ?? complete;
        try
        {
            await meetings.UpdateEntityAsync(complete, etag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied)
        {
            return false;
        }
    }

    // firstWrite: the meeting had no row before, so there is nothing of an earlier version to keep or sweep.
    // previousActions: the action rows stored before.
    // previous: the stored version's row keys, when its meeting row has them; without them the partitions are queried.
    // The tables are independent until the meeting row says Complete, so their requests overlap. Rows swept by key are never
    // rows this version writes, so they go alongside; a sweep that queries by version waits for the writes, lest it see a
    // row just before it is rewritten.
    private async Task<IReadOnlyList<ActionRow>> WriteChildrenAsync(
        MeetingKey key, MeetingRows rows, string version, bool whole, bool firstWrite, IReadOnlyList<ActionRow> previousActions, RowManifest? previous,
        Func<MeetingKey, CancellationToken, Task> beforeComplete, CancellationToken cancellationToken)
    {
        var touchedItems = rows.Items.Select(i => i.RowKey).ToHashSet(StringComparer.Ordinal);
        var actions = WriteActionsAsync(rows, previousActions, cancellationToken);
        var work = new List<Task>
        {
            UpsertAsync(StorageNames.ItemsTable, rows.Items, cancellationToken),
            UpsertAsync(StorageNames.ResolutionsTable, rows.Resolutions, cancellationToken),
            UpsertAsync(StorageNames.AttendanceTable, rows.Attendance, cancellationToken),
            actions,
            beforeComplete(key, cancellationToken),
        };
        if (!firstWrite)
        {
            work.Add(SweepActionsAsync(key, rows, version, whole, touchedItems, previousActions, cancellationToken));
            if (previous is not null)
            {
                var written = RowManifest.Of(rows);
                work.Add(DeleteKeysAsync<ResolutionRow>(StorageNames.ResolutionsTable, key,
                    previous.Resolutions.Where(r => (whole || touchedItems.Contains(RowManifest.ItemOf(r))) && !written.Resolutions.Contains(r)), cancellationToken));
                if (whole)
                {
                    work.Add(DeleteKeysAsync<ItemRow>(StorageNames.ItemsTable, key, previous.Items.Except(written.Items), cancellationToken));
                    work.Add(DeleteKeysAsync<AttendanceRow>(StorageNames.AttendanceTable, key, previous.Attendance.Except(written.Attendance), cancellationToken));
                }
            }
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        if (firstWrite)
        {
            return await actions.ConfigureAwait(false);
        }

        if (previous is null)
        {
            bool Stale(string? rowVersion, string item) => rowVersion != version && (whole || touchedItems.Contains(item));

            var sweeps = new List<Task> { DeleteAsync<ResolutionRow>(StorageNames.ResolutionsTable, key, r => Stale(r.Version, r.Item ?? r.RowKey), cancellationToken) };
            if (whole)
            {
                sweeps.Add(DeleteAsync<ItemRow>(StorageNames.ItemsTable, key, r => Stale(r.Version, r.RowKey), cancellationToken));
                sweeps.Add(DeleteAsync<AttendanceRow>(StorageNames.AttendanceTable, key, r => Stale(r.Version, r.RowKey), cancellationToken));
            }

            await Task.WhenAll(sweeps).ConfigureAwait(false);
        }

        // A partial document leaves the meeting's other items' actions in place: the outbox needs all of them.
        return whole ? await actions.ConfigureAwait(false) : await ActionsAsync(key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the action rows the new version no longer has with their id-index entries, and the owner-index entries of
    /// actions that went or changed owner (the index has no version of its own to sweep by). The actions were read before writing, so this needs no query.
    /// </summary>
    private Task SweepActionsAsync(MeetingKey key, MeetingRows rows, string version, bool whole, HashSet<string> touchedItems,
        IReadOnlyList<ActionRow> previousActions, CancellationToken cancellationToken)
    {
        var current = rows.Actions.ToDictionary(a => a.RowKey, StringComparer.Ordinal);
        var affected = previousActions.Where(p => whole || touchedItems.Contains(p.Item ?? "")).ToList();
        var gone = affected.Where(p => !current.ContainsKey(p.RowKey)).ToList();
        return Task.WhenAll(DeleteIgnoringMissingAsync(Table(StorageNames.ActionsTable),
            gone.Select(p => new TableTransactionAction(TableTransactionActionType.Delete, new ActionRow { PartitionKey = key.Value, RowKey = p.RowKey }, ETag.All)),
            cancellationToken),
        DeleteIgnoringMissingAsync(Table(StorageNames.ActionIdsTable),
            gone.Select(p => new TableTransactionAction(TableTransactionActionType.Delete, new ActionIdRow(p), ETag.All)), cancellationToken),
        DeleteIgnoringMissingAsync(Table(StorageNames.ActionsByOwnerTable),
            affected.Where(p => p.Version != version)
                .Where(p => !current.TryGetValue(p.RowKey, out var now) || now.OwnerSlug != p.OwnerSlug)
                .Select(p => new TableTransactionAction(TableTransactionActionType.Delete,
                    new ActionByOwnerRow { PartitionKey = p.OwnerSlug ?? MeetingRows.Unassigned, RowKey = ActionByOwnerRow.Key(p.MeetingDate, p.RowKey) }, ETag.All)),
            cancellationToken));
    }

    /// <summary>
    /// Writes the action rows and their owner and id indexes, each keeping the status the notifier gave it; a new one starts open.
    /// Returns the action rows as written.
    /// </summary>
    private async Task<IReadOnlyList<ActionRow>> WriteActionsAsync(MeetingRows rows, IReadOnlyList<ActionRow> previousActions, CancellationToken cancellationToken)
    {
        var previousById = previousActions.ToDictionary(a => a.RowKey, StringComparer.Ordinal);
        var actions = rows.Actions.Select(action => previousById.TryGetValue(action.RowKey, out var before)
                ? action with { Status = before.Status ?? ActionStatus.Open, NotifiedAt = before.NotifiedAt, Unassigned = before.Unassigned }
                : action with { Status = ActionStatus.Open })
            .ToList();

        await Task.WhenAll(
            UpsertAsync(StorageNames.ActionsTable, actions, cancellationToken),
            UpsertAsync(StorageNames.ActionsByOwnerTable, actions.Select(a => new ActionByOwnerRow(a)), cancellationToken),
            UpsertAsync(StorageNames.ActionIdsTable, actions.Select(a => new ActionIdRow(a)), cancellationToken)).ConfigureAwait(false);
        return actions;
    }

    private async Task UpsertAsync<TRow>(string table, IEnumerable<TRow> rows, CancellationToken cancellationToken)
        where TRow : TableRow =>
        await TableBatches.SubmitAsync(Table(table), rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken)
            .ConfigureAwait(false);

    private Task DeleteKeysAsync<TRow>(string table, MeetingKey key, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
        where TRow : TableRow, new() =>
        DeleteIgnoringMissingAsync(Table(table),
            rowKeys.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TRow { PartitionKey = key.Value, RowKey = k }, ETag.All)), cancellationToken);

    private async Task DeleteAsync<TRow>(string table, MeetingKey key, Func<TRow, bool> stale, CancellationToken cancellationToken)
        where TRow : TableRow, new()
    {
        var client = Table(table);
        var doomed = new List<TableTransactionAction>();
        await foreach (var row in client.QueryAsync<TRow>(Partition(key), select: ["PartitionKey", "RowKey", "Version", "Item"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (stale(row))
            {
                doomed.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TRow { PartitionKey = row.PartitionKey, RowKey = row.RowKey }, ETag.All));
            }
        }

        await DeleteIgnoringMissingAsync(client, doomed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes rows; a row another writer deleted first fails its transaction, so that batch is retried row by row.</summary>
    private static async Task DeleteIgnoringMissingAsync(TableClient table, IEnumerable<TableTransactionAction> deletions, CancellationToken cancellationToken)
    {
        foreach (var batch in TableBatches.Plan(deletions))
        {
            try
            {
                await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException)
            {
                foreach (var action in batch)
                {
                    await table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>The meeting's action rows as stored.</summary>
    public async Task<IReadOnlyList<ActionRow>> ActionsAsync(MeetingKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var actions = new List<ActionRow>();
        await foreach (var row in Table(StorageNames.ActionsTable).QueryAsync<ActionRow>(Partition(key), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            actions.Add(row);
        }

        return actions;
    }

    private static string Partition(MeetingKey key) => TableClient.CreateQueryFilter($"PartitionKey eq {key.Value}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting {MeetingKey} changed under write attempt {Attempt}; trying again")]
    private static partial void LogConflict(ILogger logger, string meetingKey, int attempt);
}

/// <summary>A meeting as stored: its key, its action rows and its owners' digests (for the notifications).</summary>
/// <param name="Key">The meeting's key.</param>
/// <param name="Actions">Its action rows as this write left them; null when it found the same version stored and wrote nothing.</param>
/// <param name="Digests">Its owners' digests and their senders.</param>
public sealed record StoredMeeting(MeetingKey Key, IReadOnlyList<ActionRow>? Actions, OwnerDigests Digests);

/// <summary>The status of an action: open until its owner is notified.</summary>
public static class ActionStatus
{
    public const string Open = "Open";
    public const string Notified = "Notified";
}

/// <summary>Other writers kept changing a meeting while this one wrote it. Transient: the next attempt will converge.</summary>
public sealed class MeetingWriteConflictException : Exception
{
    public MeetingWriteConflictException(MeetingKey key)
        : base($"Meeting {key} kept changing while it was written; the write will be retried.") => Key = key;

    public MeetingWriteConflictException() : base("A meeting kept changing while it was written.") { }

    public MeetingWriteConflictException(string message) : base(message) { }

    public MeetingWriteConflictException(string message, Exception inner) : base(message, inner) { }

    public MeetingKey? Key { get; }
}
