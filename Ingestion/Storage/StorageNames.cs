namespace CouncilMinutes.Ingestion.Storage;

/// <summary>Every blob container, table and queue the pipeline uses, by name.</summary>
public static class StorageNames
{
    /// <summary>Documents as they arrive, before parsing.</summary>
    public const string InboxContainer = "minutes-inbox";

    /// <summary>Parsed meetings as JSON, beside the document they came from.</summary>
    public const string ParsedContainer = "minutes-parsed";

    /// <summary>Documents the parser could not read, kept for a person to look at.</summary>
    public const string QuarantineContainer = "minutes-quarantine";

    public const string MeetingsTable = "Meetings";
    public const string ItemsTable = "Items";
    public const string ResolutionsTable = "Resolutions";
    public const string AttendanceTable = "Attendance";
    public const string ActionsTable = "Actions";

    /// <summary>The actions again, partitioned by owner, so one owner's actions are one partition query.</summary>
    public const string ActionsByOwnerTable = "ActionsByOwner";

    /// <summary>Which meeting holds each action, by id (<c>ActionIdRow</c>).</summary>
    public const string ActionIdsTable = "ActionIds";

    /// <summary>The meetings the portal lists, held or to come, by committee (<c>CalendarRow</c>).</summary>
    public const string MeetingCalendarTable = "MeetingCalendar";

    public const string DocumentsTable = "Documents";

    public const string OwnersTable = "Owners";
    public const string NotificationsTable = "Notifications";
    public const string ScrapeStateTable = "ScrapeState";

    /// <summary>Each action's follow-up (due day, what later meetings show of it, a person's override), by committee.</summary>
    public const string FollowUpsTable = "FollowUps";

    /// <summary>Each action's history of statuses, with when and why, by action.</summary>
    public const string ActionHistoryTable = "ActionHistory";

    /// <summary>One message per new action, for the notifier.</summary>
    public const string ActionNotificationsQueue = "action-notifications";

    /// <summary>Where the Functions host moves a notification after its last failed attempt (its <c>-poison</c> convention).</summary>
    public const string ActionNotificationsPoisonQueue = ActionNotificationsQueue + "-poison";

    public static IReadOnlyList<string> Containers { get; } = [InboxContainer, ParsedContainer, QuarantineContainer];

    public static IReadOnlyList<string> Tables { get; } =
    [
        MeetingsTable, ItemsTable, ResolutionsTable, AttendanceTable, ActionsTable, ActionsByOwnerTable, DocumentsTable, OwnersTable,
        NotificationsTable, ScrapeStateTable, FollowUpsTable, ActionHistoryTable, ActionIdsTable, MeetingCalendarTable,
    ];

    public static IReadOnlyList<string> Queues { get; } = [ActionNotificationsQueue, ActionNotificationsPoisonQueue];
}
