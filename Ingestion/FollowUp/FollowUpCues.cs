using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>How a later passage says where an action stands: delivered (past or perfect tense, a status word) or still to do.</summary>
public static class FollowUpCues
{
    /// <summary>Verbs that minute a decision or a discussion, not a delivery: "It was agreed that JH will …" restates an action.</summary>
    public static IReadOnlyList<string> DecisionVerbs { get; } =
    [
        "agreed", "resolved", "proposed", "asked", "requested", "suggested", "noted", "decided", "discussed", "considered",
        "queried", "raised", "felt", "thought", "seconded", "expected", "hoped", "mentioned",
    ];

    /// <summary>Past participles without the -ed ending that minutes use for things done ("A meeting was held").</summary>
    public static IReadOnlyList<string> IrregularParticiples { get; } =
    [
        "held", "sent", "made", "done", "given", "taken", "paid", "put", "cut", "set", "built", "brought", "written", "shown",
        "seen", "met", "spoken", "found", "told", "sought", "got", "run", "begun", "undertaken", "drawn",
    ];

    /// <summary>Words an action list or update writes beside a delivered action ("Completed", "Precept submitted.", "Permission granted.").</summary>
    public static IReadOnlyList<string> StatusWords { get; } =
    [
        "completed", "done", "granted", "received", "submitted", "declined", "circulated", "signed",
        "removed", "replaced", "installed", "repaired", "reported", "implemented", "transferred", "provided", "presented",
        "refused", "approved", "ordered", "purchased", "fixed", "cleared", "sent", "held", "passed",
    ];

    /// <summary>
    /// Status words that are also adjectives ("the complete survey", "a closed session"): after an article they qualify a noun,
    /// elsewhere they report a delivery ("Complete.", "The consultation closed on 30 November").
    /// </summary>
    public static IReadOnlyList<string> StatusAdjectives { get; } = ["complete", "closed"];

    /// <summary>Words that keep an action open whatever else the passage says ("Sept 23 – no update", "still not working").</summary>
    public static IReadOnlyList<string> PendingPhrases { get; } =
    [
        @"not\s+yet", @"still\s+(?:not|to|under|awaiting|waiting)", "awaiting", "awaited", @"no\s+update", "outstanding", "deferred",
        "postponed", "ongoing", @"on\s+going", @"in\s+progress", @"in\s+hand", @"no\s+(?:response|reply|progress|quotes?)", @"carried\s+forward",
        "pending", "overdue", @"next\s+agenda",
    ];

    /// <summary>
    /// Verbs denied ("has not been removed", "are not working"): they undo a delivery in their own clause only, since a minute
    /// often sets a refusal beside the outcome ("although the meeting was not given enough notice, the resolution was passed").
    /// </summary>
    public static IReadOnlyList<string> Denials { get; } =
    [
        @"(?:has|have|had|is|are|was|were)\s+(?:still\s+)?not", @"(?:has|have|had|is|are|was|were)n[’']t",
    ];

    /// <summary>
    /// Item titles under which minutes list only letters and emails received: each is an answer to, or the outcome of, what was
    /// sent. A title that adds "and other matters" lists business of any kind, so it is not one.
    /// </summary>
    public static IReadOnlyList<string> ReceivedHeadings { get; } =
    [
        "correspondence", @"correspondence\s+received", @"letters?\s+received", @"emails?\s+received", "communications",
    ];

    /// <summary>Phrases that put a matter to a meeting rather than set work to be done before it ("put onto the Agenda for the next meeting").</summary>
    public static IReadOnlyList<string> DiscussionAsks { get; } =
    [
        @"(?:be\s+)?discussed\s+at", @"discuss\s+(?:it\s+|this\s+)?at", @"put\s+(?:on|onto)\s+the\s+(?:\w+\s+)?agenda",
        @"for\s+discussion\s+at", @"(?:be\s+)?considered\s+at", @"agenda\s+(?:should|will|would)\s+include",
    ];

    // "It was noted that …", "was reported that …": a reporting verb introduces what was said, which is itself the delivery or not.
    private static readonly Regex Delivered = Build(
        $@"\b(?:has|have|had)\s+(?:now\s+|already\s+|since\s+|also\s+)?(?!{Any(DecisionVerbs)}\b)(?:been\s+\w+|\w+ed|{Any(IrregularParticiples)})\b" +
        $@"|\b(?:was|were|is|are)\s+(?:now\s+|already\s+)?(?!{Any(DecisionVerbs)}\b)(?:\w+ed|{Any(IrregularParticiples)})\b(?!\s+(?:to|that)\b)" +
        $@"|\bnow\s+(?:\w+ed|{Any(IrregularParticiples)})\b" +
        $@"|(?<!\bbe\s+)\b(?:{Any(StatusWords)})\b" +
        $@"|(?<!\b(?:the|a|an)\s+)\b(?:{Any(StatusAdjectives)})\b");

