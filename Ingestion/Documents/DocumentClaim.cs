using Azure;

namespace CouncilMinutes.Ingestion.Documents;

/// <summary>
/// A worker's claim on an inbox document (<see cref="DocumentLedger.ClaimAsync"/>): the record of this attempt and the ledger
/// row's ETag its outcome is written against; or, with no <see cref="Id"/>, the record of a read already done.
/// </summary>
/// <param name="Record">This attempt's record, or the stored one when <see cref="AlreadyDone"/>.</param>
/// <param name="Id">The claim's id; null when nothing was claimed.</param>
/// <param name="ETag">The ledger row's ETag after the claim.</param>
public sealed record DocumentClaim(DocumentRecord Record, string? Id, ETag ETag)
{
    /// <summary>This parser already read this content: nothing to do.</summary>
    public bool AlreadyDone => Id is null;
}
