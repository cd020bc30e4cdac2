using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.Meetings;

/// <summary>A parsed meeting as the rows of each table; every row carries the write's version, so older rows can be told apart.</summary>
public sealed record MeetingRows(
    MeetingRow Meeting,
    IReadOnlyList<ItemRow> Items,
    IReadOnlyList<ResolutionRow> Resolutions,
    IReadOnlyList<AttendanceRow> Attendance,
    IReadOnlyList<ActionRow> Actions)
{
    /// <summary>Owner slug for actions whose minutes name no one: the fallback recipient gets them.</summary>
    public const string Unassigned = "unassigned";

    /// <summary>
    /// The shape of what a meeting writes (its tables and indexes), part of every meeting's version: changed when a write
    /// adds or moves rows, so that <c>minutes reprocess --all</c> writes every meeting again. 2: the <c>ActionIds</c> index.
    /// </summary>
    public const int Layout = 2;

    /// <summary>The rows of <paramref name="minutes"/> under <paramref name="key"/>, their items numbered from <paramref name="itemKeys"/>.</summary>
    /// <param name="minutes">The parsed meeting.</param>
    /// <param name="key">The meeting's identity.</param>
    /// <param name="version">This write's version (content hash and parser version).</param>
    /// <param name="itemKeys">The row key of each item; items a partial document shares with the stored meeting keep theirs.</param>
    /// <param name="source">The document the rows came from.</param>
    public static MeetingRows From(MeetingMinutes minutes, MeetingKey key, string version, IReadOnlyList<string> itemKeys, string source)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(itemKeys);
        var partition = key.Value;
        var items = new List<ItemRow>();
        var resolutions = new List<ResolutionRow>();
        var actions = new List<ActionRow>();
        for (var i = 0; i < minutes.Items.Count; i++)
        {
            var item = minutes.Items[i];
            var itemKey = itemKeys[i];
            var text = PropertyText.Fit(item.Text, out var truncated);
            items.Add(new ItemRow
            {
                PartitionKey = partition,
                RowKey = itemKey,
                Number = item.Number,
                Title = item.Title,
                Text = text,
                TextTruncated = truncated,
                Bullets = PropertyText.Fit(JsonSerializer.Serialize(item.Bullets), out _),
                Documents = PropertyText.Fit(JsonSerializer.Serialize(item.Documents), out _),
                ActionOwner = item.ActionOwner,
                ResolutionCount = item.Resolutions.Count,
                ActionCount = item.Actions.Count,
                Version = version,
            });

            for (var r = 0; r < item.Resolutions.Count; r++)
            {
                resolutions.Add(new ResolutionRow
                {
                    PartitionKey = partition,
                    RowKey = ResolutionKey(itemKey, r + 1),
                    Text = PropertyText.Fit(item.Resolutions[r].Text, out _),
                    Marker = item.Resolutions[r].Marker,
                    Item = itemKey,
                    ItemNumber = item.Number,
                    Version = version,
                });
            }

            for (var a = 0; a < item.Actions.Count; a++)
            {
                actions.Add(ActionOf(minutes, key, item, itemKey, item.Actions[a], version) with { Ordinal = a + 1 });
            }
        }

        var meeting = new MeetingRow
        {
            PartitionKey = key.Committee,
            RowKey = key.RowKey,
            Council = minutes.Council,
            Committee = minutes.Committee,
            Date = key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = Format(minutes.StartTime),
            EndTime = Format(minutes.EndTime),
            Venue = minutes.Venue,
            PreviousMinutesDate = minutes.PreviousMinutesDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ItemCount = minutes.Items.Count,
            ResolutionCount = resolutions.Count,
            ActionCount = actions.Count,
            Source = source,
            SourceUrl = minutes.SourceUrl,
            Version = version,
        };

        return new MeetingRows(meeting, items, resolutions, AttendanceRows(minutes.Attendance, partition, version), actions);
    }

    public static string ResolutionKey(string itemKey, int n) => $"{itemKey}-{n.ToString("D2", CultureInfo.InvariantCulture)}";

    public static string ItemKey(int ordinal) => ordinal.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>
    /// An action's identity: its meeting, its item (by number, else title) and its text. The same action read from a PDF
    /// and from a portal page is the same row, and keeps its status.
    /// </summary>
    public static string ActionId(MeetingKey key, AgendaItem item, string text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(item);
        var identity = $"{key.Value}\n{Slug.From(item.Number ?? item.Title ?? item.Ordinal.ToString(CultureInfo.InvariantCulture))}\n{Normalise(text)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }

    private static ActionRow ActionOf(MeetingMinutes minutes, MeetingKey key, AgendaItem item, string itemKey, ActionItem action, string version) => new()
    {
        PartitionKey = key.Value,
        RowKey = ActionId(key, item, action.Text),
        Text = PropertyText.Fit(action.Text, out _),
        Owner = action.Owner?.Name,
        OwnerSlug = action.Owner is { } owner && Slug.From(owner.Name) is { Length: > 0 } slug ? slug : Unassigned,
        OwnerSource = action.Owner?.Source.ToString(),
        Due = action.Due.Label,
        DueKind = action.Due.Kind.ToString(),
        Item = itemKey,
        ItemNumber = item.Number,
        ItemTitle = item.Title,
        Committee = minutes.Committee,
        MeetingDate = key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Version = version,
    };

    private static List<AttendanceRow> AttendanceRows(Attendance attendance, string partition, string version)
    {
        var rows = new List<AttendanceRow>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in attendance.Present.Concat(attendance.Apologies).Concat(attendance.Officers).Concat(attendance.AlsoAttending))
        {
            var slug = Slug.From(person.Name);
            if (slug.Length == 0 || !keys.Add(slug))
            {
                continue;
            }

            rows.Add(new AttendanceRow
            {
                PartitionKey = partition,
                RowKey = slug,
                Name = person.Name,
                Role = person.Role.ToString(),
                Note = person.Note,
                Substitute = attendance.Substitutes.Any(s => s.Name == person.Name),
                Version = version,
            });
        }

        return rows;
    }

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
