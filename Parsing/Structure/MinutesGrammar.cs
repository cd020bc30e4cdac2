using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>The minutes grammar: finds header, attendance, items, resolutions and actions in extracted blocks.</summary>
internal static partial class MinutesGrammar
{
    /// <summary>The kinds of page minutes are published as, which decide where items can start.</summary>
    private enum PageKind
    {
        /// <summary>Whole minutes: printed minutes, or a portal's "Agenda and minutes" page.</summary>
        Minutes,

        /// <summary>A portal's "Agenda item" page (mgAi): one item, titled on the line after the caption.</summary>
        AgendaItem,

        /// <summary>A portal's "Issue - meetings" page: one item per "Meeting: dd/mm/yyyy - Committee (Item n)" line.</summary>
        Issue,

        /// <summary>A bare "Minutes:" block of one item.</summary>
        MinutesExcerpt,
    }

    public static ParseResult Read(ExtractedDocument document, SourceHints hints, CancellationToken cancellationToken)
    {
        var blocks = AttendanceGrid.InColumns(InlineLabels.Split(document.Blocks));
        var paragraphGap = ParagraphGap(blocks);
        var segmenter = new ItemSegmenter(blocks, paragraphGap);
        var kind = Classify(blocks);
        var (header, drafts) = kind switch
        {
            _ when document.HasExplicitItems => WholeMinutes(blocks, segmenter),
            PageKind.AgendaItem => AgendaItemPage(blocks),
            PageKind.Issue => IssuePage(blocks),
            PageKind.MinutesExcerpt => ([], [Excerpt(blocks)]),
            _ => WholeMinutes(blocks, segmenter),
        };
        cancellationToken.ThrowIfCancellationRequested();

        var attendanceAnchor = header.FindIndex(b => AttendanceSection.Label(b.Text) is { List: AttendanceSection.List.Present });
        var facts = MeetingHeader.Read(header, attendanceAnchor);
        if (facts.Date is null || facts.Committee is null)
        {
            // Decision pages state the meeting in fields below the decision ("Decided at meeting: 10/09/2024 - Cabinet").
            var fields = MeetingHeader.Read(blocks.Where(b => MeetingHeader.IsMeetingLine(b.Text)).ToList(), -1);
            facts = facts with { Date = facts.Date ?? fields.Date, Committee = facts.Committee ?? fields.Committee };
        }

        // What the text says wins; what the format states as data comes next; the upload's hints fill the rest.
        var opening = document.Blocks.Take(MeetingIdentity.OpeningBlocks).ToList();
        var date = facts.Date ?? document.Facts.MeetingDate ?? MeetingIdentity.Date(opening) ?? hints.MeetingDate;

        var attendance = AttendanceReader.Read(blocks, segmenter.HeadingPositions, document.Attendance);
        var members = MembersNames.Of(attendance, blocks.Select(b => b.Text));
        var read = drafts.Select((draft, i) => ItemReader.Read(draft, i + 1, paragraphGap)).ToList();
        var routed = ActionLogRouting.Route(read);
        var items = ActionLogRouting.WithoutRepeatedRows(
            [.. read.Select((r, i) => r.Item with { Actions = ActionFinder.Find(routed[i], r.Item.ActionOwner, date, r.Item.Title, members) })], routed);
        var committee = facts.Committee ?? document.Facts.Committee ?? MeetingIdentity.Committee(opening) ?? hints.Committee ?? CommitteeFromMinutesItem(items)
                        ?? MeetingIdentity.CommitteeInProse(blocks);
        var council = facts.Council ?? document.Facts.Council ?? hints.Council;
        if (committee is not null && MeetingIdentity.BodyWithin(committee, opening) is { } body)
        {
            (council, committee) = (council ?? committee, body);
        }
        else if (committee is not null && MeetingIdentity.OrganisationAndBody(committee) is { } named)
        {
            (council, committee) = (council ?? named.Organisation, named.Body);
        }

        var meeting = new MeetingMinutes
        {
            Council = council,
            Committee = committee,
            Date = date,
            StartTime = facts.StartTime ?? document.Facts.StartTime ?? hints.StartTime,
            EndTime = EndTime(blocks),
            Venue = facts.Venue ?? document.Facts.Venue ?? hints.Venue,
            PreviousMinutesDate = PreviousMinutesDate(items),
            Attendance = attendance,
            Items = items,
            Scope = kind is PageKind.Minutes ? DocumentScope.WholeMeeting : DocumentScope.SomeItems,
            SourceUrl = hints.SourceUrl ?? document.Facts.SourceUrl,
        };
        var evidence = MinutesSignals.Read(document.Blocks, meeting, kind is not PageKind.Minutes, hints);
        return new ParseResult
        {
            Format = document.Format,
            Meeting = meeting,
            Evidence = evidence,
            Diagnostics = [.. document.Diagnostics, .. Diagnose(meeting), .. evidence.AreMinutes ? [] : new[] { Diagnostic.Warning("not-minutes", $"This does not read as minutes: {evidence.Missing}.") }],
        };
    }

