using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// The labels that open a decision ("RESOLVED:", "RESOLVED that", "Resolved –", "AGREED –", "It was RESOLVED that",
/// "It was resolved to …", "Resolution:",
/// "The Committee resolved:-", "Committee resolved to …", "The Board agreed that:", and
/// Scottish minutes' "The Council –" over numbered parts) and the shapes of a decision whose label was lost in flattening.
/// "RECOMMENDED:" and "The report recommended:-" are not decisions of the meeting.
/// </summary>
internal static partial class ResolutionBlock
{
    public static bool IsLabel(string text) => Label().IsMatch(text);

    /// <summary>The text after the resolution label, or null when the line does not open with one.</summary>
    public static string? AfterLabel(string text)
    {
        var m = Label().Match(text);
        return m.Success ? text[m.Length..].Trim() : null;
    }

    /// <summary>
    /// True for a sentence that states a decision with its verb in capitals: "The minutes were AGREED as a correct record."
    /// (not "it was RESOLVED to:", which opens the decisions below it).
    /// </summary>
    public static bool StatesDecision(string text) => DecisionInCapitals().IsMatch(text);

    /// <summary>True for a one-word decision ("Noted.", "Agreed.", "Approved as a correct record.") such as a portal's "Decision:" cell holds.</summary>
    public static bool IsFormula(string text) => Formula().IsMatch(text.Trim());

    /// <summary>True for text shaped like a decision: "that …", or a subject followed by "be noted/received/submitted…".</summary>
    public static bool IsDecisionShaped(string text) => DecisionShape().IsMatch(text.Trim());

