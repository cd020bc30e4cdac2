using System.Globalization;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CouncilMinutes.Web.Clerks;

/// <summary>The clerks' pages: the quarantine queue with each document's reason, a form that mends one, and the failed notifications.</summary>
public static class ClerkPages
{
    /// <summary>The most documents the queue lists: more is a problem for the pipeline's owners, not a page.</summary>
    public const int MaxListed = 500;

    /// <summary>The longest committee name the form takes.</summary>
    public const int MaxCommittee = 200;

    public static async Task<IResult> QueueAsync(DocumentLedger ledger, CancellationToken cancellationToken)
    {
        var failed = new List<DocumentRecord>();
        await foreach (var record in ledger.ListAsync(StorageNames.InboxContainer, DocumentStatus.Failed, cancellationToken).ConfigureAwait(false))
        {
            failed.Add(record);
            if (failed.Count == MaxListed)
            {
                break;
            }
        }

        return new RazorComponentResult<ClerkQueuePage>(new { Documents = failed });
    }

    public static async Task<IResult> DocumentAsync(string name, DocumentLedger ledger, CancellationToken cancellationToken) =>
        await ledger.GetAsync(StorageNames.InboxContainer, name, cancellationToken).ConfigureAwait(false) is { } record
            ? new RazorComponentResult<ClerkDocumentPage>(new { Document = record })
            : SitePages.NotFound("No such document", "The inbox has no document of this name.");

    /// <summary>Sets the committee and date the clerk gave as the document's metadata, and reads it again at once.</summary>
    public static async Task<IResult> MendAsync([FromForm] string name, [FromForm] string? committee, [FromForm] string? date, DocumentLedger ledger,
        DocumentHints hints, IngestionService ingestion, CancellationToken cancellationToken)
    {
        if (await ledger.GetAsync(StorageNames.InboxContainer, name, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return SitePages.NotFound("No such document", "The inbox has no document of this name.");
        }

        DateOnly? day = null;
        string? problem = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            day = DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            problem = day is null ? "The date must be a day, as yyyy-mm-dd." : null;
        }

        committee = committee?.Trim();
        problem ??= committee?.Length > MaxCommittee ? $"The committee's name can be at most {MaxCommittee} characters."
            : string.IsNullOrEmpty(committee) && day is null ? "Give the committee, the meeting date or both." : null;
        if (problem is not null)
        {
            return new RazorComponentResult<ClerkDocumentPage>(new { Document = record, Problem = problem, Committee = committee, Date = date })
                { StatusCode = StatusCodes.Status400BadRequest };
        }

        if (!await hints.SetAsync(name, committee, day, cancellationToken).ConfigureAwait(false))
        {
            return SitePages.NotFound("No such document", "The inbox has no document of this name.");
        }

        var result = await ingestion.ProcessAsync(name, force: true, cancellationToken).ConfigureAwait(false);
        var now = await ledger.GetAsync(StorageNames.InboxContainer, name, cancellationToken).ConfigureAwait(false) ?? record;
        return new RazorComponentResult<ClerkDocumentPage>(new { Document = now, Result = result });
    }

    public static async Task<IResult> NotificationsAsync(NotificationLedger ledger, CancellationToken cancellationToken) =>
        new RazorComponentResult<ClerkNotificationsPage>(new { Failed = await ledger.ListAsync(true, cancellationToken).ConfigureAwait(false) });
}
