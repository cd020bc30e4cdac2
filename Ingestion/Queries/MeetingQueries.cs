using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.Queries;

/// <summary>Reads stored meetings back from the tables <see cref="MeetingStore"/> writes, for people and tools to look at.</summary>
/// <remarks>
/// Nothing here waits for a meeting being written: a reader gets what is there and <see cref="MeetingRecord.Status"/> says
/// whether it is complete.
/// </remarks>
public sealed class MeetingQueries(StorageClients clients)
{
    private TableClient Table(string name) => clients.Tables.GetTableClient(name);

    /// <summary>The meetings of a committee (by name or slug), oldest first; with a date, only that day's (a second meeting that day has its own key).</summary>
    public async Task<IReadOnlyList<MeetingRecord>> ListAsync(string committee, DateOnly? date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var slug = Slug.From(committee);
        var filter = date is { } day
            ? TableClient.CreateQueryFilter($"PartitionKey eq {slug} and RowKey ge {Day(day)} and RowKey lt {Day(day) + SequenceEnd}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {slug}");
        var meetings = new List<MeetingRecord>();
        await foreach (var row in Table(StorageNames.MeetingsTable).QueryAsync<MeetingRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (ReadMeeting(row) is { } meeting)
            {
                meetings.Add(meeting);
            }
        }

        return meetings;
    }

    /// <summary>Every committee with a stored meeting, by name, with how many meetings and the latest (a scan of the meetings table).</summary>
    public async Task<IReadOnlyList<CommitteeRecord>> CommitteesAsync(CancellationToken cancellationToken)
    {
        var meetings = new List<MeetingRecord>();
        string[] columns = [nameof(MeetingRow.PartitionKey), nameof(MeetingRow.RowKey), nameof(MeetingRow.Committee), nameof(MeetingRow.Council), nameof(MeetingRow.Status)];
        await foreach (var row in Table(StorageNames.MeetingsTable).QueryAsync<MeetingRow>(select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (ReadMeeting(row) is { } meeting)
            {
                meetings.Add(meeting);
            }
        }

        return [.. meetings.GroupBy(m => m.Key.Committee, StringComparer.Ordinal)
            .Select(g => new CommitteeRecord(g.Key, g.MaxBy(m => m.Date)!.Committee ?? g.Key, g.Select(m => m.Council).LastOrDefault(c => c is not null), g.Count(), g.Max(m => m.Date)))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The meeting stored under <paramref name="key"/> with its items, resolutions, actions and attendance, or null when there is none.</summary>
    public async Task<MeetingContent?> GetAsync(MeetingKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var row = await Table(StorageNames.MeetingsTable).GetEntityIfExistsAsync<MeetingRow>(key.Committee, key.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!row.HasValue || ReadMeeting(row.Value!) is not { } meeting)
        {
            return null;
        }

        var items = PartitionAsync<ItemRow>(StorageNames.ItemsTable, key, cancellationToken);
        var resolutions = PartitionAsync<ResolutionRow>(StorageNames.ResolutionsTable, key, cancellationToken);
        var actions = PartitionAsync<ActionRow>(StorageNames.ActionsTable, key, cancellationToken);
        var attendance = PartitionAsync<AttendanceRow>(StorageNames.AttendanceTable, key, cancellationToken);
        await Task.WhenAll(items, resolutions, actions, attendance).ConfigureAwait(false);

        // Row keys give the order: items 001, 002…; resolutions 001-01, 001-02…. Actions are keyed by a hash, so within
        // an item they keep no order of their own.
        var resolutionsByItem = resolutions.Result.ToLookup(r => r.Item ?? r.RowKey.Split('-')[0], StringComparer.Ordinal);
        // Action rows are keyed by a hash of their text; their order in the item is kept in "Ordinal".
        var actionsByItem = actions.Result.OrderBy(r => r.Ordinal ?? int.MaxValue).Select(ActionQueries.Read)
            .ToLookup(a => a.ItemKey ?? "", StringComparer.Ordinal);
        var itemRecords = items.Result
            .Select(row => ReadItem(row, resolutionsByItem[row.RowKey], actionsByItem[row.RowKey]))
            .ToList();
        var people = attendance.Result.Select(ReadAttendee).ToList();
        return new MeetingContent(meeting, itemRecords, people);
    }

    /// <summary>After every row key of one day ("2024-09-09", "2024-09-09-2"): '.' sorts just after '-'.</summary>
    private const string SequenceEnd = ".";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<List<TRow>> PartitionAsync<TRow>(string table, MeetingKey key, CancellationToken cancellationToken)
        where TRow : TableRow, new()
    {
        var rows = new List<TRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key.Value}");
        await foreach (var row in Table(table).QueryAsync<TRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return rows;
    }

    private static MeetingRecord? ReadMeeting(MeetingRow row)
    {
        // The row key is the date with an optional sequence; a key that does not read as one is no meeting of ours.
        if (!MeetingKey.TryParse($"{row.PartitionKey}_{row.RowKey}", out var key))
        {
            return null;
        }

        return new MeetingRecord
        {
            Key = key,
            Status = row.Status ?? MeetingStore.Writing,
            Scope = row.Scope,
            Council = row.Council,
            Committee = row.Committee,
            Date = key.Date,
            StartTime = row.StartTime,
            EndTime = row.EndTime,
            Venue = row.Venue,
            PreviousMinutesDate = row.PreviousMinutesDate,
            ItemCount = row.ItemCount,
            ResolutionCount = row.ResolutionCount,
            ActionCount = row.ActionCount,
            Source = row.Source,
            SourceUrl = row.SourceUrl,
            Version = row.Version,
        };
    }

    private static ItemRecord ReadItem(ItemRow row, IEnumerable<ResolutionRow> resolutions, IEnumerable<ActionRecord> actions) => new()
    {
        Key = row.RowKey,
        Number = row.Number,
        Title = row.Title,
        Text = row.Text ?? "",
        TextTruncated = row.TextTruncated ?? false,
        Bullets = JsonList<string>(row.Bullets),
        Documents = JsonList<LinkedDocument>(row.Documents),
        ActionOwner = row.ActionOwner,
        Resolutions = resolutions.Select(r => new ResolutionRecord(r.Marker, r.Text ?? "")).ToList(),
        Actions = actions.ToList(),
    };

    private static AttendeeRecord ReadAttendee(AttendanceRow row) => new(
        row.Name ?? row.RowKey,
        Enum.TryParse<AttendeeRole>(row.Role, out var role) ? role : AttendeeRole.Member,
        row.Note,
        row.Substitute ?? false);

    /// <summary>A list the store kept as JSON; empty when it is missing or was cut short to fit the property limit.</summary>
    private static List<T> JsonList<T>(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<T>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
