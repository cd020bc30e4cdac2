using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>Reads one item's blocks: the minuted text, bullets, linked documents, the Action column and the decisions.</summary>
internal static partial class ItemReader
{
    public static (AgendaItem Item, List<Passage> Passages) Read(ItemDraft draft, int ordinal, int paragraphGap)
    {
        var reading = new Reading(draft, paragraphGap);
        reading.Run();
        // A motion moved and then resolved in its own words ("X moved, seconded by Y, that Z be elected Mayor. … RESOLVED that Z
        // be elected Mayor of …") is one decision: keep the resolution. A portal's "Decision:" cell often repeats what the
        // minutes resolved; keep its own decisions only.
        var labelled = reading.Labelled
            .Where(d => !reading.Motions.Contains(d) || !reading.Labelled.Exists(l => !reading.Motions.Contains(l) && Restatement.Of(d.Resolution.Text, l.Resolution.Text)))
            .ToList();
        var resolutions = labelled
            .Concat(reading.FromDecisionCell.Where(d => !labelled.Exists(l => Restatement.Of(d.Resolution.Text, l.Resolution.Text))))
            .ToList();
        var passages = reading.Body.Where(t => !reading.Tabled.Exists(r => r.Text == t)).Select(t => new Passage(t, false))
            .Concat(reading.Tabled)
            .Concat(reading.BulletPassages)
            .Concat(resolutions.Select(r => new Passage(r.Resolution.Text, true, r.Subject)))
            .ToList();
        var item = new AgendaItem
        {
            Ordinal = ordinal,
            Number = draft.Number,
            Title = draft.Title,
            Text = string.Join("\n\n", reading.Description.Concat(reading.Body)),
            Bullets = reading.Bullets,
            Documents = reading.Documents,
            Resolutions = resolutions.Select(r => r.Resolution).ToList(),
            ActionOwner = reading.ActionOwner,
        };
        return (item, passages);
    }

    /// <summary>A decision with the subject its preamble gave it.</summary>
    private sealed record Decided(Resolution Resolution, string? Subject);

    private enum Section
    {
        Minutes,
        Decision,
        Documents,
    }

    /// <summary>The state of reading one item, block by block.</summary>
    private sealed class Reading(ItemDraft draft, int paragraphGap)
    {
        public List<string> Description { get; } = [];
        public List<string> Body { get; } = [];
        public List<string> Bullets { get; } = [];
        public List<Passage> BulletPassages { get; } = [];
        public List<Passage> Tabled { get; } = [];
        public List<LinkedDocument> Documents { get; } = [];
        public List<Decided> Labelled { get; } = [];
        public List<Decided> FromDecisionCell { get; } = [];
        public HashSet<Decided> Motions { get; } = [];
        public string? ActionOwner { get; private set; }

        private Section _section = Section.Minutes;
        private bool _inDecision;
        private bool _decisionListOpen;

        // The decision ended "subject to the following conditions:": the numbered lines under it are its terms.
        private bool _termsOpen;

        // After a bare "RESOLVED" the decision is the next paragraph, numbered or not.
        private bool _awaitingDecision;

        // The preamble ended in a colon with no numbered parts under it: the lines that follow are its decisions.
        private bool _listedDecisions;
        private string? _subject;

        // Where numbered parts go: after a label, to the labelled decisions; in a portal's "Decision:" cell, to that cell's.
        private List<Decided> _target = [];

