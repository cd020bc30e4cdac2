namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// A committee's row of <c>ScrapeState</c> (partition: portal host; row: <c>committee-{id}</c>): the scraper's cursor and its
/// last run. The table's meeting rows (<c>meeting-{id}</c>) stay <see cref="Azure.Data.Tables.TableEntity"/>: see <see cref="Scraping.ScrapeStateStore"/>.
/// </summary>
public sealed record CommitteeStateRow : TableRow
{
    /// <summary>The portal's id of the committee.</summary>
    public int? CommitteeId { get; init; }

    public string? Title { get; init; }

    public DateTimeOffset? LastRun { get; init; }

    /// <summary>Why the last run failed; empty when it did not.</summary>
    public string? LastError { get; init; }

    /// <summary><c>yyyy-MM-dd</c>: the day of the last run that covered its whole window and failed at nothing.</summary>
    public string? Cursor { get; init; }
}
