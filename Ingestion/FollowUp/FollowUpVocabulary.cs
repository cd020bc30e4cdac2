namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>Words every committee's minutes use, which say nothing about which action a later passage closes.</summary>
internal static class FollowUpVocabulary
{
    public static IReadOnlyList<string> CommonWords { get; } =
    [
        "agreed", "agree", "noted", "note", "requested", "request", "resolved", "resolve", "asked", "confirmed", "advised",
        "would", "could", "should", "will", "shall", "further", "future", "next", "following", "meeting", "meetings",
        "board", "committee", "council", "panel", "members", "member", "officers", "officer", "chair", "councillor",
        "councillors", "report", "reports", "update", "updates", "provided", "presented", "brought", "back", "item",
        "information", "minutes", "details", "also", "given", "received", "regarding", "relation", "respect",
        "clerk", "parish", "town", "arrange", "ask", "chase", "contact", "action", "actions", "discuss", "discussed", "matter",
        "issue", "issues", "possible", "consider", "considered", "need", "needs", "required", "time", "date",
    ];
}