    private static PageKind Classify(List<Block> blocks)
    {
        var first = blocks.FirstOrDefault(b => b.Text.Length > 0);
        if (first is null)
        {
            return PageKind.Minutes;
        }

        if (AgendaItemCaption().IsMatch(first.Text))
        {
            return PageKind.AgendaItem;
        }

        if (blocks.Take(4).Any(b => IssueCaption().IsMatch(b.Text)) || blocks.Any(b => MeetingOfIssue().IsMatch(b.Text)))
        {
            return PageKind.Issue;
        }

        return first.Kind == BlockKind.Label ? PageKind.MinutesExcerpt : PageKind.Minutes;
    }

    private static (List<Block> Header, List<ItemDraft> Items) WholeMinutes(List<Block> blocks, ItemSegmenter segmenter)
    {
        var start = segmenter.ItemRegionStart(0);
        return (blocks[..start], segmenter.Segment(start, blocks.Count));
    }

    private static (List<Block> Header, List<ItemDraft> Items) AgendaItemPage(List<Block> blocks)
    {
        var caption = blocks.FindIndex(b => AgendaItemCaption().IsMatch(b.Text));
        var titleAt = caption + 1;
        var title = titleAt < blocks.Count && blocks[titleAt].Kind != BlockKind.Label ? LinkArtefacts.Strip(blocks[titleAt].Text) : null;
        var draft = new ItemDraft(null, title);
        draft.Content.AddRange(blocks.Skip(title is null ? titleAt : titleAt + 1).Where(b => !ItemSegmenter.MeetingEnd().IsMatch(b.Text)));
        return (blocks[..caption], [draft]);
    }

    private static (List<Block> Header, List<ItemDraft> Items) IssuePage(List<Block> blocks)
    {
        var starts = Enumerable.Range(0, blocks.Count).Where(i => MeetingOfIssue().IsMatch(blocks[i].Text)).ToList();
        if (starts.Count == 0)
        {
            return ([], [Excerpt(blocks)]);
        }

        var header = blocks[..starts[0]];
        header.Add(blocks[starts[0]]);
        var drafts = new List<ItemDraft>();
        for (var s = 0; s < starts.Count; s++)
        {
            var at = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1] : blocks.Count;
            var first = at + 1 < end ? blocks[at + 1] : null;
            var numbered = first is null ? null : IssueItemHeading(first.Text, MeetingItemNumber(blocks[at].Text));
            var issueTitle = DecisionOfIssue().Match(blocks[at].Text) is { Success: true } d ? d.Groups["title"].Value.Trim() : null;
            var draft = numbered is { } n ? new ItemDraft(n.Number, n.Title) : new ItemDraft(MeetingItemNumber(blocks[at].Text), issueTitle ?? first?.Text);
            var contentStart = numbered is not null || (issueTitle is null && first is not null) ? at + 2 : at + 1;
            draft.Content.AddRange(blocks.Skip(contentStart).Take(Math.Max(0, end - contentStart)));
            drafts.Add(draft);
        }

