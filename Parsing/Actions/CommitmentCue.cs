using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Structure;

namespace CouncilMinutes.Parsing.Actions;

/// <summary>
/// The phrasings by which minutes commit someone to do something after the meeting: a future passive ("would be presented at
/// the next meeting"), an agent with a future verb ("Officers would return to the Board"), a request ("Officers were asked to
/// investigate", "requested that…"), an agreement ("it was agreed that a meeting would be set up"), and decisions that direct
/// follow-up ("be submitted to a future meeting", "That the Chairperson writes to…").
/// </summary>
internal static partial class CommitmentCue
{
    /// <summary>A commitment found in a sentence.</summary>
    /// <param name="SubjectEnd">Where the doer's noun phrase ends, when the doer is the sentence's subject; -1 otherwise.</param>
    /// <param name="Doer">The doer, when the sentence names one elsewhere ("requests the Policy Officer to investigate").</param>
    public readonly record struct Match(int SubjectEnd, string? Doer = null);

    /// <summary>A note that names who is to act in its <c>who</c> group.</summary>
    /// <param name="Example">The convention, as minutes write it.</param>
    /// <param name="Pattern">Matches the note; the doer is its <c>who</c> group.</param>
    /// <param name="MustReadAsDoer">Whether the group may catch a phrase that is no one, so it must read as a person, office or body.</param>
    private sealed record NamedDoer(string Example, Regex Pattern, bool MustReadAsDoer);

    /// <summary>The notes that name their doer, tried in order after an action log's line.</summary>
    private static readonly NamedDoer[] NamedDoers =
    [
        new("a member by initials and an infinitive: \"AH to liaise with the Internet Café…\", \"…and CP to send a poster\"", InitialsTo(), false),
        new("a note naming who is to act: \"Transparency Team to circulate the plan…\", \"John Hoodless to make contact…\"", DoerTo(), true),
        new("a decision asking someone to act: \"requests the Policy Officer to investigate…\"", AsksSomeoneTo(), true),
        new("a small body's standing doer wherever its note starts in the line: \"Double white lines throughout A422 Clerk to check …\"", ClerkTo(), false),
        new("the member the meeting waits on owes the update: \"Falling Roof Slates - an update was awaited from MC.\"", UpdateAwaitedFrom(), true),
        new("a speaker's undertaking in reported speech: \"The Convenor stated he would contact M. Martin\"", ReportedUndertaking(), true),
        new("an agreement that someone act: \"All agreed, following the vote, for Cllr Skinner to review the policy\"", AgreedForSomeone(), true),
        new("an action assigned in so many words: \"Action to be taken by Sue to request again.\"", ActionTakenBy(), false),
    ];

    /// <summary>The commitment <paramref name="sentence"/> makes, if any; <paramref name="isDecision"/> where it is a decision's.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="isDecision">Whether the sentence is a decision's, which may direct work in words a discussion would not.</param>
    /// <param name="members">The names the attendance list gives its people, so that a note citing one alone names its doer.</param>
    public static Match? Find(string sentence, bool isDecision, MembersNames? members = null)
    {
        if (AgendaPurpose().IsMatch(sentence) || Negated().IsMatch(sentence) || PastOrPresentMeeting().IsMatch(sentence) || MinutesSigned().IsMatch(sentence)
            || StandingBusiness().IsMatch(sentence))
        {
            return null;
        }

        // "Action: Start recruitment process (open standards team)": the author labelled it an action, whatever its wording;
        // a doer in brackets after it is its owner, before any "X to" in its wording ("Action: Send letters to members (Clerk)").
        var labelled = LabelledAction().Match(sentence);
        var bracketed = labelled.Groups["who"] is { Success: true } who && OwnerFinder.IsDoer(who.Value) ? who.Value : null;
        if (bracketed is not null)
        {
            return new Match(-1, bracketed);
        }

        // "Action: The Clerk to notify Highways …": an action log line names its doer before "to".
        var logged = ActionLine().Match(sentence);
        if (logged.Success)
        {
            return new Match(-1, logged.Groups["who"].Value);
        }

        if (labelled.Success)
        {
            return new Match(-1);
        }

        // "Sue to contact him again", "Chris and Cath to attend.", "LRMcC will check …": members by the names the attendance gives.
        if (members?.DoerAtStart(sentence) is { } member)
        {
            return new Match(-1, member);
        }

        foreach (var note in NamedDoers)
        {
            if (note.Pattern.Match(sentence) is { Success: true } named && (!note.MustReadAsDoer || OwnerFinder.IsDoer(named.Groups["who"].Value)))
            {
                return new Match(-1, named.Groups["who"].Value);
            }
        }

        var m = AskedToDo().Match(sentence);
        if (m.Success)
        {
            return new Match(m.Index);
        }

        // An active future verb commits its subject only when the subject is someone ("it would provide…" commits no one).
        m = FutureActive().Match(sentence);
        if (m.Success && OwnerFinder.SubjectBefore(sentence, m.Index) is not null)
        {
            return new Match(m.Index);
        }

        // "The Clerk is to arrange a site visit": an obligation binds a doer ("The purpose is to review…" binds no one).
        m = ObligedTo().Match(sentence);
        if (m.Success && OwnerFinder.SubjectBefore(sentence, m.Index) is { } obliged && OwnerFinder.IsDoer(obliged))
        {
            return new Match(m.Index);
        }

        if (FuturePassive().IsMatch(sentence))
        {
            // "Gazebos still to be done by Tom and Dan": a passive names its doer after "by".
            return new Match(-1, PassiveAgent().Match(sentence) is { Success: true } agent ? agent.Groups["who"].Value : null);
        }

        if (Request().IsMatch(sentence) || Agreement().IsMatch(sentence) || PutToLaterMeeting().IsMatch(sentence) || DeferredToMeeting().IsMatch(sentence))
        {
            return new Match(-1);
        }

        if (!isDecision)
        {
            return null;
        }

        m = DecisionAuthorises().Match(sentence);
        if (m.Success)
        {
            return new Match(m.Index);
        }

        m = DecisionActive().Match(sentence);
        if (m.Success && (m.Index == 0 || OwnerFinder.SubjectBefore(sentence, m.Index) is not null))
        {
            return new Match(m.Index);
        }

        return DecisionDirects().IsMatch(sentence) ? new Match(-1) : null;
    }

