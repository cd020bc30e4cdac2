using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Search;
using CouncilMinutes.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CouncilMinutes.Web;

/// <summary>The HTML pages' handlers: each reads what it shows from storage and renders one page component.</summary>
public static class SitePages
{
    public static async Task<IResult> CommitteesAsync(MeetingQueries meetings, CancellationToken cancellationToken) =>
        Page<CommitteesPage>(new { Committees = await meetings.CommitteesAsync(cancellationToken).ConfigureAwait(false) });

    public static async Task<IResult> CommitteeAsync(string slug, MeetingQueries meetings, CancellationToken cancellationToken)
    {
        var list = await meetings.ListAsync(slug, null, cancellationToken).ConfigureAwait(false);
        return list.Count == 0 ? NotFound("No such committee", "No minutes of this committee are stored.") : Page<CommitteePage>(new { Meetings = list });
    }

    public static async Task<IResult> MeetingAsync(string key, MeetingQueries meetings, FollowUpLog followUp, CancellationToken cancellationToken)
    {
        if (!MeetingKey.TryParse(key, out var meetingKey) || await meetings.GetAsync(meetingKey, cancellationToken).ConfigureAwait(false) is not { } content)
        {
            return NotFound("No such meeting", "No meeting is stored under this address.");
        }

        var followUps = await followUp.ForAsync(content.Items.SelectMany(i => i.Actions), cancellationToken).ConfigureAwait(false);
        return Page<MeetingPage>(new { Content = content, FollowUps = followUps });
    }

    public static async Task<IResult> OwnerAsync(string slug, ActionQueries actions, FollowUpLog followUp, TimeProvider clock, CancellationToken cancellationToken)
    {
        var list = await actions.ByOwnerAsync(slug, false, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return NotFound("No such owner", "No actions are stored for this owner.");
        }

        var followUps = await followUp.ForAsync(list, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<(ActionRecord, ActionFollowUp)> listed = [.. list.Select(a => (a, followUps[a.Id]))];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Page<OwnerPage>(new { Name = list.FirstOrDefault(a => a.Owner is not null)?.Owner ?? "no one named", Slug = list[0].OwnerSlug, Actions = listed, Today = today });
    }

    public static async Task<IResult> ActionAsync(string id, FollowUpLog followUp, CancellationToken cancellationToken) =>
        await followUp.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } entry
            ? Page<ActionPage>(new { Entry = entry })
            : NotFound("No such action", "No action is stored under this address.");

    /// <summary>The most results a search shows.</summary>
    public const int MaxHits = 50;

    public static async Task<IResult> SearchAsync(string? q, MinutesSearch search, CancellationToken cancellationToken) =>
        Page<SearchPage>(new
        {
            Query = q,
            Hits = string.IsNullOrWhiteSpace(q) ? [] : await search.SearchAsync(q, MaxHits, cancellationToken).ConfigureAwait(false),
        });

    public static IResult NotFound(string title, string message) =>
        new RazorComponentResult<MessagePage>(new { Title = title, Message = message }) { StatusCode = StatusCodes.Status404NotFound };

    private static RazorComponentResult<TPage> Page<TPage>(object parameters) where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters);
}
