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

    /// <summary><c>/api/actions?owner=&amp;status=</c>: one owner's (name or slug) or every action, of one status or all.</summary>
    public static async Task<IResult> ActionsAsync(string? owner, string? status, ActionQueries actions, FollowUpLog followUp, CancellationToken cancellationToken)
    {
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
        return Json(new JsonArray([.. list.Where(a => wanted is null || followUps[a.Id].Status == wanted).Select(a => (JsonNode)Action(a, followUps[a.Id]))]));
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
