using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;
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
        await foreach (var row in Table(StorageNames.MeetingsTable).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (ReadMeeting(row) is { } meeting)
            {
                meetings.Add(meeting);
            }
        }

        return meetings;
    }

    /// <summary>The meeting stored under <paramref name="key"/> with its items, resolutions, actions and attendance, or null when there is none.</summary>
    public async Task<MeetingContent?> GetAsync(MeetingKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var row = await Table(StorageNames.MeetingsTable).GetEntityIfExistsAsync<TableEntity>(key.Committee, key.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!row.HasValue || ReadMeeting(row.Value!) is not { } meeting)
        {
            return null;
        }

        var items = PartitionAsync(StorageNames.ItemsTable, key, cancellationToken);
        var resolutions = PartitionAsync(StorageNames.ResolutionsTable, key, cancellationToken);
        var actions = PartitionAsync(StorageNames.ActionsTable, key, cancellationToken);
        var attendance = PartitionAsync(StorageNames.AttendanceTable, key, cancellationToken);
        await Task.WhenAll(items, resolutions, actions, attendance).ConfigureAwait(false);

        // Row keys give the order: items 001, 002…; resolutions 001-01, 001-02…. Actions are keyed by a hash, so within
        // an item they keep no order of their own.
        var resolutionsByItem = resolutions.Result.ToLookup(r => r.GetString("Item") ?? r.RowKey.Split('-')[0], StringComparer.Ordinal);
        // Action rows are keyed by a hash of their text; their order in the item is kept in "Ordinal".
        var actionsByItem = actions.Result.OrderBy(r => r.GetInt32("Ordinal") ?? int.MaxValue).Select(ActionQueries.Read)
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

    private async Task<List<TableEntity>> PartitionAsync(string table, MeetingKey key, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key.Value}");
        await foreach (var row in Table(table).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return rows;
    }

    private static MeetingRecord? ReadMeeting(TableEntity row)
    {
        // The row key is the date with an optional sequence; a key that does not read as one is no meeting of ours.
        if (!MeetingKey.TryParse($"{row.PartitionKey}_{row.RowKey}", out var key))
        {
            return null;
        }

        return new MeetingRecord
        {
            Key = key,
            Status = row.GetString("Status") ?? MeetingStore.Writing,
            Scope = row.GetString("Scope"),
            Council = row.GetString("Council"),
            Committee = row.GetString("Committee"),
            Date = key.Date,
            StartTime = row.GetString("StartTime"),
            EndTime = row.GetString("EndTime"),
            Venue = row.GetString("Venue"),
            PreviousMinutesDate = row.GetString("PreviousMinutesDate"),
            ItemCount = row.GetInt32("ItemCount"),
            ResolutionCount = row.GetInt32("ResolutionCount"),
            ActionCount = row.GetInt32("ActionCount"),
            Source = row.GetString("Source"),
        };
    }

    private static ItemRecord ReadItem(TableEntity row, IEnumerable<TableEntity> resolutions, IEnumerable<ActionRecord> actions) => new()
    {
        Key = row.RowKey,
        Number = row.GetString("Number"),
        Title = row.GetString("Title"),
        Text = row.GetString("Text") ?? "",
        TextTruncated = row.GetBoolean("TextTruncated") ?? false,
        Bullets = JsonList<string>(row.GetString("Bullets")),
        Documents = JsonList<LinkedDocument>(row.GetString("Documents")),
        ActionOwner = row.GetString("ActionOwner"),
        Resolutions = resolutions.Select(r => new ResolutionRecord(r.GetString("Marker"), r.GetString("Text") ?? "")).ToList(),
        Actions = actions.ToList(),
    };

    private static AttendeeRecord ReadAttendee(TableEntity row) => new(
        row.GetString("Name") ?? row.RowKey,
        Enum.TryParse<AttendeeRole>(row.GetString("Role"), out var role) ? role : AttendeeRole.Member,
        row.GetString("Note"),
        row.GetBoolean("Substitute") ?? false);

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
