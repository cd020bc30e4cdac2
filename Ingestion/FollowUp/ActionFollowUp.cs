using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>What a person says of an action, over what the meetings show.</summary>
public enum StatusOverride
{
    /// <summary>It is done, whatever the minutes say.</summary>
    Done,

    /// <summary>It is still to do: the matcher's done, carried forward or overdue is wrong.</summary>
    Open,

    /// <summary>It is not theirs: no reminder goes to the owner the minutes name.</summary>
    NotMine,
}

/// <summary>Where a later meeting shows an action done or carried forward.</summary>
/// <param name="MeetingKey">The later meeting.</param>
/// <param name="ItemNumber">Its item's number as printed, or null.</param>
/// <param name="ItemTitle">Its item's title, or null.</param>
/// <param name="Text">The sentence.</param>
public sealed record ActionEvidence(string MeetingKey, string? ItemNumber, string? ItemTitle, string Text);

/// <summary>An action's standing as people see it: the meetings' word, unless a person's override still holds.</summary>
/// <param name="Status">Open, notified, carried forward, done or overdue.</param>
/// <param name="DueDate">The day it falls due, once known.</param>
/// <param name="DueMeeting">The stored meeting it was due at, if its due names one.</param>
/// <param name="Evidence">What shows it done or carried forward; null otherwise, and when a person's override holds.</param>
/// <param name="Override">A person's word that still holds, if any.</param>
/// <param name="OverrideNote">The note they gave with it.</param>
public sealed record ActionFollowUp(FollowUpStatus Status, DateOnly? DueDate, string? DueMeeting, ActionEvidence? Evidence, StatusOverride? Override, string? OverrideNote)
{
    /// <summary>The follow-up of an action whose owner has (<paramref name="notified"/>) or has not been told, from its row (null before any meeting was reconciled).</summary>
    public static ActionFollowUp Of(FollowUpRow? row, bool notified)
    {
        var told = notified ? FollowUpStatus.Notified : FollowUpStatus.Open;
        if (row is null)
        {
            return new ActionFollowUp(told, null, null, null, null, null);
        }

        var derived = Enum.TryParse<FollowUpStatus>(row.Status, out var s) ? s : FollowUpStatus.Open;
        var due = DateOnly.TryParseExact(row.DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var evidence = row.EvidenceMeeting is { Length: > 0 } meeting ? new ActionEvidence(meeting, row.EvidenceItemNumber, row.EvidenceItemTitle, row.EvidenceText ?? "") : null;
        var dueMeeting = row.DueMeeting is { Length: > 0 } m ? m : null;
        var holds = Enum.TryParse<StatusOverride>(row.Override, out var o) && row.OverrideEvidence == Fingerprint(row);
        var shown = derived is FollowUpStatus.Open ? told : derived;
        return !holds
            ? new ActionFollowUp(shown, due, dueMeeting, evidence, null, null)
            : o switch
            {
                StatusOverride.Done => new ActionFollowUp(FollowUpStatus.Done, due, dueMeeting, evidence, o, row.OverrideNote),
                StatusOverride.Open => new ActionFollowUp(told, due, dueMeeting, null, o, row.OverrideNote),
                _ => new ActionFollowUp(shown, due, dueMeeting, evidence, o, row.OverrideNote),
            };
    }

    /// <summary>Whether its owner should be reminded of it: overdue, and not disowned.</summary>
    public bool NeedsReminder => Status == FollowUpStatus.Overdue && Override != StatusOverride.NotMine;

    /// <summary>
    /// What the meetings show of the action, as one value: a person's override holds while it is unchanged, and lapses when a
    /// meeting shows something new.
    /// </summary>
    public static string Fingerprint(FollowUpRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var shown = $"{row.Status}\n{row.EvidenceMeeting}\n{row.EvidenceText}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown)))[..16];
    }

    /// <summary>The status as JSON and the command line name it: <c>open</c>, <c>notified</c>, <c>carried_forward</c>, <c>done</c>, <c>overdue</c>.</summary>
    public static string Name(FollowUpStatus status) => status switch
    {
        FollowUpStatus.CarriedForward => "carried_forward",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>A person's word as the command line takes it: <c>done</c>, <c>open</c>, <c>not-mine</c>.</summary>
    public static string Name(StatusOverride word) => word == StatusOverride.NotMine ? "not-mine" : word.ToString().ToLowerInvariant();

    /// <summary>Reads a name <see cref="Name(FollowUpStatus)"/> writes (or the enum's own name).</summary>
    public static bool TryParse(string? name, out FollowUpStatus status) =>
        Enum.TryParse(name?.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out status);

    /// <summary>True when an action row says its owner has been told.</summary>
    public static bool Notified(string? actionStatus) => actionStatus == ActionStatus.Notified;
}