    /// <summary>
    /// True when the text after a label only introduces numbered parts ("That the Board", "That:", "that Members of the Board"),
    /// rather than being a decision itself.
    /// </summary>
    public static bool IsPreamble(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || t.EndsWith(':') || t.EndsWith(":-", StringComparison.Ordinal)
               || (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !SentenceEnd().IsMatch(t) && !t.Contains(" be ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True for a whole decision that lists its terms below it: "That the application be APPROVED subject to the following
    /// conditions:", "… be REFUSED for the following reasons:". The numbered lines are its conditions, not decisions.
    /// </summary>
    public static bool ListsItsTerms(string text) => ListedTerms().IsMatch(text.Trim());

    /// <summary>
    /// The motions a paragraph records as proposed and seconded, or as agreed on a vote, with their terms: "… it was proposed
    /// (MC) and seconded (RJ) that this application should be supported. All in favour." gives "that this application should
    /// be supported."; "Cllr Gibson proposed, seconded by Cllr Lynch, to award a grant of £250 …" and "All agreed, following
    /// the vote, for Cllr Skinner to review the policy." give what follows the seconder or the vote. A motion the next words
    /// say was lost or withdrawn is none.
    /// </summary>
    public static IReadOnlyList<string> CarriedMotions(string text) =>
        [.. ProposedAndSeconded().Matches(text).Concat(SecondedThenMoved().Matches(text)).Concat(AgreedOnAVote().Matches(text))
            .Where(m => !MotionLost().IsMatch(text.AsSpan(m.Index + m.Length)) && !IsAmendment(text, m.Index))
            .OrderBy(m => m.Index)
            .Select(m => m.Groups["motion"].Value)];

    /// <summary>The subject of a preamble ("That the Board" gives "the Board"), who the numbered parts are about.</summary>
    public static string? PreambleSubject(string preamble)
    {
        var t = LeadingThat().Replace(preamble.Trim().TrimEnd(':', '-', ' '), "").Trim();
        return t.Length == 0 ? null : t;
    }

    /// <summary>Who resolves in minutes that say so in a sentence: "Committee resolved to note the apologies.", "Council resolved that …".</summary>
    private const string Bodies = @"(?:Sub-)?Committee|(?:Parish\s+|Town\s+|Community\s+)?Council|Board|Panel|Cabinet|Authority|Executive|Forum|Members|Councillors|Governors|Trustees|Directors|Meeting";

    [GeneratedRegex(
        @"^(?:It\s+was\s+(?:further\s+|therefore\s+|unanimously\s+)?(?:RESOLVED|AGREED|resolved(?:\s+unanimously)?(?=\s*(?:that\b|to\b|:|–|-))|agreed(?=\s*(?::|–)))|"
        + @"(?:Resolution|RESOLUTION)(?=\s*:)|"
        + @"(?:The\s+(?:\w+\s+){1,3}?)(?:resolved|RESOLVED|AGREED)\s*(?::-|:|–|—|-)|"
        + @"The\s+(?:" + Bodies + @")\s*(?=(?:–|—|-|:-|:)\s*$)|"
        + @"(?:The\s+)?(?:" + Bodies + @")\s+(?:unanimously\s+)?(?:(?:resolved|RESOLVED)(?:\s+(?=to\b|that\b)|\s*(?=:|–|—))|(?:agreed|AGREED)(?:\s+(?=that\s*:)|\s*(?=:)))|"
        + @"(?:RESOLVED|AGREED|DECIDED)\b(?:\s+(?:unanimously|accordingly))?|"
        + @"(?:Resolved|Agreed|Decided)(?=\s*(?::|–|—|-|that\b|$))|Resolved(?=\s+to\b))"
        + @"\s*(?::-|:|–|—|-|\.(?=\s*$))?\s*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:Noted|Agreed|Approved|Endorsed|Deferred|Accepted|Refused|Granted|Withdrawn|Received(?: and noted)?|Noted and agreed)(?:\s+as\s+an?\s+(?:true|correct|accurate)\s+record)?(?:\s*(?:&|and|with|[–-])\s*actions?\s+[\w–-]+(?:(?:,|\s*&|\s+and)\s*[\w–-]+)*)?\.?$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex Formula();

    [GeneratedRegex(@"^(?:that\b|to\s+(?:note|approve|agree|endorse|instruct|request|refer|defer|accept|adopt|receive|recommend)\b|.{0,200}?\b(?:be|are|is)\s+(?:re-?)?\w+(?:ed|en|wn)\b)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionShape();

    [GeneratedRegex(@"\b(?:was|were|is|are|be|been)\s+(?:unanimously\s+)?(?:AGREED|RESOLVED|APPROVED|NOTED|ADOPTED|ENDORSED|CARRIED)\b(?!\s*(?:to|that)?\s*:)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionInCapitals();

    [GeneratedRegex(@"\b(?:be|is|was)\s+\w+(?:ed|en)\b.*\b(?:following|these|the)\s+(?:(?:planning|additional|further)\s+)?(?:" + Vocabulary.DecisionTerms + @")\s*(?::-|:|–|-)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ListedTerms();

    // The seconder's name runs to the motion's "that", "to" or "for"; a decision label there ("… and RESOLVED that") is read
    // as a decision elsewhere.
    [GeneratedRegex(@"\b(?i:proposed|moved)\b[^.]{0,80}?\b(?i:seconded)\b(?:(?!\b(?i:resolved|agreed)\b)[^.;:]){0,40}?(?:,\s*(?i:following\s+(?:the|a)\s+vote))?[\s,]+(?<motion>(?i:that|to|for)\s+[^.]{5,300}?\.)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ProposedAndSeconded();

    // "As an amendment, Councillor Black, seconded by Councillor Barrie, moved that …": the motion's rival, not the decision.
    private static bool IsAmendment(string text, int at)
    {
        var sentenceStart = text.LastIndexOf(". ", at, StringComparison.Ordinal) + 1;
        return text.AsSpan(sentenceStart, at - sentenceStart).Contains("amendment", StringComparison.OrdinalIgnoreCase);
    }

    // The Scottish order: "Councillor Ferguson, seconded by Bailie Wright, moved that Bailie Regan be appointed."
    [GeneratedRegex(@"\b(?i:seconded)\s+(?i:by)\s+[^.,;]{1,60},\s+(?i:moved|proposed)\s+(?<motion>(?i:that)\s+[^.]{5,300}?\.)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SecondedThenMoved();

    [GeneratedRegex(@"\b(?i:all|it\s+was(?:\s+unanimously)?)\s+(?i:agreed|resolved),?\s+(?i:following\s+(?:the|a)\s+vote),?\s+(?<motion>(?i:that|to|for)\s+[^.]{5,300}?\.)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AgreedOnAVote();

    [GeneratedRegex(@"^\s*(?:[^.]{0,60}\b(?:was|were)\s+)?(?i:lost|defeated|fell|withdrawn|not\s+carried)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MotionLost();

    [GeneratedRegex(@"[.!?]$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^that\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThat();
}
