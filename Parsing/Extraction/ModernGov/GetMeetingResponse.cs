using System.Xml.Linq;

namespace CouncilMinutes.Parsing.Extraction.ModernGov;

/// <summary>A ModernGov web service <c>GetMeeting</c> response: the meeting, its agenda items and its attendees.</summary>
internal sealed record GetMeetingResponse(
    string? MeetingId,
    string? Date,
    string? Time,
    string? ActualStartTime,
    string? Location,
    string? Status,
    string? CommitteeTitle,
    IReadOnlyList<AgendaItemRecord> Items,
    IReadOnlyList<AttendeeRecord> Attendees)
{
    /// <summary>Reads the response from its root <c>&lt;meeting&gt;</c> element.</summary>
    public static GetMeetingResponse Read(XElement meeting, CancellationToken cancellationToken)
    {
        var items = new List<AgendaItemRecord>();
        foreach (var item in meeting.Element("agendaitems")?.Elements("agendaitem") ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            items.Add(AgendaItemRecord.Read(item));
        }

        var attendees = (meeting.Element("attendees")?.Elements("attendee") ?? []).Select(AttendeeRecord.Read).ToList();
        return new GetMeetingResponse(
            Value(meeting, "meetingid"),
            Value(meeting, "meetingdate"),
            Value(meeting, "meetingtime"),
            Value(meeting, "meetingactualstarttime"),
            Value(meeting, "meetinglocation"),
            Value(meeting, "meetingstatus"),
            Value(meeting, "committeetitle") ?? Value(meeting.Element("committee"), "committeetitle"),
            items,
            attendees);
    }

    /// <summary>An element's text, trimmed and entity-decoded, or null when it is missing or blank.</summary>
    public static string? Value(XElement? parent, string name)
    {
        var value = parent?.Element(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : EncodedHtml.DecodeText(value).Trim();
    }

    /// <summary>An element's raw text (markup left encoded as it came), or null when blank.</summary>
    public static string? Raw(XElement? parent, string name)
    {
        var value = parent?.Element(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}

/// <summary>One <c>&lt;agendaitem&gt;</c>: its number and title, minutes HTML, comments and linked files.</summary>
internal sealed record AgendaItemRecord(
    string? Title,
    string? DisplayNumber,
    string? ItemNumber,
    string? MinutesHtml,
    string? ReferToCommittee,
    IReadOnlyList<(string Label, string Text)> Comments,
    IReadOnlyList<LinkedDocumentRecord> Documents)
{
    public static AgendaItemRecord Read(XElement item)
    {
        var comments = new List<(string, string)>();
        foreach (var label in item.Elements().Where(e => e.Name.LocalName.StartsWith("commentlabel", StringComparison.Ordinal)))
        {
            var slot = label.Name.LocalName["commentlabel".Length..];
            var labelText = GetMeetingResponse.Value(item, label.Name.LocalName);
            var text = GetMeetingResponse.Raw(item, "commenttext" + slot);
            if (labelText is not null && text is not null)
            {
                comments.Add((labelText, text));
            }
        }

        var documents = (item.Element("linkeddocuments")?.Elements("linkeddoc") ?? [])
            .Select(d => new LinkedDocumentRecord(
                GetMeetingResponse.Value(d, "title"), GetMeetingResponse.Value(d, "url"), GetMeetingResponse.Value(d, "committeetitle")))
            .ToList();
        return new AgendaItemRecord(
            GetMeetingResponse.Value(item, "agendaitemtitle"),
            GetMeetingResponse.Value(item, "fulldisplaynumberformat"),
            GetMeetingResponse.Value(item, "agendaitemnumber"),
            GetMeetingResponse.Raw(item, "minutesnonemptyhtmlbody"),
            GetMeetingResponse.Value(item, "refertocommittee"),
            comments,
            documents);
    }
}

/// <summary>One <c>&lt;linkeddoc&gt;</c>: a file published with an item.</summary>
internal sealed record LinkedDocumentRecord(string? Title, string? Url, string? CommitteeTitle);

/// <summary>One <c>&lt;attendee&gt;</c>: a person invited to the meeting and what the clerk recorded of them.</summary>
internal sealed record AttendeeRecord(string? Name, string? RoleDescription, string? Attendance, string? MemberType)
{
    public static AttendeeRecord Read(XElement attendee) => new(
        Attribute(attendee, "name"), Attribute(attendee, "roledescription"), Attribute(attendee, "attendance"), Attribute(attendee, "membertype"));

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : EncodedHtml.DecodeText(value).Trim();
    }
}
