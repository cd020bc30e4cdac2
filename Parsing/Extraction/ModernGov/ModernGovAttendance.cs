using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction.ModernGov;

/// <summary>
/// The attendance the clerk recorded against each invitee. "Expected" is the value before the meeting and says
/// nothing about who came, so only recorded values count.
/// </summary>
internal static partial class ModernGovAttendance
{
    /// <summary>Who was present, sent apologies or attended as an officer; null when nothing was recorded.</summary>
    public static Attendance? From(IReadOnlyList<AttendeeRecord> attendees)
    {
        var present = new List<Attendee>();
        var apologies = new List<Attendee>();
        var officers = new List<Attendee>();
        var substitutes = new List<Attendee>();
        foreach (var attendee in attendees)
        {
            if (attendee.Name is null || Read(attendee.Attendance) is not { } recorded)
            {
                continue;
            }

            var name = Name(attendee.Name);
            if (name.Length == 0)
            {
                continue;
            }

            var officer = IsOfficer(attendee);
            switch (recorded)
            {
                case Recorded.Apologies:
                    apologies.Add(new Attendee(name, AttendeeRole.Apology, officer ? attendee.RoleDescription : null));
                    break;
                case Recorded.Attended when officer:
                    officers.Add(new Attendee(name, AttendeeRole.Officer, attendee.RoleDescription));
                    break;
                case Recorded.Attended when attendee.Attendance!.Contains("substitute", StringComparison.OrdinalIgnoreCase):
                    var substitute = new Attendee(name, AttendeeRole.Substitute);
                    present.Add(substitute);
                    substitutes.Add(substitute);
                    break;
                case Recorded.Attended:
                    present.Add(new Attendee(name, MemberRole(attendee.RoleDescription)));
                    break;
            }
        }

        var attendance = new Attendance { Present = present, Apologies = apologies, Officers = officers, Substitutes = substitutes };
        return attendance.IsEmpty ? null : attendance;
    }

    private enum Recorded
    {
        Attended,
        Apologies,
    }

    private static Recorded? Read(string? attendance)
    {
        var value = attendance?.Trim();
        if (string.IsNullOrEmpty(value) || value.Contains("expected", StringComparison.OrdinalIgnoreCase)
            || value.Contains("absent", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("not ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value.Contains("apolog", StringComparison.OrdinalIgnoreCase) ? Recorded.Apologies : Recorded.Attended;
    }

    private static bool IsOfficer(AttendeeRecord attendee) =>
        attendee.MemberType?.Contains("officer", StringComparison.OrdinalIgnoreCase) == true
        || attendee.RoleDescription?.Contains("officer", StringComparison.OrdinalIgnoreCase) == true;

    private static AttendeeRole MemberRole(string? roleDescription)
    {
        var role = roleDescription ?? "";
        if (ViceChair().IsMatch(role))
        {
            return AttendeeRole.ViceChair;
        }

        return Chair().IsMatch(role) ? AttendeeRole.Chair : AttendeeRole.Member;
    }

    /// <summary>The name without "Councillor"/"Cllr", keeping titles such as Mrs or Dr.</summary>
    private static string Name(string name) => CouncillorPrefix().Replace(name.Trim(), "").Trim();

    [GeneratedRegex(@"^(?:(?:County|Borough|City|District|Town|Parish)\s+)?(?:Councillor|Cllr\.?)\s+", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex CouncillorPrefix();

    [GeneratedRegex(@"\b(?:Vice|Deputy)[\s-]*Chair", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ViceChair();

    [GeneratedRegex(@"\bChair(?:man|woman|person)?\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Chair();
}
