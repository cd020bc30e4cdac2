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

    /// <summary>How many days ahead an action not yet done counts as due soon on its owner's page.</summary>
    public const int DueSoonDays = 14;

    /// <summary>Where an action stands on its owner's page, <paramref name="today"/>.</summary>
    public static OwnerGroup Group(ActionFollowUp followUp, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return followUp.Status switch
        {
            FollowUpStatus.Overdue => OwnerGroup.Overdue,
            FollowUpStatus.Done => OwnerGroup.Done,
            // Past its day but not overdue: the meeting it is due at is not stored yet, so it is still due.
            _ when followUp.DueDate is { } due && due.DayNumber - today.DayNumber <= DueSoonDays => OwnerGroup.DueSoon,
            FollowUpStatus.CarriedForward => OwnerGroup.InHand,
            _ => OwnerGroup.ToDo,
        };
    }

    public static string Heading(OwnerGroup group) => group switch
    {
        OwnerGroup.Overdue => "Overdue",
        OwnerGroup.DueSoon => "Due soon",
        OwnerGroup.ToDo => "To do",
        OwnerGroup.InHand => "In hand",
        _ => "Done",
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

/// <summary>The groups of an owner's page, most urgent first.</summary>
public enum OwnerGroup
{
    Overdue,
    DueSoon,
    ToDo,

    /// <summary>Carried forward by a later meeting: someone is on it.</summary>
    InHand,
    Done,
}