    private const string Modal = @"(?:would|will|should|shall|was\s+to|were\s+to|is\s+to|are\s+to)";

    private const string Adverb = @"(?:(?:also|then|now|further|again|only|therefore|in\s+due\s+course|[a-z]{3,}ly)\s+)?";

    private const string Done =
        "presented(?!\\s+with)|provided|submitted|re-?submitted|circulated|re-?circulated|sent|reported|brought|returned|set\\s+up|arranged|held(?=\\s+with\\b)|considered|re-?considered|discussed|" +
        "passed|raised|checked|written|forwarded|investigated|explored|prepared|shared|distributed|reviewed|convened|contacted|produced|" +
        "made\\s+available|available|referred|taken\\s+forward|followed\\s+up|looked\\s+into|looked\\s+at|scheduled|updated|informed|advised|notified|" +
        "organised|organized|sought|obtained|clarified|confirmed|emailed|e-mailed|added|brought\\s+back|fed\\s+back|chased|explained|tabled|" +
        "put\\s+(?:on|onto|in|into|forward|up|before)(?!\\s+(?:the\\s+)?vote\\b)|" +
        "examined|assessed|evaluated|invited|issued|rescheduled|extended|delivered(?=\\s+(?:at|to)\\s+(?:a|the)\\s+(?:future|next|later|subsequent)\\b)";

    private const string Do =
        "present|provide|submit|re-?submit|circulate|send|report|bring|return|set\\s+up|arrange|hold|consider|discuss|pass|raise|check|write|" +
        "forward|investigate|explore|prepare|share|distribute|review|convene|contact|produce|update|inform|advise|notify|organise|organize|" +
        "seek|obtain|clarify|confirm|follow\\s+up|look\\s+into|look\\s+at|liaise|meet|feed\\s+back|email|e-mail|respond|reply|chase|add|" +
        "take\\s+forward|take\\s+(?:\\w+\\s+){1,3}?forward|work\\s+with|speak\\s+to|ask|request|refer|examine|assess|evaluate|issue|draft|invite|circulate|" +
        "expedite|ascertain|pursue|approach|source|identify|establish|find\\s+out|visit|progress";

    // Work a small body's minutes set with "to be": "Poster and leaflet to be done", "replacement bins to be ordered". Not "made":
    // "savings to be made" is a prospect, not a task.
    private const string Bought = "done|put|drawn\\s+up|ordered|purchased|bought|installed|repaired|replaced|cleared|cut|fixed|chased|posted|placed";

    // In a decision "be confirmed", "be noted", "be approved" close the matter; these open follow-up work.
    private const string DecisionDone =
        "presented|provided|submitted|re-?submitted|circulated|re-?circulated|sent|reported(?:\\s+back)?|brought(?:\\s+back)?|referred|forwarded|passed\\s+(?:on|to)|" +
        "prepared|produced|written|investigated|reviewed|discussed|re-?considered|considered\\s+(?:at|by)|" +
        "set\\s+up|scheduled|added|circulated|shared|distributed|explored|examined|followed\\s+up|made\\s+(?:publicly\\s+)?available";

