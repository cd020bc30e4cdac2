using System.Globalization;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>An item as first cut out of the document: its heading and the blocks under it.</summary>
internal sealed class ItemDraft(string? number, string? title)
{
    public string? Number { get; } = number;
    public string? Title { get; } = title;
    public List<Block> Content { get; } = [];
}

/// <summary>
/// Cuts the item region of a document into items. A new item starts at a heading the markup states, a numbered heading
/// ("CYP14 …", "16." over a title, a title over "PLA146/14"), a heading by layout, a title line followed by minuted text, a second
/// "Minutes:" label, or — on portal pages flattened to text — a gap wider than any between paragraphs, where the heading was lost.
/// </summary>
internal sealed partial class ItemSegmenter(IReadOnlyList<Block> blocks, int paragraphGap)
{
    // When the markup states where items start (portal HTML, ModernGov XML), nothing else starts one.
    private readonly bool _explicitItems = blocks.Any(b => b.Kind == BlockKind.ItemHeading);

    // Where the layout or markup sets headings apart (bold, a heading style, "##"), a plain line is a heading only by
    // its number: an unmarked short line over prose is a sub-heading or a remark of the item it is in. A portal page's
    // headings are its rows' title cells, not markup, so it does not count.
    private readonly bool _markedHeadings = !blocks.Any(b => b.Kind is BlockKind.Label or BlockKind.DocumentLink)
                                            && blocks.Count(b => b.Kind == BlockKind.Heading) >= MarkedHeadings;

    // Where the markup ranks its headings and several unnumbered ones share the items' rank, the items are those headings:
    // a numbered list under one of them ("Actions" / "1. Circulate the protocols", then "CT Protocols") is that item's
    // content. Numbered lines after the last such heading ("Summary" / "1. Introduction" / "2. Presentations") are items.
    private readonly int _lastRankedItem = LastRankedItem(blocks);

    // Headings in capitals run into their paragraphs are a document's convention only where several paragraphs open so.
    private readonly bool _capitalRunIns = blocks.Count(b => b.Kind == BlockKind.Text && b.GapBefore >= 1 && ItemHeadingRule.CapitalsRunInHeading(b.Text) is not null) >= 3;

    // "3. Minutes of Previous Meetings. The minutes …": numbered headings in title case run in after a full stop, where three
    // or more paragraphs open so (one alone may be a sentence: "2. Cllr Smith Arrived. He …").
    private readonly bool _titleRunIns = blocks.Count(b => b.Kind == BlockKind.Text && ItemHeadingRule.TitleCaseRunInHeading(b.Text) is not null) >= 3;