        public void Run()
        {
            var blocks = draft.Content;
            // A portal item's text before its "Minutes:" or "Decision:" label is the agenda's description of the business
            // ("1. Members are requested to identify the item number …"): what was to be done, neither decided nor assigned.
            var described = blocks.FindIndex(b => b.Kind == BlockKind.Label && LabelSection(b.Text) is Section.Minutes or Section.Decision);
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (i < described && block.Kind is BlockKind.Text or BlockKind.ListItem)
                {
                    Description.Add(block.Text);
                    continue;
                }

                switch (block.Kind)
                {
                    case BlockKind.Label:
                        _section = LabelSection(block.Text);
                        _inDecision = false;
                        _awaitingDecision = false;
                        break;
                    case BlockKind.DocumentLink:
                        Documents.Add(Document(block));
                        break;
                    case BlockKind.ActionRow:
                        // The owner cell after a table's row is that row's, not the whole item's.
                        var owner = i + 1 < blocks.Count && blocks[i + 1].Kind == BlockKind.ActionNote ? blocks[++i].Text : null;
                        Body.Add(block.Text);

                        // A row of an action log whose status cell, past its owner, says it is done is work done, not an action.
                        var remark = i + 1 < blocks.Count && blocks[i + 1] is { Kind: BlockKind.Text, StartsRow: false } cell ? cell.Text : null;
                        if (!(remark is not null && ActionStatus.IsCompleted(remark)))
                        {
                            Tabled.Add(new Passage(block.Text, false, IsTabled: true, Owner: owner, Reference: block.Number, Remark: remark));
                        }

                        break;
                    case BlockKind.ActionNote when block.Number is { } reference:
                        // "01-02 SB to invite the new CEO to the AGM": a numbered entry of a column of action points is an action.
                        Body.Add(block.Text);
                        Tabled.Add(new Passage(block.Text, false, IsTabled: true, Reference: reference));
                        break;
                    case BlockKind.ActionNote when IsOwnerNote(block.Text):
                        // "JN to send Pdfs of each plan" in a "Who" column: who acts is the doer the note names, not the note.
                        ActionOwner ??= CommitmentCue.Find(block.Text, false) is { Doer: { } doer } ? doer : block.Text;
                        break;
                    case BlockKind.ActionNote:
                        // A portal's "Actions" field may hold the action itself rather than who is to do it.
                        Body.Add(block.Text);
                        break;
                    case BlockKind.ListItem:
                        ReadBullet(block.Text);
                        break;
                    default:
                        ReadText(block, i + 1 < blocks.Count ? blocks[i + 1] : null);
                        break;
                }
            }
        }

        private void ReadBullet(string text)
        {
            if (_awaitingDecision && _listedDecisions)
            {
                Add(text, null);
                return;
            }

            if (_inDecision && _target.Count > 0 && (_decisionListOpen || IntroducesList(_target[^1].Resolution.Text)))
            {
                // "(ii) The following five key outcomes be approved …:-" carries its bullets with it.
                Extend($" · {text}");
                _decisionListOpen = true;
                return;
            }

            _inDecision = false;
            Bullets.Add(text);
            BulletPassages.Add(new Passage(text, false));
        }

