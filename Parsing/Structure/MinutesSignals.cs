using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>Reads the <see cref="MinutesEvidence"/> of a document: the signals that it has the structure of minutes.</summary>
internal static partial class MinutesSignals
{
    /// <summary>The signals of <paramref name="blocks"/> (as extracted) and the meeting read from them.</summary>
    /// <param name="blocks">The blocks as extracted.</param>
    /// <param name="meeting">What the grammar read from them.</param>
    /// <param name="portalRecord">The page is a portal's record of one item ("Agenda item", "Issue - meetings"): the portal names the meeting on another page.</param>
    /// <param name="hints">What the upload says of the document.</param>
    public static MinutesEvidence Read(IReadOnlyList<Block> blocks, MeetingMinutes meeting, bool portalRecord, SourceHints hints)
    {
        // Read from the text as well as from what the grammar made of it, so a layout the grammar misreads still shows its minutes.
        var opening = blocks.Where(b => b.Text.Length > 0).Take(OpeningBlocks).ToList();
        var titledMinutes = opening.Any(b => MinutesTitle().IsMatch(b.Text) || MinutesOfMeeting().IsMatch(b.Text[..Math.Min(b.Text.Length, TitleSearch)]));
        var namesMeeting = titledMinutes || portalRecord || meeting.Committee is not null || meeting.Council is not null || hints.Committee is not null
                           || blocks.Any(b => MeetingHeader.IsMeetingLine(b.Text)) || opening.Any(b => b.Text.Length <= TitleLength && BodyName().IsMatch(b.Text));
        var present = meeting.Attendance.Present.Count > 0 || blocks.Any(b => PresentLabel().IsMatch(b.Text));
        var decisions = meeting.Items.Any(i => i.Resolutions.Count > 0);
        var recordLabel = blocks.Any(b => RecordLabel().IsMatch(b.Text));
        var titledAgenda = !titledMinutes && opening.Any(b => AgendaTitle().IsMatch(b.Text) && !b.Text.Contains("minutes", StringComparison.OrdinalIgnoreCase));

        // Sentences are the costliest signal: counted only when the others leave open whether proceedings are recorded.
        var settled = decisions || (!titledAgenda && (present || recordLabel));
        return new MinutesEvidence(
            namesMeeting,
            titledMinutes,
            portalRecord,
            meeting.Items.Count > 0,
            meeting.Items.Count > 1,
            present,
            decisions,
            recordLabel,
            settled ? 0 : blocks.Sum(b => ProceedingsSentences(b.Text)),
            titledAgenda);
    }

