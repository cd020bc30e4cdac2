using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CouncilMinutes.Web;

/// <summary>The handlers behind a digest's signed links: a page that asks (GET), and the answer recorded once (POST).</summary>
public static class ActionLinkPages
{
    public static async Task<IResult> AskAsync(string token, ActionLinks links, FollowUpLog followUp, CancellationToken cancellationToken)
    {
        var (refusal, entry, link) = await ReadAsync(token, links, followUp, cancellationToken).ConfigureAwait(false);
        return refusal ?? new RazorComponentResult<ActionLinkPage>(new { Entry = entry!, link!.Word, Token = token });
    }

    public static async Task<IResult> AnswerAsync(string token, [FromForm] string? note, ActionLinks links, FollowUpLog followUp, CancellationToken cancellationToken)
    {
        var (refusal, _, link) = await ReadAsync(token, links, followUp, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var trimmed = note?.Trim() ?? "";
        var said = trimmed.Length == 0 ? "said by its owner through the emailed link" : trimmed[..Math.Min(trimmed.Length, ActionLinkPage.MaxNote)];

        // The token names the request: posted twice (a double click, a retry), it is recorded once.
        var entry = await followUp.SetAsync(link!.ActionId, link.Word, said, token, cancellationToken).ConfigureAwait(false);
        return entry is null
            ? Gone()
            : new RazorComponentResult<ActionLinkPage>(new { Entry = entry, link.Word, Token = token, Recorded = true });
    }

    private static async Task<(IResult? Refusal, ActionLogEntry? Entry, ActionLink? Link)> ReadAsync(string token, ActionLinks links, FollowUpLog followUp,
        CancellationToken cancellationToken)
    {
        switch (links.Check(token, out var link))
        {
            case ActionLinkCheck.Expired:
                return (Message(StatusCodes.Status410Gone, "This link has expired",
                    "Links in a digest work for a limited time. Ask the clerk to record it, or use the newest digest's link."), null, null);
            case ActionLinkCheck.Valid:
                break;
            default:
                return (Message(StatusCodes.Status404NotFound, "This link does not work", "It may have been cut short by the mail program: copy the whole link from the email."), null, null);
        }

        return await followUp.GetAsync(link!.ActionId, cancellationToken).ConfigureAwait(false) is { } entry ? (null, entry, link) : (Gone(), null, null);
    }

    private static IResult Gone() =>
        Message(StatusCodes.Status404NotFound, "No such action", "The minutes that set this action have been read again and it is no longer in them.");

    private static RazorComponentResult<MessagePage> Message(int status, string title, string message) =>
        new(new { Title = title, Message = message }) { StatusCode = status };
}