        private void ReadText(Block block, Block? next)
        {
            var text = PartBeforeDecision().Replace(ParagraphNumber().Replace(block.Text, ""), "");
            if (ResolutionBlock.AfterLabel(text) is { } rest)
            {
                OpenDecision(rest, next);
                return;
            }

            var marked = SubResolutionMarker.Read(text);
            if (marked is { } motion && ItemHeadingRule.IsMotion(motion.Text))
            {
                // "(b) It was moved by …, seconded by … and": the next decision's preamble, not a decision.
                _inDecision = false;
                Body.Add(block.Text);
                return;
            }

            if (_inDecision && marked is { } part)
            {
                _awaitingDecision = false;
                _decisionListOpen = false;
                if (_termsOpen)
                {
                    // "1. Standard Time", "2. Approved Plans": a condition of the decision above, not a decision.
                    Extend($" · {part.Text}");
                    return;
                }

                Add(part.Text, part.Marker);
                return;
            }

            _termsOpen = false;

            if (_listedDecisions && (block.Kind == BlockKind.Heading || block.GapBefore > Math.Max(1, paragraphGap)))
            {
                _awaitingDecision = _listedDecisions = false;
            }

            if (_awaitingDecision)
            {
                // "The Board agreed that:" over unnumbered lines: each line is one of the decisions it introduces.
                var introduces = IntroducesList(text);
                _awaitingDecision = introduces || _listedDecisions;
                if (introduces)
                {
                    _subject = ResolutionBlock.PreambleSubject(text);
                }
                else
                {
                    Add(text, null);
                }

                return;
            }

            // "(b) the following members be appointed … –" continues over the lines it introduces.
            if (_inDecision && _target.Count > 0 && (_decisionListOpen || IntroducesList(_target[^1].Resolution.Text)) && !ItemHeadingRule.IsProse(text))
            {
                Extend($" {text}");
                _decisionListOpen = true;
                return;
            }

            _decisionListOpen = false;
            if ((_section == Section.Decision && (marked is not null || LeadingThat().IsMatch(text))) || ResolutionBlock.IsFormula(text))
            {
                _inDecision = marked is not null;
                _target = FromDecisionCell;
                Add(marked?.Text ?? text, marked?.Marker);
                return;
            }

            // A decision whose "RESOLVED" label the page lost: a wider gap, then numbered parts or "That … be …".
            var afterDroppedLabel = block.GapBefore > paragraphGap && paragraphGap >= 1;
            if (afterDroppedLabel && marked is { } first && ResolutionBlock.IsDecisionShaped(first.Text) && SubResolutionMarker.Ordinal(first.Marker) == 1)
            {
                _inDecision = true;
                _subject = null;
                _target = Labelled;
                Add(first.Text, first.Marker);
                return;
            }

            // "That the minutes be signed as a correct record." alone in its paragraph is a decision however close it is set: minutes
            // word nothing else so, unless it is what a report recommended ("The report recommended:-").
            var recommended = Body.Count > 0 && Recommends().IsMatch(Body[^1]);
            if ((afterDroppedLabel || (SentenceSplitter.Split(text).Count() == 1 && !recommended)) && LeadingThat().IsMatch(text) && ResolutionBlock.IsDecisionShaped(text))
            {
                _inDecision = false;
                _target = Labelled;
                Add(text, null);
                return;
            }

            // "… proposed (MC) and seconded (RJ) that this application be supported. All in favour.": the motion carried.
            if (ResolutionBlock.CarriedMotions(text) is { Count: > 0 } carried)
            {
                _inDecision = false;
                _target = Labelled;
                foreach (var terms in carried)
                {
                    Add(terms, null);
                    Motions.Add(Labelled[^1]);
                }

                Body.Add(block.Text);
                return;
            }

            // "The minutes were AGREED as a correct record.": a decision stated in a sentence, its verb in capitals as a label's is.
            if (ResolutionBlock.StatesDecision(text))
            {
                _inDecision = false;
                _target = _section == Section.Decision ? FromDecisionCell : Labelled;
                Add(text, null);
                return;
            }

            _inDecision = false;
            Body.Add(block.Text);
            if (marked is { } entry && ActionLogEntry(entry.Text) is { } logged)
            {
                Tabled.Add(logged);
            }
        }

        /// <summary>
        /// An entry of an item titled "Actions" with its status after it ("4. Trusts to confirm their peer review process
        /// [ongoing for members]"): an action whatever its wording, owned by whom the status names, unless the status says
        /// it is done ("[closed]"); null elsewhere.
        /// </summary>
        private Passage? ActionLogEntry(string text)
        {
            if (!ActionLogTitle().IsMatch(draft.Title ?? "") || BracketedStatus().Match(text) is not { Success: true } status)
            {
                return null;
            }

            var said = status.Groups["status"].Value.Trim('*', ' ');
            return ActionStatus.IsCompleted(said) ? null
                : new Passage(text[..status.Index].TrimEnd(), false, IsTabled: true, Owner: StatusOwner().Match(said) is { Success: true } m ? m.Groups["who"].Value : null);
        }