    // Every agenda's standing business, asked of members at each meeting: declaring interests, late items of urgent business,
    // items the chair deems urgent ("… should be considered as a matter of urgency"), business taken in private, papers
    // "available for inspection" ("contact Highways as a matter of urgency" is still work to do).
    [GeneratedRegex(@"\bdeclare\b.{0,80}\binterests?\b|\blate\s+items?\b|\bitems?\s+of\s+urgent\s+business\b|\b(?:considered|dealt\s+with|discussed)\b.{0,60}\bas\s+(?:a\s+)?matters?\s+of\s+urgency\b|\b(?:considered|discussed|taken|dealt\s+with)\s+in\s+(?:private|closed)\b|\bavailable\s+for\s+inspection\b|\bto\s+consider\s+the\s+identification\s+of\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex StandingBusiness();

    // Signing the last minutes as a record closes them; it is no follow-up.
    [GeneratedRegex(@"\bminutes\b.{0,80}\b(?:signed|approved|confirmed)\b.{0,40}\b(?:record|correct)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesSigned();

    [GeneratedRegex(@"\b(?:update|response|reply|report)s?\s+(?:was|were|is|are)\s+(?:still\s+)?awaited\s+from\s+(?<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex UpdateAwaitedFrom();

    [GeneratedRegex(@"^(?<who>(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:said|stated|confirmed|advised|indicated|explained|reported|undertook|offered|promised)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)\s+" + Adverb + @"(?:" + Do + @")\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ReportedUndertaking();

    [GeneratedRegex(@"\b[Aa]greed\b[^.]{0,30}?\bfor\s+(?<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+to\s+[a-z]{3,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AgreedForSomeone();

    [GeneratedRegex(@"\b[Aa]ction\s+(?:to\s+be\s+)?taken\s+by\s+(?<who>[A-Z][^.;:]{0,60}?)\s+to\s+[a-z]{3,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ActionTakenBy();

    [GeneratedRegex(@"\b(?<who>(?:(?:Assistant|Deputy|Parish|Town|Proper)\s+){0,2}Clerk)\s+to\s+(?!be\b|note\b|the\b|[Cc]ouncil\b)[a-z]{3,}\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ClerkTo();

    [GeneratedRegex(@"(?:^|\band\s+|(?:[:;–—]|\s-)\s+)(?<who>[A-Z]{2,3})\s+to\s+(?!be\b|note\b)[a-z]{3,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InitialsTo();

    // "…to be considered at this meeting" is the business at hand; "At the meeting on 21st November it was agreed…" reports a
    // decision an earlier meeting took: neither is a new commitment.
    [GeneratedRegex(@"\b(?:at|during|before)\s+this\s+meeting\b|^At\s+(?:the|its|their)\s+(?:(?:last|previous|earlier)\s+meeting|meeting\s+(?:on|of|held))", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PastOrPresentMeeting();

    // A clause that states a purpose on the agenda ("To consider the report…") is not a commitment of the meeting; "To be
    // deferred to the next meeting" is a passive note of work owed, not a purpose.
    [GeneratedRegex(@"^To\s+(?!be\s)[a-z]+\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AgendaPurpose();

    [GeneratedRegex(@"\b(?:would|will|should|could|shall)\s+not\b|\bwould\s+be\s+no\b|\b(?:are|is|be|were|was)\s+not\s+(?:\w+\s+)?(?:submitted|presented|provided|sent|considered)\b|\bno\s+further\s+(?:action|report|update)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\s+(?:was|were)\s+(?:also\s+|further\s+)?asked\s+to\s+(?!note\b)|(?<!\b(?:was|were|been|being))\s+(?:requested|offered|undertook|agreed|volunteered)\s+to\s+(?!note\b|postpone\b|defer\b)[a-z]+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AskedToDo();

    [GeneratedRegex(@"\s+(?:is|are)\s+to\s+" + Adverb + @"(?:" + Do + @")\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ObligedTo();

    [GeneratedRegex(@"(?:^|\s+)(?:would|will|should|shall)\s+" + Adverb + @"(?:" + Do + @")\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FutureActive();

    [GeneratedRegex(@"\b" + Modal + @"\s+" + Adverb + @"be\s+(?:\w+ly\s+)?(?:[a-z]+ed\s+and\s+)?(?:" + Done + @")\b|(?<!\bneed(?:s|ed)?\s+)\bto\s+be\s+(?:" + Done + @")\b(?!\s+with\b)|\b(?:still\s+to\s+be|to\s+be\s+(?:" + Bought + @"))\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex FuturePassive();

    [GeneratedRegex(@"\bbe\s+(?:\w+\s+){1,6}?by\s+(?<who>(?:the\s+)?(?!(?:" + Vocabulary.Month + "|" + Vocabulary.Weekday + @")\b)[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+){0,3})", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PassiveAgent();

    // Not what the chair asks of the meeting there and then: "asked for nominations", "for views", "for any questions".
    [GeneratedRegex(@"\b(?:requested|asked)\s+(?:that|for(?!\s+(?:(?:any|their|further)\s+)?(?:nominations?|views|comments|questions|declarations|a\s+show\s+of\s+hands)\b))\b|\brequested\s+(?:further|more|additional|an?|the|sight\s+of)\s+(?:\w+\s+)?(?:information|details?|report|reports|update|updates|briefing|data|breakdown|clarification|list|figures)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Request();

    // The doer is named before "to", not an infinitive the line opens with ("Action: To discuss how to help …").
    [GeneratedRegex(@"^(?:Actions?|ACTIONS?)(?:\s+by)?\s*[:–-]\s*(?!To\s)(?<who>(?:\S+\s+){0,7}?\S+)\s+to\s+[a-z]+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ActionLine();

    [GeneratedRegex(@"^(?:Actions?|ACTIONS?)\s*[:–-]\s*(?!(?i:none|nil|n/?a|no\s+(?:further\s+)?action)\b)[A-Z]\S*(?:\s+\S+){2,}?(?:\s*\((?<who>[^()]{2,40})\))?\s*\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LabelledAction();

    [GeneratedRegex(@"^(?<who>(?:The\s+)?[A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&/-]*|of|for|and|&|team|officials|members|officers)){0,5})\s+to\s+(?!be\b|note\b|the\b|a\b|declare\b|consider\b|receive\b)[a-z]{3,}\s+\S", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DoerTo();

    [GeneratedRegex(@"(?:^|\s)(?:requests?|asks?|instructs?|authori[sz]es?|directs?|invites?)\s+(?<who>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for))*)\s+to\s+(?!note\b)[a-z]+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AsksSomeoneTo();

    // "It was agreed that this should take place in March", "… that a letter be sent": an agreement commits where its clause
    // has work to do; "agreed that the workshops would be held on Friday" or "… that the plan should include d)" settles a fact.
    [GeneratedRegex(@"\b[Aa]greed\s+to\b|\b[Aa]greed\s+that\b(?=.*?\b(?:would|should|could|will|shall|be|to)\s+" + Adverb + @"(?:be\s+)?(?:\w+ly\s+)?(?:" + Do + "|" + Done + @"|take\s+place|start|published)\b)|\b(?:required|requires|needed|needs|merited|warranted)\s+further\s+(?:discussion|consideration|work|investigation|information|review|scrutiny|debate|examination)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Agreement();

    // A decision, labelled or not, that puts a matter to a later meeting: "That this presentation be delivered at a future
    // meeting of the Group", "That consideration of the report be continued to the next meeting".
    [GeneratedRegex(@"^That\b.{0,200}?\sbe\s+(?:\w+ed|\w+en|brought|taken|held|put|made)\b.{0,80}?\b(?:to|at|for|until)\s+(?:a|the|its|their)\s+(?:future|next|later|subsequent|forthcoming|following)\s+meeting\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PutToLaterMeeting();

    // A matter the meeting deferred to a named later meeting is owed to it: "this item was deferred until the March Meeting",
    // "To be deferred to the next meeting."; "Decision deferred by CDC" names no meeting, so commits no one here.
    [GeneratedRegex(@"\b(?:deferred|postponed|held\s+over|carried\s+forward)\s+(?:to|until|till)\s+(?:the|a|its|their)\s+(?:(?:next|following|later|future|subsequent|" + Vocabulary.Month + @")\s+)(?:\S+\s+){0,2}?meeting\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex DeferredToMeeting();

    [GeneratedRegex(@"\s+be\s+(?:authorised|authorized|asked|requested|instructed|invited|delegated\s+authority)\s+to\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionAuthorises();

    // A decision's verb in the present or the subjunctive: "That the Chairperson writes to…", "the Scrutiny Coordinator email all members…".
    [GeneratedRegex(@"(?:^|\s+)(?:(?:will|shall|would)\s+(?:" + Do + @")|writes|reports\s+back|submits|arranges|circulates|brings|provides|convenes|email|e-mail|write|circulate|arrange|contact|liaise|convene|consult|investigate|report\s+back|bring\s+back|prepare|draft)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionActive();

    // "be presented with a report" has members receive, not act; "be supplied with a written answer" has someone supply it.
    [GeneratedRegex(@"\b(?:be|are|is)\s+" + Adverb + @"(?:(?:" + DecisionDone + @")\b(?!\s+with\b)|supplied\b)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionDirects();
}
