using System.Globalization;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Web;

/// <summary>How stored values read on a page: dates as people write them, statuses in words.</summary>
public static class SiteText
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Status(FollowUpStatus status) => ActionFollowUp.Name(status).Replace('_', ' ');

    /// <summary>The heading of an owner's group of actions.</summary>
    public static string StatusHeading(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Overdue => "Overdue",
        FollowUpStatus.Open or FollowUpStatus.Notified => "To do",
        FollowUpStatus.CarriedForward => "In hand",
        _ => "Done",
    };

    /// <summary>Overdue first, done last.</summary>
    public static int Urgency(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Overdue => 0,
        FollowUpStatus.Open or FollowUpStatus.Notified => 1,
        FollowUpStatus.CarriedForward => 2,
        _ => 3,
    };

    /// <summary>When it is due, in words: a day, or the hint the minutes gave ("future meeting").</summary>
    public static string? Due(ActionRecord action, ActionFollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(followUp);
        return followUp.DueDate is { } day ? Date(day) : action.Due;
    }

    /// <summary>An action's follow-up, or what its row says when no meeting was reconciled yet.</summary>
    public static ActionFollowUp FollowUpOf(ActionRecord action, IReadOnlyDictionary<string, ActionFollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(followUps);
        return followUps.GetValueOrDefault(action.Id) ?? ActionFollowUp.Of(null, ActionFollowUp.Notified(action.Status));
    }

    public static string ItemHeading(ItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Join(" ", new[] { item.Number, item.Title ?? "Untitled item" }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>Attendance groups in the order minutes give them: the chair first.</summary>
    public static int RoleOrder(AttendeeRole role) => role switch
    {
        AttendeeRole.Chair => 0,
        AttendeeRole.ViceChair => 1,
        AttendeeRole.Member or AttendeeRole.Substitute => 2,
        AttendeeRole.Apology => 3,
        AttendeeRole.Officer => 4,
        _ => 5,
    };

    public static string Role(AttendeeRole role) => role switch
    {
        AttendeeRole.Chair => "Chair",
        AttendeeRole.ViceChair => "Vice-chair",
        AttendeeRole.Member or AttendeeRole.Substitute => "Members present",
        AttendeeRole.Apology => "Apologies",
        AttendeeRole.Officer => "Officers",
        AttendeeRole.AlsoAttending => "Also attending",
        _ => role.ToString(),
    };

    /// <summary>An item's text as paragraphs: the stored text keeps the document's blank lines between them.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        (text ?? "").Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