    private static readonly Regex Pending = Build($@"\b(?:{string.Join('|', PendingPhrases)})\b");

    private static readonly Regex Denied = Build($@"\b(?:{string.Join('|', Denials)})\b");

    // Clauses of a minute's sentence: a denial in one does not undo a delivery reported in another.
    private static readonly Regex ClauseBreak = Build(@"[,;:]\s|\s(?:and|but|although|though|whereas|while)\s|\s[–-]\s");

    /// <summary>Whether <paramref name="passage"/> reports something delivered, in a clause that does not deny it, and nothing that keeps it open.</summary>
    public static bool ReportsDelivery(string passage) =>
        !Pending.IsMatch(passage) && ClauseBreak.Split(passage).Any(clause => Delivered.IsMatch(clause) && !Denied.IsMatch(clause));

    private static readonly Regex Discussion = Build($@"\b(?:{string.Join('|', DiscussionAsks)})\b");

    /// <summary>Whether <paramref name="action"/> puts a matter to a meeting, so that the meeting taking it up delivers it.</summary>
    public static bool AsksDiscussion(string action) => Discussion.IsMatch(action);

    private static readonly Regex Received = Build($@"^\W*(?:{string.Join('|', ReceivedHeadings)})\W*$");

    // What may yet happen ("Nominations can be submitted from 17th March") is no answer received.
    private static readonly Regex Modal = Build(@"\b(?:will|would|shall|can|could|may|might|should|must)\b");

    /// <summary>
    /// Whether <paramref name="passage"/>, of an item titled <paramref name="itemTitle"/>, is a letter received ("Welsh Ambulance
    /// Service - response to TCC's objection letter") that tells of no step still to come.
    /// </summary>
    public static bool ReportsReceipt(string? itemTitle, string passage) =>
        itemTitle is not null && Received.IsMatch(itemTitle) && !Modal.IsMatch(passage) && !ReportsPending(passage);

    /// <summary>Whether <paramref name="passage"/> says outright that something is still to do, or that it was not done.</summary>
    public static bool ReportsPending(string passage) => Pending.IsMatch(passage) || Denied.IsMatch(passage);

    /// <summary>Past-tense verbs of a guest at a meeting: what an invited person or body does when they come, or answer.</summary>
    public static IReadOnlyList<string> GuestVerbs { get; } =
    [
        @"\w+ed", "gave", "spoke", "took", "led", "ran", "sent", "came", "wrote", "declined",
    ];

    // A title before a guest's name, which the minutes may give or leave out.
    private const string GuestTitle = @"(?:(?:Mr|Mrs|Ms|Dr|Cllr|Professor)\.?\s+)?";

    // "invite Ed Parkes to a future meeting", "invite Network Homes to the next meeting": who is asked, by name.
    // Names are told by their capitals, so this one pattern is case-sensitive.
    private static readonly Regex Invitation = new(@"\b[Ii]nvite\s+" + GuestTitle + @"(?<who>[A-Z][\w’'&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'&-]*){0,4})",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(MatchTimeout.Milliseconds));

    /// <summary>The name of whom <paramref name="action"/> invites ("JV to invite Ed Parkes to a future meeting"), or null.</summary>
    public static string? Invitee(string action) =>
        Invitation.Match(action) is { Success: true } m ? m.Groups["who"].Value : null;

    /// <summary>
    /// Whether <paramref name="passage"/> shows <paramref name="invitee"/> came or answered: named as who did something
    /// ("Ed Parkes talked ODUG through a slide pack", "Network Homes declined the invitation") or as who was welcomed.
    /// </summary>
    public static bool GuestAppears(string invitee, string passage) => GuestPattern(invitee).IsMatch(passage);

    /// <summary>The pattern of <see cref="GuestAppears"/> for one invitee, built once to be tried on many passages.</summary>
    public static Regex GuestPattern(string invitee)
    {
        var name = Regex.Escape(invitee).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
        return new Regex(
            $@"(?:^|[.;:]\s+){GuestTitle}{name}(?:\s*\([^)]*\))?\s+(?:also\s+)?(?:{Any(GuestVerbs)})\b|\bwelcomed\s+(?:\w+\s+){{0,4}}{name}\b",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(MatchTimeout.Milliseconds));
    }

    private static string Any(IEnumerable<string> words) => string.Join('|', words);

    private static Regex Build(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(MatchTimeout.Milliseconds));
}
