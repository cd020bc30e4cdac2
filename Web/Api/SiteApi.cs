using System.Globalization;
using System.Text.Json.Nodes;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Parsing.Json;
using Microsoft.AspNetCore.Http;

namespace CouncilMinutes.Web.Api;

/// <summary>The JSON API: a meeting in the contract of <c>minutes show --json</c>, and actions by owner and status.</summary>
public static class SiteApi
{
    public static async Task<IResult> MeetingAsync(string key, MeetingQueries meetings, FollowUpLog followUp, CancellationToken cancellationToken)
    {
        if (!MeetingKey.TryParse(key, out var meetingKey) || await meetings.GetAsync(meetingKey, cancellationToken).ConfigureAwait(false) is not { } content)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No meeting is stored under this key.");
        }

        var followUps = await followUp.ForAsync(content.Items.SelectMany(i => i.Actions), cancellationToken).ConfigureAwait(false);
        return Json(MeetingJson.ToJson(content, followUps));
    }

    /// <summary>How many actions a response holds unless <c>limit</c> asks for fewer or more.</summary>
    public const int DefaultLimit = 500;

    /// <summary>The most actions one response holds.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// <c>/api/actions?owner=&amp;status=&amp;limit=</c>: one owner's (name or slug) or every action, of one status or all, the
    /// first <c>limit</c> of them; <c>X-Total-Count</c> says how many there are.
    /// </summary>
    public static async Task<IResult> ActionsAsync(string? owner, string? status, int? limit, HttpResponse response, ActionQueries actions, FollowUpLog followUp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        FollowUpStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!ActionFollowUp.TryParse(status, out var parsed))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown status.",
                    detail: $"status is one of {string.Join(", ", Enum.GetValues<FollowUpStatus>().Select(ActionFollowUp.Name))}.");
            }

            wanted = parsed;
        }

        var list = string.IsNullOrWhiteSpace(owner)
            ? await actions.AllAsync(false, cancellationToken).ConfigureAwait(false)
            : await actions.ByOwnerAsync(owner, false, cancellationToken).ConfigureAwait(false);
        var followUps = await followUp.ForAsync(list, cancellationToken).ConfigureAwait(false);
        var matching = list.Where(a => wanted is null || followUps[a.Id].Status == wanted).ToList();
        response.Headers["X-Total-Count"] = matching.Count.ToString(CultureInfo.InvariantCulture);
        return Json(new JsonArray([.. matching.Take(Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit)).Select(a => (JsonNode)Action(a, followUps[a.Id]))]));
    }

    private static JsonObject Action(ActionRecord action, ActionFollowUp followUp) => new()
    {
        ["id"] = action.Id,
        ["meeting_key"] = action.MeetingKey,
        ["committee"] = action.Committee,
        ["meeting_date"] = action.MeetingDate,
        ["item_number"] = action.ItemNumber,
        ["item_title"] = action.ItemTitle,
        ["text"] = action.Text,
        ["owner"] = action.Owner,
        ["owner_slug"] = action.OwnerSlug,
        ["due"] = action.Due,
        ["due_date"] = followUp.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["status"] = ActionFollowUp.Name(followUp.Status),
        ["evidence"] = followUp.Evidence is { } e
            ? new JsonObject { ["meeting_key"] = e.MeetingKey, ["item_number"] = e.ItemNumber, ["item_title"] = e.ItemTitle, ["text"] = e.Text }
            : null,
    };

    private static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(MinutesJson.SerializerOptions), "application/json; charset=utf-8");
}