    private static int LastRankedItem(IReadOnlyList<Block> blocks)
    {
        var ranked = blocks.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block is { Kind: BlockKind.Heading, Level: not null }).ToList();
        var itemRank = ranked.GroupBy(x => x.Block.Level!.Value).Where(g => g.Count() >= 2).OrderBy(g => g.Key).FirstOrDefault()?
            .Where(x => ItemHeadingRule.NumberedTitle(x.Block.Text) is null && ItemHeadingRule.NumberOnly(x.Block.Text) is null).ToList();
        return itemRank is { Count: >= MarkedHeadings } ? itemRank[^1].Index : -1;
    }

    /// <summary>An item heading found at a position: its number, title and how many blocks it spans.</summary>
    private readonly record struct Heading(string? Number, string? Title, int Span, bool IsSection = false, string? Remainder = null, bool FromTitleLine = false);

    /// <summary>Where the items found by <see cref="Segment"/> start, so attendance lists are not read across them.</summary>
    public HashSet<int> HeadingPositions { get; } = [];

    public List<ItemDraft> Segment(int start, int end)
    {
        var items = new List<ItemDraft>();
        ItemDraft? current = null;

        // Where a document numbers its items, an unnumbered heading inside a numbered item is one of its sub-headings
        // ("a) Decisions", "Tree Planting Request", a planning reference set in bold), not an item of its own. A portal
        // page (its "Minutes:" labels and document links) sets each sub-item's linked title as a heading: those are items.
        var numbered = !blocks.Any(b => b.Kind is BlockKind.Label or BlockKind.DocumentLink)
                       && Enumerable.Range(start, end - start).Count(i => HeadingAt(i, start) is { IsSection: false, Number: not null }) >= NumberedDocument;
        // Where the markup ranks its headings ("##" over "###"), the items are the highest rank used more than once.
        var itemLevel = Enumerable.Range(start, end - start).Select(i => blocks[i]).Where(b => b is { Kind: BlockKind.Heading, Level: not null })
            .GroupBy(b => b.Level!.Value).Where(g => g.Count() >= 2).Select(g => g.Key).DefaultIfEmpty(int.MaxValue).Min();
        for (var i = start; i < end; i++)
        {
            var block = blocks[i];
            if (MeetingEnd().IsMatch(block.Text))
            {
                continue;
            }

            if (HeadingAt(i, start) is { } heading && !(heading.FromTitleLine && current is not null && current.Content.All(b => b.Kind == BlockKind.DocumentLink)))
            {
                if (current is not null && IsSubHeading(current, heading, blocks[i], numbered, itemLevel))
                {
                    current.Content.AddRange(blocks.Skip(i).Take(heading.Span).Select(b => b with { Kind = BlockKind.Text }));
                    i += heading.Span - 1;
                    continue;
                }

                HeadingPositions.UnionWith(Enumerable.Range(i, heading.Span));
                i += heading.Span - 1;
                if (!heading.IsSection)
                {
                    current = new ItemDraft(heading.Number, heading.Title);
                    items.Add(current);
                    if (heading.Remainder is { Length: > 0 } rest)
                    {
                        current.Content.Add(new Block(BlockKind.Text, rest));
                    }
                }

                continue;
            }

            if (current is null || StartsUntitledItem(block, current))
            {
                current = new ItemDraft(null, null);
                items.Add(current);
            }

            current.Content.Add(block);
        }

        if (numbered)
        {
            FillNumberGaps(items);
        }

        return items;
    }

    /// <summary>The most numbers one gap between two items found may lack.</summary>
    private const int MaxNumberGap = 3;

    /// <summary>
    /// "1. KK presented …", "2. KK advised …", "5. It was agreed …"; "14/87 CITIZENSHIP …", "14/89 FINANCE": where items are
    /// numbered in series and numbers are missing between two found, a paragraph of the item before that opens with the next
    /// number is that item, whatever it says ("3. AC advised the group that …" reads as a sentence, "14/88 RURAL HOUSING
    /// QUESTIONNAIRE –The …" runs its title into its text unspaced, so no heading rule takes them). Not where the item holds a
    /// list of its own numbered from 1 before that paragraph.
    /// </summary>
    private static void FillNumberGaps(List<ItemDraft> items)
    {
        for (var k = 0; k + 1 < items.Count; k++)
        {
            if (NumberSeries.Between(items[k].Number, items[k + 1].Number) is { } series && series.To - series.From - 1 is >= 1 and <= MaxNumberGap)
            {
                SplitAt(items, k, series, series.From + 1);
            }
        }
    }

    /// <summary>Cuts item <paramref name="k"/> at the paragraph opening with <paramref name="number"/> of the series, where it has one.</summary>
    private static void SplitAt(List<ItemDraft> items, int k, NumberSeries series, int number)
    {
        var content = items[k].Content;
        var at = content.FindIndex(b => b.Kind == BlockKind.Text && series.Opening(b.Text) is { Number: var n } && n == number);
        if (at < 0 || content.Take(at).Any(b => series.Opening(b.Text) is { Number: var n } && n < number))
        {
            return;
        }

        var (_, rest) = series.Opening(content[at].Text)!.Value;
        var printed = series.Print(number);
        // Its title where it runs one in ("14/88 RURAL HOUSING QUESTIONNAIRE –The questionnaire …"), else none.
        var runIn = ItemHeadingRule.RunInHeading(content[at].Text) is { } heading && heading.Number == printed ? heading : default((string Number, string Title, string Body)?);
        var next = new ItemDraft(printed, runIn?.Title);
        next.Content.Add(content[at] with { Text = runIn?.Body ?? rest });
        next.Content.AddRange(content.Skip(at + 1));
        content.RemoveRange(at, content.Count - at);
        items.Insert(k + 1, next);
    }

    /// <summary>
    /// Item numbers alike but for one run of digits ("3" and "5", "14/87" and "14/89", "2787/12" and "2789/12"): the numbers
    /// between them are printed the same way.
    /// </summary>
    private sealed partial record NumberSeries(string Before, int From, int To, string After, int Width)
    {
        public static NumberSeries? Between(string? first, string? second)
        {
            if (first is null || second is null || first.Length > 20 || second.Length > 20)
            {
                return null;
            }

            var (a, b) = (Digits().Matches(first), Digits().Matches(second));
            if (a.Count == 0 || a.Count != b.Count || Digits().Replace(first, "#") != Digits().Replace(second, "#"))
            {
                return null;
            }

            var differing = Enumerable.Range(0, a.Count).Where(i => a[i].Value != b[i].Value).ToList();
            if (differing is not [var d] || a[d].Length > 5 || b[d].Length > 5)
            {
                return null;
            }

            var run = a[d];
            return new NumberSeries(first[..run.Index], int.Parse(run.Value, CultureInfo.InvariantCulture), int.Parse(b[d].Value, CultureInfo.InvariantCulture),
                first[(run.Index + run.Length)..], run.Value.StartsWith('0') ? run.Length : 0);
        }

        public string Print(int number) => Before + number.ToString(CultureInfo.InvariantCulture).PadLeft(Width, '0') + After;

        /// <summary>
        /// The number of the series a paragraph opens with, and its text after it; a plain number needs its stop or bracket
        /// ("3. AC advised …"), since a bare count opens sentences ("3 Members attended").
        /// </summary>
        public (int Number, string Text)? Opening(string text)
        {
            var t = text.TrimStart();
            if (!t.StartsWith(Before, StringComparison.Ordinal))
            {
                return null;
            }

            var digits = t.AsSpan(Before.Length);
            var length = 0;
            while (length < digits.Length && length < 5 && char.IsAsciiDigit(digits[length]))
            {
                length++;
            }

            if (length == 0 || !digits[length..].StartsWith(After, StringComparison.Ordinal))
            {
                return null;
            }

            var rest = digits[(length + After.Length)..];
            var marked = rest.Length > 0 && rest[0] is '.' or ')';
            if (marked)
            {
                rest = rest[1..];
            }

            var plain = Before.Length == 0 && After.Length == 0;
            return (plain && !marked) || rest.Length < 2 || !char.IsWhiteSpace(rest[0]) || rest.Trim().IsEmpty
                ? null
                : (int.Parse(digits[..length], CultureInfo.InvariantCulture), rest.Trim().ToString());
        }

        [GeneratedRegex(@"\d+", RegexOptions.None, MatchTimeout.Milliseconds)]
        private static partial Regex Digits();
    }

    /// <summary>How many headings set apart by layout or markup make a document one that marks its headings.</summary>
    private const int MarkedHeadings = 3;

    /// <summary>How many numbered item headings make a document one that numbers its items.</summary>
    private const int NumberedDocument = 3;

    /// <summary>
    /// "2.1 Discovery findings" on the line under "2. Presentations and discussions" (a portal prints a sub-item's number in a
    /// cell of its own, "5.1" over "5TH FEBRUARY, 2018", and that is an item), or an unnumbered heading by layout inside a
    /// numbered item of a document that numbers its items: part of the item, not an item.
    /// </summary>
    private static bool IsSubHeading(ItemDraft current, Heading heading, Block block, bool numbered, int itemLevel) =>
        (current.Number is { } parent
         && ((heading.Span == 1 && SubsectionNumber().Match(heading.Number ?? heading.Title?.Split(' ')[0] ?? "") is { Success: true } m && m.Groups["parent"].Value == parent.TrimEnd('.'))
             || (numbered && heading is { Number: null, IsSection: false } && block.Kind == BlockKind.Heading)))
        || (heading is { Number: null, IsSection: false } && block.Level > itemLevel);

    /// <summary>
    /// Where the items begin: after a portal table's "No. Item" row, else after the attendance, else at the first heading or
    /// prose; and past the agenda, when the minutes print it before minuting its items.
    /// </summary>
    public int ItemRegionStart(int from)
    {
        if (_explicitItems)
        {
            return Enumerable.Range(from, blocks.Count - from).First(i => blocks[i].Kind == BlockKind.ItemHeading);
        }

        return PastAgenda(FirstItemLine(from));
    }

    /// <summary>
    /// Minutes that open with the meeting's agenda (numbered titles, nothing minuted under them) and then minute each item
    /// under its title again begin where the agenda's first title comes back; the agenda's numbers would else be the items.
    /// </summary>
    private int PastAgenda(int start)
    {
        for (var i = start; i < blocks.Count && (!ItemHeadingRule.IsProse(blocks[i].Text) || MeetingHeader.IsHeaderLine(blocks[i].Text)); i++)
        {
            if (HeadingAt(i, start) is not { Number: not null, Title: { } title } first)
            {
                continue;
            }

            var numbered = 0;
            for (var j = i; j < blocks.Count && !ItemHeadingRule.IsProse(blocks[j].Text); j++)
            {
                if (j >= i + first.Span && numbered >= NumberedDocument && SameTitle(Title(blocks[j].Text), title))
                {
                    return j;
                }

                numbered += HeadingAt(j, start) is { Number: not null } ? 1 : 0;
            }

            return start;
        }

        return start;
    }

    private static bool SameTitle(string? a, string b) =>
        a is not null && string.Equals(a.Trim().TrimEnd('.', ':'), b.Trim().TrimEnd('.', ':'), StringComparison.OrdinalIgnoreCase);

    private int FirstItemLine(int from)
    {
        var window = Math.Min(blocks.Count, from + 60);
        // A portal page's "Items" / "No. Item" header, below site navigation of up to some 40 lines; the header a page
        // break repeats further down starts nothing.
        for (var i = from; i < Math.Min(window, from + 40); i++)
        {
            var end = i;
            while (end < blocks.Count && (TableHeader().IsMatch(blocks[end].Text) || (blocks[end].Text == "No." && end + 1 < blocks.Count && blocks[end + 1].Text == "Item")))
            {
                end += blocks[end].Text == "No." ? 2 : 1;
            }

            if (end > i)
            {
                return end;
            }
        }

        // Printed minutes list attendance before the first item (a cover letter may come before it), or within a
        // first item such as "Calling of the Roll and Apologies for Absence".
        var attendance = -1;
        var rollCall = -1;
        for (var i = from; i < window; i++)
        {
            if (AttendanceSection.Label(blocks[i].Text) is { List: not AttendanceSection.List.Ignored })
            {
                attendance = i;
                break;
            }

            if (rollCall < 0 && HeadingAt(i, from) is { IsSection: false, Number: not null, Title: { } title } && RollCall().IsMatch(title))
            {
                rollCall = i;
            }
        }

        if (rollCall >= 0 && attendance >= 0)
        {
            return rollCall;
        }

        // Attendance listed after minuted business (a decision, an actor and what it did) closes the record; it opens no items.
        if (attendance >= 0 && !Enumerable.Range(from, attendance - from).Any(i => MinutesSignals.RecordsProceedings(blocks[i].Text)))
        {
            var i = attendance + 1;
            // "## Present" … "## Apologies for Absence" …: an unnumbered apologies heading under the list of who attended goes with it.
            while (i < blocks.Count && (blocks[i].Kind == BlockKind.ActionNote || AttendanceSection.IsLabel(blocks[i].Text) || AttendanceSection.AlsoAttendingSentence(blocks[i].Text) is not null
                                        || (blocks[i].Kind == BlockKind.Heading && AttendanceSection.IsApologiesTitle(blocks[i].Text) && HeadingAt(i, attendance) is not { Number: not null })
                                        || (blocks[i].Kind == BlockKind.ListItem && AttendanceSection.IsPersonEntry(blocks[i].Text))
                                        || (blocks[i].Kind is BlockKind.Text or BlockKind.Heading && HeadingAt(i, attendance) is null
                                            && AttendanceSection.IsNameListLine(blocks[i].Text))))
            {
                i++;
            }

            // Attendance printed after the business (as committee systems such as CMIS do) is not a header.
            if (i < blocks.Count)
            {
                return i;
            }
        }

        for (var i = from; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // A heading that only names the body ("Essex County Council", "Full Council", "2016-11-24 Open Standards Board
            // Meeting") titles the document: the items start below it.
            if (!MeetingHeader.IsHeaderLine(block.Text) && !(block.Kind == BlockKind.Heading && MeetingIdentity.Committee([block]) is not null)
                && (HeadingAt(i, from) is not null || block.Kind is BlockKind.Label or BlockKind.ListItem || ItemHeadingRule.IsProse(block.Text)))
            {
                return i;
            }
        }

        return blocks.Count;
    }

    // Segmenting asks about the same line several times (counting numbered headings, the region's start, the items);
    // the region's start only matters as being before, at or after the line, so the answer is kept per line and that.
    private readonly Dictionary<(int Line, int SideOfStart), Heading?> _headings = [];

    private Heading? HeadingAt(int i, int regionStart)
    {
        var key = (i, Math.Sign(i - regionStart));
        if (!_headings.TryGetValue(key, out var heading))
        {
            heading = FindHeading(i, regionStart);
            _headings[key] = heading;
        }

        return heading;
    }

    private Heading? FindHeading(int i, int regionStart)
    {
        var block = blocks[i];
        if (block.Kind == BlockKind.ItemHeading)
        {
            return new Heading(block.Number, Title(block.Text), 1);
        }

        // "No. Item", a portal table's header a page break repeats, heads no item; nor does a figure beside an action in its
        // table's row (a due date "07/11").
        if (_explicitItems || block.Kind is not (BlockKind.Text or BlockKind.Heading) || (block.Kind == BlockKind.Text && i < _lastRankedItem) || TableHeader().IsMatch(block.Text)
            || (block is { Kind: BlockKind.Text, StartsRow: false } && ItemHeadingRule.NumberOnly(block.Text) is not null && BesideAnAction(i)))
        {
            return null;
        }

        var next = Next(i);
        if (ItemHeadingRule.NumberOnly(block.Text) is { } number && !InList(i))
        {
            // "118 <AI1>" then "118 Procedural Business": the bare number repeats the heading's own.
            if (next is not null && ItemHeadingRule.NumberedTitle(next.Text) is { } same && same.Number == number)
            {
                return new Heading(null, null, 1, IsSection: true);
            }

            var title = next is { Kind: BlockKind.Heading or BlockKind.Text } && ItemHeadingRule.IsTitleLike(next.Text)
                        && ItemHeadingRule.NumberOnly(next.Text) is null && !AttendanceSection.IsLabel(next.Text);
            return title ? new Heading(number, Title(next!.Text), 2) : new Heading(number, null, 1);
        }

        // Printed minutes that set the title above the minute number: "APOLOGIES" / "PLA146/14".
        if (ItemHeadingRule.IsTitleLike(block.Text) && next is not null && ItemHeadingRule.NumberOnly(next.Text) is { } below
            && !TitleFollows(i + 1))
        {
            return new Heading(below, Title(block.Text), 2);
        }

        if (ItemHeadingRule.NumberedTitle(block.Text, setApart: block.Kind == BlockKind.Heading) is { } numbered && !InList(i) && !ResolutionBlock.IsLabel(numbered.Title))
        {
            return new Heading(numbered.Number, Title(numbered.Title), 1);
        }

        if (ItemHeadingRule.NumberedAttendance(block.Text) is { } roll && !InList(i))
        {
            return new Heading(roll.Number, roll.Title, 1, Remainder: roll.Names);
        }

        // "1. RESOLVED that the payments be approved.": a numbered part of a decision, not an item.
        // A minute code ("83/23") numbers no decision's part, so it may run on straight under the line before.
        // Where numbered headings run in after a full stop, one run in after a dash is the document's too, set close or not.
        if (ItemHeadingRule.RunInHeading(block.Text) is { } runIn && (block.GapBefore >= 1 || i == regionStart || runIn.Number.Contains('/', StringComparison.Ordinal) || _titleRunIns)
            && !InList(i) && !ResolutionBlock.IsLabel(runIn.Title))
        {
            return new Heading(runIn.Number, runIn.Title, 1, Remainder: runIn.Body);
        }

        if (_titleRunIns && block.Kind == BlockKind.Text && ItemHeadingRule.TitleCaseRunInHeading(block.Text) is { } titled
            && !InList(i) && !ResolutionBlock.IsLabel(titled.Title) && !AttendanceSection.IsLabel(block.Text))
        {
            return new Heading(titled.Number, titled.Title, 1, Remainder: titled.Body);
        }

        // "FINANCE. A cheque was signed …": where that is the document's way, a paragraph opened in capitals is an item.
        if (_capitalRunIns && block is { Kind: BlockKind.Text, GapBefore: >= 1 } && ItemHeadingRule.CapitalsRunInHeading(block.Text) is { } capitals
            && !ResolutionBlock.IsLabel(capitals.Title) && !AttendanceSection.IsLabel(block.Text) && !InList(i))
        {
            return new Heading(null, capitals.Title, 1, Remainder: capitals.Body);
        }

        // A line the layout sets in bold that lists people ("Nick Oakhill (NO) CHAIR Alan Smith (AS)") or records a decision
        // ("Committee resolved to note the update.") is not an item.
        // A bold figure is a table's cell ("£1,000", "Total="), not an item; nor is an action set in bold to stand out ("HD to
        // draft a letter and liaise with Katy Draper"): it is its item's text.
        if (block.Kind == BlockKind.Heading && (ItemHeadingRule.IsFigure(block.Text) || CommitmentCue.Find(block.Text, isDecision: false) is not null))
        {
            return null;
        }

        // "Councillors Present:" over a bold run of names ("A Athwall N Beecroft-Smith A Cook"): the names are the list's.
        if (block.Kind == BlockKind.Heading && !AttendanceSection.NamesSeveralPeople(block.Text) && !ResolutionBlock.IsLabel(block.Text) && !HeadsWhoAttended(block.Text)
            && !(i > 0 && HeadsWhoAttended(blocks[i - 1].Text)))
        {
            // A heading with nothing under it before a numbered item is a section of the agenda, not an item.
            return next is not null && IsNumberedHeading(next) && !(next.Kind == BlockKind.Text && i < _lastRankedItem)
                ? new Heading(null, null, 1, IsSection: true)
                : new Heading(null, Title(block.Text), 1);
        }

        // An un-numbered title line straight under another heading is that item's agenda wording ("Consider Minute of …").
        return (block.Kind == BlockKind.Heading || !_markedHeadings || char.IsDigit(block.Text[0])) && IsTitleLine(i, regionStart) ? new Heading(null, Title(block.Text), 1, FromTitleLine: true) : null;
    }

    /// <summary>
    /// "## Attendees", "## The following people attended the meeting:": a heading over the list of who was there, wherever the
    /// minutes print it, is no item (an apologies heading may be one: "Apologies for Absence" is business of the meeting).
    /// </summary>
    private static bool HeadsWhoAttended(string text) =>
        AttendanceSection.Label(text) is { Remainder.Length: 0, List: AttendanceSection.List.Present or AttendanceSection.List.Officers or AttendanceSection.List.AlsoAttending };

    /// <summary>A title line by its own shape and what follows it: short, not a header or name list, over minuted text.</summary>
    private bool OpensItem(int i)
    {
        var block = blocks[i];
        if (!ItemHeadingRule.IsTitleLike(block.Text) || MeetingHeader.IsHeaderLine(block.Text) || SubResolutionMarker.Starts(block.Text) || ActionStatus.IsCompleted(block.Text)
            || (AttendanceSection.IsNameListLine(block.Text) && PersonList().IsMatch(block.Text)))
        {
            return false;
        }

        var next = Next(i);
        return next is not null && !AttendanceSection.IsLabel(next.Text)
               && (next.Kind is BlockKind.Label or BlockKind.DocumentLink || (next.Kind == BlockKind.Text && ItemHeadingRule.IsProse(next.Text)));
    }

    /// <summary>An un-numbered title line: set apart, opening minuted text, and not one line of a list.</summary>
    private bool IsTitleLine(int i, int regionStart)
    {
        var block = blocks[i];
        if ((block.GapBefore < 1 && !block.StartsRow && i > regionStart) || !OpensItem(i))
        {
            return false;
        }

        if (i == regionStart)
        {
            return true;
        }

        // Under "Present:" a short line may be more names; a title ending in a colon ("Foodbanks Report:") is not.
        var previous = blocks[i - 1];
        return !(previous.Kind == BlockKind.Text && (ItemHeadingRule.IsTitleLike(previous.Text) || (AttendanceSection.IsLabel(previous.Text) && !block.Text.TrimEnd().EndsWith(':'))))
               && !previous.Text.TrimEnd().EndsWith(':') && !previous.Text.TrimEnd().EndsWith(":-", StringComparison.Ordinal);
    }

    private bool StartsUntitledItem(Block block, ItemDraft current)
    {
        if (_explicitItems)
        {
            return false;
        }

        // A second "Minutes:" is an item whose heading was lost; "DECISION" may come once per paragraph of one item.
        if (block.Kind == BlockKind.Label && MinutedLabel().IsMatch(block.Text))
        {
            var family = block.Text[..3];
            return current.Content.Any(b => b.Kind == BlockKind.Label && b.Text.StartsWith(family, StringComparison.OrdinalIgnoreCase))
                   || (block.StartsRow && current.Content.Any(b => b.Kind != BlockKind.Label));
        }

        // Flattened portal pages keep a wide gap where a row's heading cell was dropped.
        return paragraphGap >= 2 && block.GapBefore >= paragraphGap + 2 && current.Content.Count > 0
               && !SubResolutionMarker.Starts(block.Text) && !LeadingThat().IsMatch(block.Text);
    }

    /// <summary>True inside a numbered list of the text: after a line that introduces it, or after an entry of it.</summary>
    private bool InList(int i)
    {
        if (i == 0 || blocks[i].Kind != BlockKind.Text)
        {
            return false;
        }

        var previous = blocks[i - 1].Text.TrimEnd();
        return previous.EndsWith(':') || previous.EndsWith(":-", StringComparison.Ordinal)
               || (SubResolutionMarker.Read(previous) is { } part && ContinuesParts(part.Marker, blocks[i].Text)
                   && (previous.EndsWith(';') || previous.EndsWith("; and", StringComparison.Ordinal) || InList(i - 1)));
    }

    /// <summary>
    /// Whether a line can follow a decision's part: unmarked, or the next marker of its series ("(b)" after "(a)"). A number
    /// out of that series ("48. LOCAL TRANSPORT PLAN" after "(b) … approved.") is the next minute.
    /// </summary>
    private static bool ContinuesParts(string marker, string line) =>
        SubResolutionMarker.Read(line) is not { } next || SubResolutionMarker.Follows(marker, next.Marker);

    private bool TitleFollows(int i) => Next(i) is { } n && ItemHeadingRule.IsTitleLike(n.Text) && !ItemHeadingRule.IsProse(n.Text);

    private static bool IsNumberedHeading(Block block) =>
        block.Kind == BlockKind.ItemHeading || ItemHeadingRule.NumberOnly(block.Text) is not null || ItemHeadingRule.NumberedTitle(block.Text) is not null;

    /// <summary>True for a cell in an action table's row after its action, or after the action's owner.</summary>
    private bool BesideAnAction(int i) =>
        (i > 0 && blocks[i - 1].Kind == BlockKind.ActionRow) || (i > 1 && blocks[i - 1].Kind == BlockKind.ActionNote && blocks[i - 2].Kind == BlockKind.ActionRow);

    private Block? Next(int i)
    {
        for (var j = i + 1; j < blocks.Count; j++)
        {
            if (blocks[j].Kind != BlockKind.ActionNote)
            {
                return blocks[j];
            }
        }

        return null;
    }

    private static string? Title(string text)
    {
        var t = ItemHeadingRule.Heading(text);
        return t.Length == 0 ? null : t;
    }

    [GeneratedRegex(@"^(?:Meeting ended|The meeting (?:ended|closed|finished|terminated|concluded)|Meeting closed)\b.*\d", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    public static partial Regex MeetingEnd();

    [GeneratedRegex(@"\b(?:roll|apologies|attendance|present)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex RollCall();

    [GeneratedRegex(@"^(?:No\.?\s*\|?\s*Item|Item No\.?|Items)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"^(?:Minutes|MINUTES)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutedLabel();

    [GeneratedRegex(@"^(?:that|That)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThat();

    [GeneratedRegex(@"^(?<parent>\d{1,3})\.\d{1,2}\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SubsectionNumber();

    [GeneratedRegex(@"^(?:Councillors?|Cllrs?|Aldermen|Alderman|The\s+Right\s+Worshipful)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PersonList();
}
