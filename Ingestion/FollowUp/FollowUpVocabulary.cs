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
        "cllr", "cllrs", "mr", "mrs", "ms", "dr", "chairman", "chairwoman", "vice", "county", "pc",
        // Function words the English analyser keeps: they match any sentence and would pass for shared content.
        "have", "has", "had", "been", "be", "which", "who", "whom", "whose", "what", "whether", "when", "where", "how", "why",
        "from", "can", "may", "might", "must", "do", "does", "did", "he", "she", "we", "you", "him", "her", "his", "them",
        "its", "our", "us", "me", "my", "your", "other", "any", "more", "most", "some", "all", "each", "every", "now", "so",
        "about", "out", "up", "down", "over", "again", "still", "very", "just", "only", "well", "said", "say", "says", "make",
        "made", "get", "got", "take", "see", "look", "one", "two", "three", "first", "last", "within", "without", "after",
        "before", "between", "during", "than", "too", "same", "own", "off", "upon", "via", "re", "etc", "were", "being", "willing",
        "onto", "into", "maybe", "perhaps", "soon", "later",
        // Verbs of doing anything, and of the motion that sets it: they name no deliverable ("deal with this", "raise the matter").
        "deal", "mention", "raise", "pursue", "follow", "put", "proposed", "seconded", "queried", "offered",
        // Words of the headings every set of minutes uses ("Standing items", "Any other business", "Matters arising").
        "standing", "items", "business", "participation", "arising", "matters", "correspondence", "previous", "questions",
        "public", "forum", "agenda", "apologies", "declarations", "interest", "approval",
    ];

    /// <summary>
    /// Words minutes use for one thing, in the action and in its report ("draft a questionnaire" … "the draft parish survey"):
    /// each group is read as its first word. A group holds words of one meaning in minutes, not merely related ones.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Synonyms { get; } =
    [
        ["questionnaire", "survey"],
        ["budget", "precept"],
        ["specify", "define", "definition"],
        ["quote", "quotation", "estimate"],
    ];
}
