using System.Text.Json;
using System.Text.Json.Nodes;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.Queries;

/// <summary>
/// A stored meeting as JSON: the published contract of <c>minutes parse --json</c> (<see cref="MinutesJson"/>), built from
/// the table rows, with what only storage knows beside it: <c>meeting_key</c>, <c>status</c>, and each action's <c>id</c>,
/// <c>status</c> (<c>open</c>, <c>notified</c>, <c>carried_forward</c>, <c>done</c>, <c>overdue</c>), <c>due_date</c> and <c>evidence</c>.
/// </summary>
/// <remarks>
/// Built from the rows rather than read from a <c>minutes-parsed</c> blob: the rows are the meeting as it stands, merged from
/// every document read (a portal page for one item adds to the PDF's meeting), and carry the actions' status. The rows keep
/// item text to the table's property limit; the parsed blob of each document has all of it.
/// </remarks>
public static class MeetingJson
{
    public static MinutesJson Contract(MeetingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var meeting = content.Meeting;
        return new MinutesJson
        {
            Source = meeting.Source,
            Council = meeting.Council,
            Committee = meeting.Committee,
            MeetingDate = meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            StartTime = meeting.StartTime,
            MeetingEndTime = meeting.EndTime,
            Venue = meeting.Venue,
            PreviousMinutesDate = meeting.PreviousMinutesDate,
            Scope = meeting.Scope,
            Items = content.Items.Select(Item).ToList(),
            Attendance = content.Attendance.Count == 0 ? null : Attendance(content.Attendance),
        };
    }

    /// <summary>The contract with storage's fields: a JSON object that <see cref="MinutesJson.FromJson"/> still reads.</summary>
    /// <param name="content">The stored meeting.</param>
    /// <param name="followUps">Its actions' follow-ups by id; an action missing from it is open or notified, as its row says.</param>
    public static JsonObject ToJson(MeetingContent content, IReadOnlyDictionary<string, ActionFollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        ArgumentNullException.ThrowIfNull(content);
        var contract = JsonSerializer.SerializeToNode(Contract(content), MinutesJson.SerializerOptions)!.AsObject();
        var items = contract["items"]!.AsArray();
        for (var i = 0; i < content.Items.Count; i++)
        {
            var actions = items[i]!["actions"]!.AsArray();
            for (var a = 0; a < content.Items[i].Actions.Count; a++)
            {
                var action = content.Items[i].Actions[a];
                var followUp = followUps.GetValueOrDefault(action.Id) ?? ActionFollowUp.Of(null, ActionFollowUp.Notified(action.Status));
                actions[a]!["id"] = action.Id;
                actions[a]!["status"] = ActionFollowUp.Name(followUp.Status);
                actions[a]!["due_date"] = followUp.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                actions[a]!["evidence"] = followUp.Evidence is { } e
                    ? new JsonObject { ["meeting_key"] = e.MeetingKey, ["item_number"] = e.ItemNumber, ["item_title"] = e.ItemTitle, ["text"] = e.Text }
                    : null;
            }
        }

        var json = new JsonObject
        {
            ["meeting_key"] = content.Meeting.Key.Value,
            ["status"] = content.Meeting.Status,
        };
        foreach (var (name, value) in contract.ToList())
        {
            contract.Remove(name);
            json[name] = value;
        }

        return json;
    }

    private static ItemJson Item(ItemRecord item) => new()
    {
        Number = item.Number,
        Title = item.Title,
        Resolutions = item.Resolutions.Select(r => r.Text).ToList(),
        Actions = item.Actions.Select(a => new ActionJson { Text = a.Text, Owner = a.Owner, Due = a.Due }).ToList(),
        ActionOwner = item.ActionOwner,
        Text = item.Text.Length == 0 ? null : item.Text,
        Bullets = item.Bullets.Count == 0 ? null : item.Bullets.ToList(),
        Documents = item.Documents.Count == 0 ? null : item.Documents.Select(d => new DocumentJson(d.Title, d.Url, d.Size)).ToList(),
    };

    private static AttendanceJson Attendance(IReadOnlyList<AttendeeRecord> people)
    {
        List<string>? Names(Func<AttendeeRecord, bool> which) => people.Where(which).Select(Name).ToList() is { Count: > 0 } names ? names : null;

        return new AttendanceJson
        {
            Present = Names(p => p.Role is AttendeeRole.Member or AttendeeRole.Chair or AttendeeRole.ViceChair or AttendeeRole.Substitute),
            Chair = people.FirstOrDefault(p => p.Role == AttendeeRole.Chair)?.Name,
            ViceChair = people.FirstOrDefault(p => p.Role == AttendeeRole.ViceChair)?.Name,
            Apologies = Names(p => p.Role == AttendeeRole.Apology),
            Officers = Names(p => p.Role == AttendeeRole.Officer),
            AlsoAttending = Names(p => p.Role == AttendeeRole.AlsoAttending),
            Substitutes = Names(p => p.Substitute),
        };
    }

    private static string Name(AttendeeRecord person) => person.Note is null ? person.Name : $"{person.Name} ({person.Note})";
}
