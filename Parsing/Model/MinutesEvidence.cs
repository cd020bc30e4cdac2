namespace CouncilMinutes.Parsing.Model;

/// <summary>
/// Whether a document has the structure of minutes: it names the body or meeting (or calls itself minutes), has items,
/// and records proceedings — who attended, what was decided, or what was said in the meeting. A dated list, an agenda,
/// a report or a letter has some of these, never all: an agenda names its meeting and lists items but records nothing
/// of what happened at it.
/// </summary>
/// <param name="NamesMeeting">The text names the body or its meeting, calls itself minutes, or the upload says which committee it is.</param>
/// <param name="TitledMinutes">The document calls itself minutes ("Minutes of the meeting of …").</param>
/// <param name="PortalRecord">The page is a portal's record of one item or decision ("Agenda item", "Issue - decisions"): the portal names the meeting on another page.</param>
/// <param name="HasItems">At least one item.</param>
/// <param name="ManyItems">More than one item: a letter or a news page tells of a meeting in one run of prose; minutes that record only discussion do so item by item.</param>
/// <param name="Present">Names of people present: a meeting took place.</param>
/// <param name="Decisions">At least one resolution.</param>
/// <param name="RecordLabel">A portal's "Minutes:" or "Decision made:" sub-heading: the record of an item.</param>
/// <param name="Proceedings">Sentences recording the meeting ("Members noted", "It was agreed", "The Chair welcomed").</param>
/// <param name="TitledAgenda">The document calls itself an agenda, summons or notice of meeting, and not minutes.</param>
public sealed record MinutesEvidence(bool NamesMeeting, bool TitledMinutes, bool PortalRecord, bool HasItems, bool ManyItems, bool Present, bool Decisions, bool RecordLabel, int Proceedings, bool TitledAgenda)
{
    /// <summary>Sentences that record what was said or done at a meeting before a document counts as recording proceedings by them alone.</summary>
    public const int ProceedingsSentences = 2;

    /// <summary>
    /// Who attended, what was decided, or what was said. An agenda lists those sent apologies and labels its items
    /// "Minutes" (of the last meeting), so a document titled as one must show decisions or minuted discussion.
    /// </summary>
    public bool RecordsProceedings => Decisions || (Proceedings >= ProceedingsSentences && (ManyItems || PortalRecord || TitledMinutes || TitledAgenda)) || (!TitledAgenda && (Present || RecordLabel));

    /// <summary>Named, with items, recording proceedings: what minutes are and a dated list, an agenda or a report is not.</summary>
    public bool AreMinutes => (NamesMeeting || Present || RecordLabel) && HasItems && RecordsProceedings;

    /// <summary>What is missing, in words a clerk reads.</summary>
    public string Missing => string.Join("; ", new[]
    {
        NamesMeeting || Present || RecordLabel ? null : "no body or meeting named",
        HasItems ? null : "no agenda items",
        RecordsProceedings ? null : TitledAgenda
            ? "it is titled as an agenda and records no decisions or discussion"
            : "no record of the meeting: no one present, no decisions, no minuted discussion",
    }.OfType<string>());
}
