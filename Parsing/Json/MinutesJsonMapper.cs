using System.Globalization;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Json;

/// <summary>Writes a parsed meeting in the published JSON contract.</summary>
public static class MinutesJsonMapper
{
    public static MinutesJson ToJson(MeetingMinutes meeting, string? source = null, IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MinutesJson
        {
            Source = source,
            Council = meeting.Council,
            Committee = meeting.Committee,
            MeetingDate = Format(meeting.Date),
            StartTime = Format(meeting.StartTime),
            MeetingEndTime = Format(meeting.EndTime),
            Venue = meeting.Venue,
            PreviousMinutesDate = Format(meeting.PreviousMinutesDate),
            Scope = meeting.Scope == DocumentScope.WholeMeeting ? "whole-meeting" : "some-items",
            Items = meeting.Items.Select(ToJson).ToList(),
            Attendance = meeting.Attendance.IsEmpty ? null : ToJson(meeting.Attendance),
            Diagnostics = diagnostics?.Select(d => d.ToString()).ToList(),
        };
    }

    private static ItemJson ToJson(AgendaItem item) => new()
    {
        Number = item.Number,
        Title = item.Title,
        Resolutions = item.Resolutions.Select(r => r.Text).ToList(),
        Actions = item.Actions.Select(a => new ActionJson { Text = a.Text, Owner = a.Owner?.Name, Due = a.Due.Label }).ToList(),
        ActionOwner = item.ActionOwner,
        Text = item.Text.Length == 0 ? null : item.Text,
        Bullets = item.Bullets.Count == 0 ? null : item.Bullets.ToList(),
        Documents = item.Documents.Count == 0 ? null : item.Documents.Select(d => new DocumentJson(d.Title, d.Url, d.Size)).ToList(),
    };

    private static AttendanceJson ToJson(Attendance attendance) => new()
    {
        Present = Names(attendance.Present),
        Chair = attendance.Chair?.Name,
        ViceChair = attendance.ViceChair?.Name,
        Apologies = Names(attendance.Apologies),
        Officers = Names(attendance.Officers),
        AlsoAttending = Names(attendance.AlsoAttending),
        Substitutes = attendance.Substitutes.Count == 0 ? null : Names(attendance.Substitutes),
    };

    private static List<string> Names(IEnumerable<Attendee> people) =>
        people.Select(p => p.Note is null || !p.NoteInBrackets ? p.Name : $"{p.Name} ({p.Note})").ToList();

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
