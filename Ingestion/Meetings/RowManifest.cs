using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Meetings;

/// <summary>
/// The row keys a meeting's stored version has in the Items, Resolutions and Attendance tables, kept on the meeting row,
/// so a rewrite knows which rows went stale without querying three partitions.
/// </summary>
public sealed record RowManifest(IReadOnlySet<string> Items, IReadOnlySet<string> Resolutions, IReadOnlySet<string> Attendance)
{
    public static RowManifest Of(MeetingRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new RowManifest(Keys(rows.Items), Keys(rows.Resolutions), Keys(rows.Attendance));
    }

    /// <summary>The manifest a meeting row carries, or null when it has none (written before manifests, or too long to keep).</summary>
    public static RowManifest? Read(MeetingRow? meeting) =>
        meeting is { ItemKeys: { } items, ResolutionKeys: { } resolutions, AttendanceKeys: { } attendance }
            ? new RowManifest(Split(items), Split(resolutions), Split(attendance))
            : null;

    /// <summary>The meeting row carrying this manifest; a manifest too long for a property is left out (the next rewrite queries).</summary>
    public MeetingRow ApplyTo(MeetingRow meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var (items, resolutions, attendance) = (Join(Items), Join(Resolutions), Join(Attendance));
        var fits = new[] { items, resolutions, attendance }.All(keys => keys.Length <= TableLimits.CharactersPerString);
        return fits
            ? meeting with { ItemKeys = items, ResolutionKeys = resolutions, AttendanceKeys = attendance }
            : meeting with { ItemKeys = null, ResolutionKeys = null, AttendanceKeys = null };
    }

    /// <summary>This manifest with a partial document's rows folded in: its items' resolutions replaced, the rest kept.</summary>
    public RowManifest With(RowManifest part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var touched = part.Items;
        return new RowManifest(
            Items.Union(part.Items).ToHashSet(StringComparer.Ordinal),
            Resolutions.Where(r => !touched.Contains(ItemOf(r))).Union(part.Resolutions).ToHashSet(StringComparer.Ordinal),
            Attendance);
    }

    /// <summary>Every row key of either manifest: what may exist while one version replaces the other.</summary>
    public RowManifest Union(RowManifest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RowManifest(
            Items.Union(other.Items).ToHashSet(StringComparer.Ordinal),
            Resolutions.Union(other.Resolutions).ToHashSet(StringComparer.Ordinal),
            Attendance.Union(other.Attendance).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The item a resolution row key belongs to ("003-02" belongs to "003").</summary>
    public static string ItemOf(string resolutionKey)
    {
        ArgumentNullException.ThrowIfNull(resolutionKey);
        return resolutionKey[..resolutionKey.LastIndexOf('-')];
    }

    private static string Join(IReadOnlySet<string> keys) => string.Join(',', keys.Order(StringComparer.Ordinal));

    private static HashSet<string> Keys(IEnumerable<ITableEntity> rows) => rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Split(string keys) =>
        keys.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
