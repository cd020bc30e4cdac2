namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// The words minutes are written with, as fragments of regular expressions: the rules of every reader build their
/// patterns from these, so a title or a month added here is known everywhere.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Days of the week as printed: "Monday", "MONDAY".</summary>
    public const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";

    /// <summary>Months in full: "January".</summary>
    public const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>Months as abbreviated: "Jul", "Sept".</summary>
    public const string MonthAbbreviation = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>The titles people are given before their names: "Mr", "Mrs", "Ms", "Miss", "Dr".</summary>
    public const string PersonalTitle = "Mr|Mrs|Ms|Miss|Dr";

    /// <summary>A member's title: "Councillor", "Cllrs", "Alderman".</summary>
    public const string MemberTitle = @"Councillors?|Cllrs?\.?|Aldermen|Alderman";

    /// <summary>The tier a member's title may name first: "County Councillor", "Dist Cllr", "Unitary Cllr".</summary>
    public const string CouncilTier = @"Dist(?:rict)?|County|Borough|Town|Parish|Unitary|City";

    /// <summary>Words that open a minute's sentence and no heading's next word: "The Chair reminded …", "Members noted …".</summary>
    public const string SentenceOpener = "The|This|These|It|There|He|She|They|Members";

    /// <summary>The words in capitals that open a decision: "RESOLVED –", "AGREED:".</summary>
    public const string DecisionLabel = "RESOLVED|AGREED|DECIDED";

    /// <summary>What an action log's status cell says of work already done: "Complete", "Done", "Actioned".</summary>
    public const string CompletedStatus = "complete|completed|done|closed|actioned";

    /// <summary>The fields an action note carries on its own line: "Due: September", "Owner: Clerk", "By when: June".</summary>
    public const string ActionField = @"Due(?:\s+date)?|Deadline|By\s+when|Target(?:\s+date)?|Timescale|Owner|Lead(?:\s+officer)?|Responsible|Action\s+by";

    /// <summary>What a decision may list under it as its own terms: "subject to the following conditions:".</summary>
    public const string DecisionTerms = "conditions|condition|reasons|informatives|heads\\s+of\\s+terms|amendments";

    /// <summary>What bodies that minute their meetings are called: the last words of their names.</summary>
    public const string BodyNoun = "Council|Committee|Sub-Committee|Governing Body|Board|Panel|Group|Forum|Authority|Cabinet|Executive|Partnership|Trust|Commission|Commissioners|Assembly|Governors|Corporation|Conservators";
}
