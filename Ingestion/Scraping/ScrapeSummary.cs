namespace CouncilMinutes.Ingestion.Scraping;

/// <summary>What a scraper run found and did: each meeting's outcome, and each committee that could not be read.</summary>
/// <param name="Portal">The portal's host.</param>
/// <param name="Committees">Committees looked at.</param>
/// <param name="Meetings">Every meeting seen, with its outcome, in the order they were finished.</param>
/// <param name="CommitteeFailures">Committees (or the committee list) the portal did not give: their meetings were not seen.</param>
/// <param name="DryRun">Nothing was written: <see cref="DocumentsUploaded"/> counts what would have been.</param>
public sealed record ScrapeSummary(
    string Portal,
    int Committees,
    IReadOnlyList<ScrapedMeeting> Meetings,
    IReadOnlyList<CommitteeFailure> CommitteeFailures,
    bool DryRun)
{
    public int MeetingsSeen => Meetings.Count;

    public int DocumentsUploaded => Count(ScrapeOutcome.Uploaded);

    public int SkippedUnchanged => Count(ScrapeOutcome.Unchanged);

    public int NotYetPublished => Count(ScrapeOutcome.NotYetPublished);

    public int Cancelled => Count(ScrapeOutcome.Cancelled);

    /// <summary>Meetings that failed plus committees that could not be read: the next run tries them again.</summary>
    public int Failed => Count(ScrapeOutcome.Failed) + CommitteeFailures.Count;

    /// <summary>Nothing at all came from the portal: it is down, or refuses us.</summary>
    public bool PortalUnreachable => CommitteeFailures.Count > 0 && CommitteeFailures.Count >= Committees && Meetings.Count == 0;

    private int Count(ScrapeOutcome outcome) => Meetings.Count(m => m.Outcome == outcome);
}

/// <summary>
/// One meeting the scraper saw and what became of it: the inbox blob its minutes went to (or are in, or would go to in a dry
/// run), the document fetched for them (the printed minutes, or the <c>GetMeeting</c> answer), and why it failed if it did.
/// </summary>
public sealed record ScrapedMeeting(
    int CommitteeId,
    string CommitteeTitle,
    int MeetingId,
    DateOnly Date,
    ScrapeOutcome Outcome,
    string? BlobName = null,
    Uri? SourceUrl = null,
    string? Error = null);

/// <summary>A committee whose meetings could not be listed (or the committee list itself, with no id): the URL and why.</summary>
public sealed record CommitteeFailure(int? CommitteeId, Uri Url, string Error);

/// <summary>What the scraper did with a meeting.</summary>
public enum ScrapeOutcome
{
    /// <summary>Its minutes went to the inbox (new, or changed since the last upload).</summary>
    Uploaded,

    /// <summary>Its minutes are in the inbox already, as they are now.</summary>
    Unchanged,

    /// <summary>The portal has no minutes for it yet; a later run looks again.</summary>
    NotYetPublished,

    /// <summary>The meeting did not take place.</summary>
    Cancelled,

    /// <summary>The portal's answer was missing, malformed or refused; a later run tries again.</summary>
    Failed,
}
