using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// A flattened portal page puts a whole table row on one line: "TITLE pdf icon PDF 57 KB Minutes: body · bullet RESOLVED: …".
/// This pass cuts such lines back into heading, document link, label, text and bullet blocks, and joins letter-spaced words,
/// whatever the format they came from.
/// </summary>
internal static partial class InlineLabels
{
    public static List<Block> Split(IEnumerable<Block> blocks)
    {
        var result = new List<Block>();
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.Text or BlockKind.Heading or BlockKind.ListItem)
            {
                SplitLine(block, result);
            }
            else
            {
                result.Add(block);
            }
        }

        return result;
    }

    private static void SplitLine(Block block, List<Block> output)
    {
        var text = HasSpacedLetters(block.Text) ? LetterSpaced().Replace(block.Text, m => m.Value.Replace(" ", "", StringComparison.Ordinal)) : block.Text;
        block = block with { Text = text };
        if (BareLabel().IsMatch(text))
        {
            output.Add(block with { Kind = BlockKind.Label, Text = text.Trim().TrimEnd(':') + ":" });
            return;
        }

        var first = true;
        var kind = block.Kind;
        var cuts = Cuts(text);
        var position = 0;
        var paragraph = false;
        foreach (var cut in cuts)
        {
            var before = text[position..cut.Index].Trim();
            if (paragraph && HeadingLead(before) is { } lead)
            {
                // "66. APOLOGIES FOR ABSENCE Apologies for absence were received …": the capitals are the item's heading.
                output.Add(new Block(BlockKind.Heading, lead.Groups["heading"].Value));
                output.Add(new Block(BlockKind.Text, lead.Groups["rest"].Value));
                first = false;
            }
            else if (before.Length > 0)
            {
                // The words before a label or link on the row's first piece are the row's heading cell.
                AddPiece(output, block, before, first && cut.EndsHeading ? BlockKind.Heading : kind, first);
                first = false;
            }
            else if (first && cut.EndsHeading && kind == BlockKind.Heading)
            {
                first = false;
            }

            switch (cut.Kind)
            {
                case CutKind.Label:
                    output.Add(new Block(BlockKind.Label, NormaliseLabel(cut.Value)) { GapBefore = first ? block.GapBefore : 0, StartsRow = first && block.StartsRow });
                    break;
                case CutKind.Link:
                    output.Add(new Block(BlockKind.DocumentLink, cut.Value.Trim()) { GapBefore = first ? block.GapBefore : 0, StartsRow = first && block.StartsRow });
                    break;
                case CutKind.Bullet:
                    kind = BlockKind.ListItem;
                    break;
                case CutKind.Resolution or CutKind.Paragraph:
                    kind = BlockKind.Text;
                    break;
            }

            first = false;
            paragraph = cut.Kind == CutKind.Paragraph;
            position = cut.Index + cut.Length;
        }

        var rest = text[position..].Trim();
        if (paragraph && HeadingLead(rest) is { } last)
        {
            output.Add(new Block(BlockKind.Heading, last.Groups["heading"].Value));
            output.Add(new Block(BlockKind.Text, last.Groups["rest"].Value));
        }
        else if (rest.Length > 0)
        {
            AddPiece(output, block, rest, kind, first);
        }
    }

    private static Match? HeadingLead(string text) =>
        ItemHeadingLead().Match(text) is { Success: true } capitals ? capitals
        : TitleCaseHeadingLead().Match(text) is { Success: true } titleCase ? titleCase
        : null;

    private static void AddPiece(List<Block> output, Block source, string text, BlockKind kind, bool first)
    {
        if (kind == BlockKind.Heading && first)
        {
            // "URGENT PART I BUSINESS To consider any Part I Business…": a capitals heading run-on with agenda text.
            var caps = CapitalsLead().Match(text);
            if (caps.Success)
            {
                output.Add(source with { Kind = BlockKind.Heading, Text = caps.Groups["caps"].Value.Trim() });
                output.Add(new Block(BlockKind.Text, caps.Groups["rest"].Value.Trim()));
                return;
            }
        }

        output.Add(first
            ? source with { Kind = kind, Text = text }
            : new Block(kind, text));
    }

    private static string NormaliseLabel(string label) => Spaces().Replace(label.Trim(), " ");

    private enum CutKind
    {
        Label,
        Link,
        Bullet,
        Resolution,

        /// <summary>Where a line that lost its breaks starts its next paragraph: an item's number, or an attendance list's label.</summary>
        Paragraph,
    }

    /// <summary>A line this long holds more than one paragraph: its line breaks were lost (a PDF's text copied as one paragraph).</summary>
    private const int FlattenedLine = 600;

    private readonly record struct Cut(CutKind Kind, int Index, int Length, string Value, bool EndsHeading);

    private static List<Cut> Cuts(string text)
    {
        var cuts = new List<Cut>();
        foreach (Match m in LinkArtefacts.Find(text))
        {
            cuts.Add(new Cut(CutKind.Link, m.Index, m.Length, m.Groups["doc"].Value, EndsHeading: true));
        }

        foreach (Match m in SectionLabel().Matches(text))
        {
            cuts.Add(new Cut(CutKind.Label, m.Index, m.Length, m.Value, EndsHeading: true));
        }

        foreach (Match m in InlineBullet().Matches(text))
        {
            if (m.Index > 0)
            {
                cuts.Add(new Cut(CutKind.Bullet, m.Index, m.Length, "", EndsHeading: false));
            }
        }

        // Its lookbehinds are tried at every position: only a line with the label's word is searched.
        var mayResolve = text.Contains("resolved", StringComparison.OrdinalIgnoreCase) || text.Contains("AGREED", StringComparison.Ordinal);
        foreach (Match m in InlineResolution().Matches(mayResolve ? text : ""))
        {
            cuts.Add(new Cut(CutKind.Resolution, m.Index, 0, "", EndsHeading: false));
        }

        // "PRESENT Mr C King, … OFFICIALS IN ATTENDANCE Mr C Kemp, …": a list's line holds the next list, its label in capitals.
        if (AttendanceSection.IsLabel(text))
        {
            foreach (Match m in CapitalsAttendanceLabel().Matches(text))
            {
                cuts.Add(new Cut(CutKind.Paragraph, m.Index, 0, "", EndsHeading: false));
            }
        }

        // "Present: Mr J Smith, Mr C Green. In attendance: Mrs E Black", "Cllrs Smith & Green; Clerk: Mrs Black": the next list starts
        // where a sentence or a part of the line ends.
        foreach (Match m in AttendanceLabelAfterStop().Matches(text))
        {
            cuts.Add(new Cut(CutKind.Paragraph, m.Index, 0, "", EndsHeading: false));
        }

        if (text.Length > FlattenedLine)
        {
            foreach (var index in RunInItemNumbers(text))
            {
                cuts.Add(new Cut(CutKind.Paragraph, index, 0, "", EndsHeading: false));
            }

            // "… Dungannon Members Present: Councillor Dillon, …": the attendance list starts a block of its own.
            foreach (Match m in RunInAttendanceLabel().Matches(text))
            {
                cuts.Add(new Cut(CutKind.Paragraph, m.Index, 0, "", EndsHeading: false));
            }
        }

        cuts.Sort((a, b) => a.Index.CompareTo(b.Index));
        var distinct = new List<Cut>(cuts.Count);
        var end = 0;
        foreach (var cut in cuts)
        {
            if (cut.Index >= end)
            {
                distinct.Add(cut);
                end = cut.Index + cut.Length;
            }
        }

        return distinct;
    }

    /// <summary>
    /// Where a flattened line's items start: numbers of one shape that count up by one ("66. APOLOGIES … 67. DECLARATIONS",
    /// "C30/16 Apologies … C31/16 Declarations", "2786/12 … 2787/12"), each before a capital. One such number alone could be
    /// a date or a sum; two in sequence are a minute's numbering.
    /// </summary>
    private static IEnumerable<int> RunInItemNumbers(string text)
    {
        var chains = new List<List<(int Index, string Shape, int Number)>>();
        foreach (Match m in ItemNumber().Matches(text))
        {
            var number = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var shape = m.Groups["prefix"].Value + "#" + m.Groups["suffix"].Value;
            var chain = chains.LastOrDefault(c => c[^1].Shape == shape && c[^1].Number + 1 == number);
            if (chain is null)
            {
                chains.Add([(m.Index, shape, number)]);
            }
            else
            {
                chain.Add((m.Index, shape, number));
            }
        }

        return chains.Where(c => c.Count >= 2).SelectMany(c => c.Select(n => n.Index)).Where(i => i > 0);
    }

    // A minute's number in a flattened line: "66.", "C30/16", "2786/12", a body's prefix and session "Cou/286/07-08".
    private const string RunInPrefix = @"[A-Z]{0,4}|[A-Z][a-z]{1,3}/";
    private const string RunInSession = @"/\d{2,4}(?:-\d{2,4})?";
    private const string RunInNumber = "(?:" + RunInPrefix + @")\d{1,4}(?:" + RunInSession + @"|\.)";

    // An item number, then a title in capitals (two words at least), then the minute in ordinary case or a decision's label
    // in capitals ("68. MINUTES OF THE LAST MEETING RESOLVED – That …"), which is no word of the title.
    [GeneratedRegex(@"^(?<heading>" + RunInNumber + @"\s+(?:Item\s+\d+\s+)?[A-Z][A-Z'’&/,()-]*(?:\s+(?!(?:" + Vocabulary.DecisionLabel + @")\b)[A-Z0-9][A-Z0-9'’&/,()-]*)+)\s+(?<rest>(?:\p{Lu}\p{Ll}|(?:" + Vocabulary.DecisionLabel + @")\b).*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ItemHeadingLead();

    // "C31/16 Declarations of Interest The Chair reminded …", "C32/16 Chair’s Business Councillor Gillespie requested …": a title in
    // title case ends at the first word that opens a sentence (an article, a pronoun, a title before a name, or the title's own
    // first word: "Cou/286/07-08 Apologies for Absence Apologies for absence were received …").
    [GeneratedRegex(@"^(?<heading>" + RunInNumber + @"\s+(?<first>\p{Lu}[\p{L}'’&/,()-]*)(?:\s+(?:(?:of|and|the|for|to|in|on|at|by|with|from|&|-|–)\s+)*\p{Lu}[\p{L}'’&/,()-]*){0,10}?)\s+(?<rest>(?:\k<first>|" + Vocabulary.SentenceOpener + "|" + Vocabulary.PersonalTitle + "|" + Vocabulary.MemberTitle + @")\s.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TitleCaseHeadingLead();

    [GeneratedRegex(@"(?<=\S\s+)(?:(?:Members|Councillors|Officers|Also)\s+)?(?:Present|PRESENT|[Ii]n [Aa]ttendance|IN ATTENDANCE|Apologies|APOLOGIES)(?:\s+for\s+[Aa]bsence)?\s*:", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RunInAttendanceLabel();

    [GeneratedRegex(NotAfterPartMarker + @"(?<=[.;]\s+)(?:(?:Members|Councillors|Officers|Also)\s+)?(?:Present|PRESENT|[Ii]n [Aa]ttendance|IN ATTENDANCE|Apologies|APOLOGIES|Clerk|Officers)(?:\s+for\s+[Aa]bsence)?\s*:", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex AttendanceLabelAfterStop();

    /// <summary>A line's own number or letter is no sentence before a label: "1. APOLOGIES: Cllr Grey.", "(a) RESOLVED that …".</summary>
    private const string NotAfterPartMarker = @"(?<!^\W*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s+)";

    // In capitals the label needs no colon; a title or a name follows it.
    [GeneratedRegex(@"(?<=\S\s+)(?:(?:MEMBERS|COUNCILLORS|OFFICERS|OFFICIALS|ALSO)\s+)?(?:PRESENT|IN\s+ATTENDANCE|APOLOGIES(?:\s+FOR\s+ABSENCE)?)\s*:?\s+(?=(?:" + Vocabulary.PersonalTitle + "|" + Vocabulary.MemberTitle + @")\b|[A-Z]\.?\s)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CapitalsAttendanceLabel();

    // A year after its month or "Year" ("26 November 2021. The …", "the New Year 2022. To date …") counts up too, but numbers no minute.
    [GeneratedRegex(@"(?<=^|[\s\p{Ll})])(?<!(?:" + Vocabulary.Month + @"|Year|year)\s+)(?<prefix>" + RunInPrefix + @")(?<n>\d{1,4})(?<suffix>" + RunInSession + @"|\.(?!\d))\s+(?=(?:Item\s+\d+\s+)?\p{Lu})", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"(?<![\w-])(?:Minutes|MINUTES|Decision|DECISION|Additional documents|Supporting documents|Background documents)\s*:-?(?=\s|$)|^(?:Decisions|DECISIONS)\s*:-?(?=\s|$)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SectionLabel();

    // Scottish minutes set "DECISION" on a line of its own above the decision; a portal's record of a decision, "Decision Made".
    [GeneratedRegex(@"^(?:DECISIONS?(?:\s+MADE)?|Decisions?(?:\s+[Mm]ade)?)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BareLabel();

    /// <summary>
    /// Whether three letters stand a space apart ("T H A T", "P r e s e n t"), as every letter-spaced word has: a cheap scan
    /// that spares the pattern's search of the many lines without.
    /// </summary>
    private static bool HasSpacedLetters(string text)
    {
        for (var i = 1; i + 3 < text.Length; i++)
        {
            if (text[i] == ' ' && text[i + 2] == ' ' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && char.IsLetter(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    // Some councils letter-space the words that open a decision ("RESOLVED - T H A T Councillor M. Lloyd be appointed") or a
    // list ("the following Members were P r e s e n t:"). A run of capitals alone may be a grid's marks ("P A P L"), so only the
    // decision's words are joined in capitals; a word in lower case is joined wherever its letters stand apart.
    [GeneratedRegex(@"\b(?:T H A T|R E S O L V E D|A G R E E D|R E C O M M E N D E D)\b|(?<![\p{L}\p{N}])\p{L}(?: \p{Ll}){3,}(?![\p{L}\p{N}])", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"\s[·•▪\uF0B7]\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InlineBullet();

    // A resolution label after a sentence ends mid-line: "…next meeting of the Board. RESOLVED: That the Board…".
    // A decision in capitals mid-sentence after its motion: "Proposed by Cllr A, seconded by Cllr B and unanimously RESOLVED to …".
    // A decision worded in lower case only after a sentence ends: "24/0123/FUL – 3 High Street. Resolved to make no objection."
    // Never after a part's own marker alone: "1. RESOLVED that the payments be approved." is one numbered part of a decision.
    [GeneratedRegex(NotAfterPartMarker + @"(?:(?<=[.!?:;]\s+)(?=(?:It was\s+)?(?:RESOLVED|AGREED)\b|(?:It was resolved|Resolved)\s+(?:that|to)\b)|(?<=\S\s+)(?=it was RESOLVED\b|RESOLVED\s+(?:that|THAT|:))|(?<=\S\s+)(?<!\b[Ii]t\s+was\s+)(?=RESOLVED\s+to\b))", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InlineResolution();

    [GeneratedRegex(@"^(?<caps>(?:[A-Z0-9][A-Z0-9'’&/,()-]*\s+){2,}?)(?<rest>(?:To|The|This|A|An)\s.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CapitalsLead();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