    /// <summary>
    /// The sentences of <paramref name="text"/> that record the meeting: a decision or motion recorded ("It was agreed",
    /// "RESOLVED that", "Proposed by …, seconded by …"), or an actor and what it did ("Members noted", "The Clerk
    /// reported", "Apologies were received"). The verb is found first and its actor looked for just before it, right to
    /// left, so a long text costs one pass.
    /// </summary>
    private static int ProceedingsSentences(string text)
    {
        var count = DecisionRecorded().Count(text);
        foreach (Match verb in PastVerb().Matches(text))
        {
            var start = Math.Max(0, verb.Index - ActorWindow);
            count += ActorBefore().IsMatch(text[start..verb.Index]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether <paramref name="text"/> records something the meeting did: a decision, or an actor and what it did.</summary>
    public static bool RecordsProceedings(string text) => ProceedingsSentences(text) > 0;

    /// <summary>How far from the top a document's title is looked for.</summary>
    private const int OpeningBlocks = 12;

    /// <summary>How far into a block a title is looked for: a title run into the first paragraph of a flattened page still counts, an agenda item approving "the minutes of the meeting held on …" further down does not.</summary>
    private const int TitleSearch = 400;

    /// <summary>The longest line read as a title: longer, it is a sentence that mentions a body (a letter, an appeal), not one that names the document's.</summary>
    private const int TitleLength = 120;

    /// <summary>A document titled as minutes: "Minutes of the meeting of…", "DRAFT MINUTES", "Minutes of Proceedings".</summary>
    [GeneratedRegex(@"^\W{0,3}(?:(?:draft|unconfirmed|approved|signed|confirmed)\s+)?minutes?\b(?!\s*:)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesTitle();

    /// <summary>"Minutes of a meeting of …", "Minutes of the Proceedings of …" anywhere in a title, also one run into a paragraph.</summary>
    [GeneratedRegex(@"\bminutes\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}(?:meeting|proceedings)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfMeeting();

    /// <summary>A portal's sub-heading that introduces the record of an item, on its own or run into a flattened row: "Minutes:", "Decision made (Unanimously):".</summary>
    [GeneratedRegex(@"(?:^|[|.]\s*|\s)(?:Minutes|Decisions?(?:\s+made)?(?:\s*\([^)]{0,40}\))?)\s*:(?:\s|$)|^\s*Decision\s+(?:taken|made)\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RecordLabel();

    /// <summary>A body named in a title: a capitalised name ending in what bodies are called ("Open Data User Group", "Scrutiny Panel Meeting").</summary>
    [GeneratedRegex(@"(?:^\W{0,3}|\btitle:\s*)(?:[\d/.-]{6,10}\s+)?(?:The\s+)?(?-i:[A-Z][\w&'-]*)(?:\s+(?:of|and|for|the|&|(?-i:[A-Z][\w&'-]*))){0,6}\s+(?-i:Board|Committee|Council|Panel|Group|Forum|Authority|Cabinet|Executive|Partnership|Trust|Commission|Assembly|Meeting)\b",
        RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BodyName();

    /// <summary>The heading of those present, as minutes print it ("Present:", "PRESENT", "Members present:", "In attendance:").</summary>
    [GeneratedRegex(@"^\W{0,3}(?:(?:members|councillors)\s+)?(?:present|in\s+attendance|attendees|attending)\b\s*(?::|-|–|$)|\bpresent(?:\s+members)?\s*:|(?-i:PRESENT)(?=\s*(?:Councillors?|Cllrs?|Members?|Mr|Mrs|Ms|Dr)\b)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PresentLabel();

    /// <summary>A document titled as the notice of a meeting to come: "AGENDA", "Summons", "Notice of Meeting"; not minutes' "Agenda:" label over the items taken.</summary>
    [GeneratedRegex(@"^\W{0,3}(?:agenda(?!\s+item)(?!\s*:)|summons|notice\s+of\s+(?:the\s+)?(?:\w+\s+)?meeting)\b(?!\s+and\s+minutes)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex AgendaTitle();

    /// <summary>What a meeting's minutes record people doing, in the past tense they are written in.</summary>
    private const string PastVerbs = "noted|agreed|resolved|considered|discussed|reported|welcomed|explained|confirmed|informed|advised|thanked|queried|"
        + "stated|commented|raised|presented|proposed|seconded|declared|requested|suggested|responded|highlighted|outlined|enquired|questioned|received|asked|"
        + "updated|approved|referred|congratulated|expressed|acknowledged|emphasised|emphasized|indicated|sought|replied|added|summarised|summarized|"
        + "introduced|circulated|tabled|undertook|recommended|endorsed|gave consideration|took note";

    /// <summary>Who acts in minutes: members, officers, a named person or role ("The Executive Director of Customer Services", "Cllr Smith").</summary>
    private const string Actor = @"(?:apologies|members?|he|she|they|officers?|councillors?|cllrs?\.?|(?:[Tt]he\s+)?(?!(?:The|This|These|Those|As|Having|If|When|It|In|On|At|For)\b)"
        + @"(?-i:[A-Z][a-z][\w'&-]*|[A-Z]{2,4}\b)(?:\s+(?:of|for|and|the|(?-i:[A-Z][\w'&-]*))){0,7})";

    /// <summary>How far before its verb an actor is looked for.</summary>
    private const int ActorWindow = 100;

    /// <summary>A decision or motion recorded: "It was agreed", "RESOLVED", "Agreed to …" opening a sentence, "Proposed by …, seconded by …".</summary>
    [GeneratedRegex(
        @"\b(?:proposed|moved)\s+by\b[^.]{0,80}?\bseconded\b|\bit\s+was\s+(?:unanimously\s+)?(?:resolved|agreed|noted|decided)\b|(?-i:\bRESOLVED\b|(?:^|[.:;>•·)]\s*)(?:Agreed|Resolved|Decided|Noted|Approved|Endorsed)\s+(?:that|to|the)\b)",
        RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionRecorded();

    /// <summary>A verb of <see cref="PastVerbs"/>, in lower case (a heading in capitals, "THE PROPOSED DEVELOPMENT", is not one).</summary>
    [GeneratedRegex(@"\b(?:" + PastVerbs + @")\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PastVerb();

    /// <summary>An actor ending the text, as it stands before its verb ("The Clerk", "Apologies were", "Members had unanimously").</summary>
    [GeneratedRegex(@"\b" + Actor + @"\s+(?:was\s+|were\s+|had\s+)?(?:unanimously\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft, MatchTimeout.Milliseconds)]
    private static partial Regex ActorBefore();
}