        private void OpenDecision(string rest, Block? next)
        {
            _inDecision = true;
            _subject = null;
            _target = Labelled;
            if (SubResolutionMarker.SplitInline(rest) is { } inline)
            {
                _subject = ResolutionBlock.PreambleSubject(inline.Preamble);
                foreach (var part in inline.Parts)
                {
                    Add(part.Text, part.Marker);
                }

                return;
            }

            _termsOpen = false;
            if (ResolutionBlock.ListsItsTerms(rest))
            {
                Add(rest, null);
                _termsOpen = true;
                return;
            }

            var partsFollow = next is { Kind: BlockKind.Text } && SubResolutionMarker.Starts(next.Text);
            if (rest.Length == 0 || (partsFollow && ResolutionBlock.IsPreamble(rest)) || IntroducesList(rest))
            {
                _subject = ResolutionBlock.PreambleSubject(rest);
                _awaitingDecision = !partsFollow;
                _listedDecisions = !partsFollow && IntroducesList(rest);
                return;
            }

            _listedDecisions = false;

            Add(rest, null);
        }

        /// <summary>Adds to the last decision what goes on from it: a line, a bullet, a condition.</summary>
        private void Extend(string more)
        {
            var last = _target[^1];
            _target[^1] = last with { Resolution = last.Resolution with { Text = last.Resolution.Text + more } };
        }

        private void Add(string text, string? marker)
        {
            var t = text.Trim();
            if (t.Length > 0)
            {
                _target.Add(new Decided(new Resolution(t, marker), _subject));
            }
        }

        private Section LabelSection(string label) =>
            label.StartsWith("Decision", StringComparison.OrdinalIgnoreCase) ? Section.Decision
            : label.StartsWith("Minutes", StringComparison.OrdinalIgnoreCase) ? Section.Minutes
            : Section.Documents;

        private LinkedDocument Document(Block block) =>
            block.Url is null && DocumentSize().Match(block.Text) is { Success: true } size
                ? new LinkedDocument(draft.Title ?? "Report", null, size.Groups["size"].Value)
                : new LinkedDocument(block.Text, block.Url);
    }

    /// <summary>
    /// An Action column cell names who acts ("Executive Director of Children's Services"), in a few words and no verb: "up-date
    /// has been received on the" is a piece of a sentence the column's gutter cut off.
    /// </summary>
    private static bool IsOwnerNote(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !text.Contains('.', StringComparison.Ordinal) && !ClauseVerb().IsMatch(text);

    private static bool IntroducesList(string text) =>
        text.TrimEnd() is var t && (t.EndsWith(':') || t.EndsWith(":-", StringComparison.Ordinal) || t.EndsWith(" –", StringComparison.Ordinal) || t.EndsWith(" -", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:that|That)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThat();

    [GeneratedRegex(@"\b(?:recommend(?:s|ed|ation|ations)?|RECOMMEND(?:ED|ATIONS?)?)\s*[:–-]*\s*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Recommends();

    [GeneratedRegex(@"^(?:Actions?|Action\s+(?:log|points|list|tracker))$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ActionLogTitle();

    // "[**ongoing for members**]", "(closed)": an entry's status after it.
    [GeneratedRegex(@"\s*[\[(](?<status>[^\])\[(]{2,40})[\])]$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BracketedStatus();

    // "ongoing for members", "new for PMs": whom the entry waits on.
    [GeneratedRegex(@"\bfor\s+(?<who>\S.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex StatusOwner();

    [GeneratedRegex(@"\b(?:has|have|had|been|was|were|is|are|can|could|will|would|met)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ClauseVerb();

    // A numbered part that is a decision of its own: "1. RESOLVED that the payments listed be approved.", "(b) It was AGREED that …".
    [GeneratedRegex(@"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+(?=(?:RESOLVED|AGREED|Resolved|Agreed|It\s+was\s+(?:RESOLVED|AGREED|resolved|agreed))\b)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PartBeforeDecision();

    // Printed minutes number their paragraphs within an item: "118.4 RESOLVED: …".
    [GeneratedRegex(@"^\d{1,4}(?:\.\d{1,3}){1,2}\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"^(?:PDF|DOCX?|XLSX?|PPTX?|HTML?)\s+(?<size>\d+(?:\.\d+)?\s*[KM]B)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex DocumentSize();
}
