using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Scraping;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Meetings;

/// <summary>
/// The meetings the council's portal lists for each committee, held or to come, by the committee's slug: the scraper
/// records them, the follow-up log reads them for the day an action due "at the next meeting" falls on.
/// </summary>
public sealed class MeetingCalendar(StorageClients clients)
{
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.MeetingCalendarTable);

    /// <summary>Records what the portal lists for <paramref name="committee"/>: each meeting held or to come, none that was cancelled.</summary>
    internal async Task RecordAsync(string portal, string committee, IEnumerable<MeetingListing> listed, CancellationToken cancellationToken)
    {
        var partition = Slug.From(committee);
        var meetings = listed.ToList();
        await TableBatches.SubmitAsync(Table, meetings.Where(m => !m.Cancelled).Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
            new CalendarRow { PartitionKey = partition, RowKey = Key(m.Date), Portal = portal, MeetingId = m.Id, Committee = committee })), cancellationToken).ConfigureAwait(false);

        // A cancellation is rare; a delete of a row never written succeeds too.
        foreach (var cancelled in meetings.Where(m => m.Cancelled))
        {
            await Table.DeleteEntityAsync(partition, Key(cancelled.Date), ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records that the committee whose minutes are stored under <paramref name="committeeSlug"/> is the one the portal (or a
    /// clerk) calls <paramref name="namedAs"/>: minutes often head the committee otherwise than the portal lists it.
    /// </summary>
    public async Task AliasAsync(string committeeSlug, string namedAs, CancellationToken cancellationToken)
    {
        var other = Slug.From(namedAs);
        if (other != committeeSlug)
        {
            await Table.UpsertEntityAsync(new CalendarRow { PartitionKey = committeeSlug, RowKey = AliasPrefix + other, Committee = namedAs },
                TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The days <paramref name="committeeSlug"/>'s meetings are listed for, under its own name or another it is known by, in order.</summary>
    public async Task<IReadOnlyList<DateOnly>> DatesAsync(string committeeSlug, CancellationToken cancellationToken)
    {
        var (dates, aliases) = await PartitionAsync(committeeSlug, cancellationToken).ConfigureAwait(false);
        foreach (var alias in aliases)
        {
            dates.AddRange((await PartitionAsync(alias, cancellationToken).ConfigureAwait(false)).Dates);
        }

        return [.. dates.Distinct().Order()];
    }

    private async Task<(List<DateOnly> Dates, List<string> Aliases)> PartitionAsync(string partition, CancellationToken cancellationToken)
    {
        var dates = new List<DateOnly>();
        var aliases = new List<string>();
        await foreach (var row in Table.QueryAsync<CalendarRow>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"],
                           cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey.StartsWith(AliasPrefix, StringComparison.Ordinal))
            {
                aliases.Add(row.RowKey[AliasPrefix.Length..]);
            }
            else if (DateOnly.TryParseExact(row.RowKey, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
        }

        return (dates, aliases);
    }

    // The row of another name a committee is known by: "also-{slug}", beside its dated rows.
    private const string AliasPrefix = "also-";

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