        return (header, drafts);
    }

    private static ItemDraft Excerpt(List<Block> blocks)
    {
        var draft = new ItemDraft(null, null);
        draft.Content.AddRange(blocks.Where(b => !ItemSegmenter.MeetingEnd().IsMatch(b.Text)));
        return draft;
    }

    /// <summary>The usual number of blank lines between paragraphs; portal pages flattened to text often use two.</summary>
    private static int ParagraphGap(List<Block> blocks)
    {
        var gaps = blocks.Where(b => b.Kind is BlockKind.Text or BlockKind.ListItem && b.GapBefore > 0)
            .GroupBy(b => b.GapBefore)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .FirstOrDefault();
        return gaps?.Key ?? 1;
    }

    private static TimeOnly? EndTime(List<Block> blocks) =>
        blocks.Where(b => ItemSegmenter.MeetingEnd().IsMatch(b.Text)).Select(b => CalendarText.FirstTime(b.Text)).LastOrDefault(t => t is not null);

    /// <summary>The date of the earlier meeting whose minutes were approved ("The Minutes of the meeting held on 15 July 2024 were … signed").</summary>
    private static DateOnly? PreviousMinutesDate(List<AgendaItem> items)
    {
        foreach (var item in items.Take(6))
        {
            foreach (var text in new[] { item.Title ?? "", item.Text }.Concat(item.Resolutions.Select(r => r.Text)))
            {
                var m = PreviousMinutes().Match(text);
                if (m.Success && CalendarText.FirstDate(m.Groups["when"].Value) is { } d)
                {
                    return d;
                }
            }
        }

        return null;
    }

    /// <summary>Minutes that lost their heading still name their committee where they approve its last minutes.</summary>
    private static string? CommitteeFromMinutesItem(List<AgendaItem> items)
    {
        foreach (var item in items.Take(6))
        {
            foreach (var text in new[] { item.Title ?? "", item.Text }.Concat(item.Resolutions.Select(r => r.Text)))
            {
                // "the minutes of the meeting of the Committee": which committee, the words do not say.
                if (MinutesOfCommittee().Match(text) is { Success: true } m && MeetingHeader.TidyCommittee(m.Groups["committee"].Value) is { } committee
                    && !UnnamedCommittee().IsMatch(committee))
                {
                    return committee;
                }
            }
        }

        return null;
    }

    /// <summary>The heading under an issue page's "Meeting:" line: "25 Ofsted Focused Visit…", whose number the line gave as "(Item 25)".</summary>
    private static (string Number, string Title)? IssueItemHeading(string text, string? number)
    {
        if (number is not null && text.StartsWith(number + " ", StringComparison.Ordinal))
        {
            var title = LinkArtefacts.Strip(text[(number.Length + 1)..]);
            return title.Length > 0 ? (number, title) : null;
        }

        return ItemHeadingRule.NumberedTitle(text);
    }

    private static string? MeetingItemNumber(string meetingLine) =>
        ItemOfMeeting().Match(meetingLine) is { Success: true } m ? m.Groups["n"].Value : null;

    private static IEnumerable<Diagnostic> Diagnose(MeetingMinutes meeting)
    {
        if (meeting.Items.Count == 0)
        {
            yield return Diagnostic.Warning("no-items", "No agenda items were found; check that this document is minutes.");
        }

        if (meeting.Date is null)
        {
            yield return Diagnostic.Warning("no-meeting-date", "No meeting date found; supply one with the upload's metadata (meeting-date).");
        }

        if (meeting.Committee is null)
        {
            yield return Diagnostic.Warning("no-committee", "No committee name found; supply one with the upload's metadata (committee).");
        }

        var untitled = meeting.Items.Count(i => i.Title is null && i.Number is null);
        if (untitled > 0)
        {
            yield return Diagnostic.Info("untitled-items", $"{untitled} item(s) have neither number nor title (their heading was lost when the page was saved).");
        }
    }

    [GeneratedRegex(@"^Agenda item$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex AgendaItemCaption();

    [GeneratedRegex(@"^(?:Issue - (?:meetings|decisions|items at meetings)|Decisions for issue)\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex IssueCaption();

    [GeneratedRegex(@"^(?:Meeting:\s*)?\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*\S", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MeetingOfIssue();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*(?<title>.+)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex DecisionOfIssue();

    [GeneratedRegex(@"\(Item\s+(?<n>[^)]+)\)\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ItemOfMeeting();

    [GeneratedRegex(@"\bminutes\s+of\s+(?:the\s+)?(?:(?:previous|last)\s+)?meeting(?:\s+of\s+[^.]{0,120}?)?\s+(?:held\s+)?(?:on\s+)?(?<when>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})|\bminutes\s+of\s+(?<when>\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex PreviousMinutes();

    [GeneratedRegex(@"\b(?i:minutes)\s+of\s+(?:the\s+)?(?:(?i:previous|last)\s+)?(?:(?i:meeting)\s+of\s+(?:the\s+)?)?(?<committee>(?:[A-Z][\w,'’&-]*\s+(?:and\s+|of\s+|for\s+)?){0,8}?(?:" + Vocabulary.BodyNoun + @"))\s+(?:(?i:meetings?)\s+)?(?:held|on)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MinutesOfCommittee();

    [GeneratedRegex(@"^(?i:sub[- ]?)?(?i:committee)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex UnnamedCommittee();
}
