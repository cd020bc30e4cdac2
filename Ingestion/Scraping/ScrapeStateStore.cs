using System.Globalization;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>
/// A committee's row in <c>ScrapeState</c>: its cursor, the day of its last run that covered the whole window and failed at
/// nothing (the next window reaches back from there), and when and how its last run went.
/// </summary>
public sealed record CommitteeState(int CommitteeId, DateOnly? Cursor, DateTimeOffset? LastRun, string? LastError);

/// <summary>A meeting's row in <c>ScrapeState</c>: what was uploaded for it and how to ask the portal whether that changed.</summary>
public sealed record MeetingState
{
    public required int CommitteeId { get; init; }
    public required int MeetingId { get; init; }
    public required DateOnly MeetingDate { get; init; }

    /// <summary><see cref="ScrapeOutcome.Uploaded"/>, or <see cref="ScrapeOutcome.NotYetPublished"/> while the portal has no minutes.</summary>
    public required ScrapeOutcome Status { get; init; }

    public Uri? SourceUrl { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>SHA-256 of what was uploaded, hex.</summary>
    public string? ContentHash { get; init; }

    public string? BlobName { get; init; }
}

/// <summary>
/// The <c>ScrapeState</c> table: partition the portal's host, a row per committee (<c>committee-{id}</c>, a
/// <see cref="CommitteeStateRow"/>) and per meeting (<c>meeting-{id}</c>). Every write is an upsert of what is known now,
/// so a repeated run writes the same rows.
/// </summary>
public sealed class ScrapeStateStore(StorageClients clients)
{
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.ScrapeStateTable);

    public async Task<CommitteeState?> GetCommitteeAsync(string portal, int committeeId, CancellationToken cancellationToken)
    {
        var row = await GetAsync<CommitteeStateRow>(portal, CommitteeKey(committeeId), cancellationToken).ConfigureAwait(false);
        return row is null
            ? null
            : new CommitteeState(committeeId, DateOnly.TryParseExact(row.Cursor, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var cursor) ? cursor : null,
                row.LastRun, row.LastError);
    }

    /// <summary>Records a committee's run; a run that failed anywhere passes no cursor, which leaves the stored one as it was.</summary>
    public Task SaveCommitteeRunAsync(string portal, int committeeId, string title, DateTimeOffset ranAt, DateOnly? cursor, string? error, CancellationToken cancellationToken)
    {
        var row = new CommitteeStateRow
        {
            PartitionKey = Partition(portal),
            RowKey = CommitteeKey(committeeId),
            CommitteeId = committeeId,
            Title = title,
            LastRun = ranAt,
            LastError = error ?? "",
            Cursor = cursor?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        // Merge, so a run without a cursor (a null column) keeps the last good one.
        return Table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<MeetingState?> GetMeetingAsync(string portal, int meetingId, CancellationToken cancellationToken)
    {
        var row = await GetAsync<TableEntity>(portal, MeetingKey(meetingId), cancellationToken).ConfigureAwait(false);
        return row is null
            ? null
            : new MeetingState
            {
                CommitteeId = row.GetInt32("CommitteeId") ?? 0,
                MeetingId = meetingId,
                MeetingDate = DateOnly.ParseExact(row.GetString("MeetingDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Status = Enum.Parse<ScrapeOutcome>(row.GetString("Status")),
                SourceUrl = row.GetString("SourceUrl") is { Length: > 0 } url ? new Uri(url) : null,
                ETag = row.GetString("ETag"),
                LastModified = row.GetDateTimeOffset("LastModified"),
                ContentHash = row.GetString("ContentHash"),
                BlobName = row.GetString("BlobName"),
            };
    }

    public Task SaveMeetingAsync(string portal, MeetingState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);

        // A TableEntity, not a typed row: its "ETag" column (the portal's validator) is a name Azure.Data.Tables' typed
        // binding keeps for the entity's own ETag, so a typed property could neither write nor read it.
        var row = new TableEntity(Partition(portal), MeetingKey(state.MeetingId))
        {
            ["CommitteeId"] = state.CommitteeId,
            ["MeetingDate"] = state.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Status"] = state.Status.ToString(),
            ["SourceUrl"] = state.SourceUrl?.AbsoluteUri,
            ["ETag"] = state.ETag,
            ["LastModified"] = state.LastModified,
            ["ContentHash"] = state.ContentHash,
            ["BlobName"] = state.BlobName,
        };
        return Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<TRow?> GetAsync<TRow>(string portal, string rowKey, CancellationToken cancellationToken)
        where TRow : class, ITableEntity
    {
        var row = await Table.GetEntityIfExistsAsync<TRow>(Partition(portal), rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    private static string Partition(string portal) => TableKey.Escape(portal);

    private static string CommitteeKey(int committeeId) => TableKey.Escape(string.Create(CultureInfo.InvariantCulture, $"committee-{committeeId}"));

    private static string MeetingKey(int meetingId) => TableKey.Escape(string.Create(CultureInfo.InvariantCulture, $"meeting-{meetingId}"));
}
