using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// Turns the body's lines into paragraphs, list entries and headings: a line continues the paragraph above when it
/// follows at the ordinary line step and nothing about it (a marker, a change of weight or size, a dedent, a short
/// finished line above) says it starts something new. A page break is crossed when the sentence is unfinished.
/// </summary>
internal sealed partial class ParagraphAssembler
{
    private readonly LineSpacing _spacing;
    private readonly BodyMeasure _body;
    private readonly ILookup<int, PdfLine> _margin;

    private ParagraphAssembler(LineSpacing spacing, BodyMeasure body, ILookup<int, PdfLine> margin) =>
        (_spacing, _body, _margin) = (spacing, body, margin);

    /// <summary>The body's paragraphs; <paramref name="margin"/> (the Action column) only tells where space was taken.</summary>
    public static List<PdfParagraph> Assemble(IReadOnlyList<PdfPageText> pages, IReadOnlyList<PdfLine> margin, LineSpacing spacing)
    {
        var assembler = new ParagraphAssembler(spacing, BodyMeasure.Of(pages), margin.ToLookup(l => l.Page));
        return assembler.Run(pages);
    }

    private List<PdfParagraph> Run(IReadOnlyList<PdfPageText> pages)
    {
        var result = new List<PdfParagraph>();
        Draft? current = null;
        PdfLine? previous = null;
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            int gap;
            bool continues;
            if (current is null || previous is null)
            {
                (gap, continues) = (0, false);
            }
            else if (previous.Page != line.Page)
            {
                (gap, continues) = (1, ContinuesAcrossPage(current, previous, line));
            }
            else
            {
                var adjacent = _spacing.Adjacent(previous, line);
                continues = adjacent && ContinuesOnPage(current, previous, line);
                gap = adjacent ? 0 : Math.Max(1, _spacing.BlankLines(LowestAbove(previous, line), line));
            }

            if (continues)
            {
                current!.Lines.Add(line);
            }
            else
            {
                if (current is not null && Finish(current) is { } paragraph)
                {
                    result.AddRange(WithRunInHeading(paragraph));
                }

                current = Draft.Start(line, gap);
            }

            previous = line;
        }

        if (current is not null && Finish(current) is { } last)
        {
            result.AddRange(WithRunInHeading(last));
        }

        return result;
    }

    /// <summary>
    /// The lowest line above <paramref name="line"/>: <paramref name="previous"/>, or a margin line beside the gap.
    /// A table row is as tall as its tallest cell, so a four-line action note leaves four lines of space in the body
    /// that are no paragraph break of the body's own.
    /// </summary>
    private PdfLine LowestAbove(PdfLine previous, PdfLine line)
    {
        var lowest = previous;
        foreach (var beside in _margin[line.Page])
        {
            if (beside.Baseline < lowest.Baseline && beside.Baseline > line.Top)
            {
                lowest = beside;
            }
        }

        return lowest;
    }

    private bool ContinuesOnPage(Draft current, PdfLine previous, PdfLine line)
    {
        // A sentence never starts in lower case: a line that does, under one left unfinished, goes on with it whatever its font.
        if ((!SameStyle(previous, line) && !(char.IsLower(line.Text[0]) && !EndsSentence(previous.Text))) || StartsEntry(line, previous, current))
        {
            return false;
        }

        if (current.IsListItem && line.Left < current.TextIndent - 3)
        {
            return false;
        }

        // Wrapped lines fill the measure; a short line that finishes a sentence ended its paragraph, and a short line
        // in capitals over one that is not is an item heading set without space below it.
        var finished = EndsSentence(previous.Text);
        var shortLine = previous.Right < _body.Right - (_body.Width * 0.15);
        var capitalsOverText = shortLine && IsCapitals(previous.Text) && !IsCapitals(line.Text);
        return !(capitalsOverText || (finished && (shortLine || Opening().IsMatch(line.Text))) || EndsListLine(previous, line));
    }

    /// <summary>
    /// A line far short of the measure that is a person's name, over a line opening with a capital: a list of people set one to a
    /// line ("Sir Tim Berners-Lee" / "Professor Nigel Shadbolt"), not a sentence wrapped.
    /// </summary>
    private bool EndsListLine(PdfLine previous, PdfLine line) =>
        !previous.Bold && previous.Right < _body.Right - (_body.Width * ListLineShortfall) && PersonLine().IsMatch(previous.Text) && char.IsUpper(line.Text[0]);

    /// <summary>How far short of the measure a list line ends: wrapped prose always runs past this.</summary>
    private const double ListLineShortfall = 0.4;

    // A name alone on its line, titled or not, with a bracketed role: "Francis Maude (Chair)", "Dr Rufus Pollock".
    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Cllr|Councillor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*\([^()]*\))?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PersonLine();

    /// <summary>A page break is crossed only by an unfinished sentence of running text, never out of a heading.</summary>
    private static bool ContinuesAcrossPage(Draft current, PdfLine previous, PdfLine line) =>
        !previous.Bold && SameStyle(previous, line) && !EndsSentence(previous.Text) && !StartsEntry(line, previous, current)
        && (IsCapitals(line.Text) || !IsCapitals(previous.Text))
        && (!current.IsListItem || line.Left >= current.TextIndent - 3);

    private static bool SameStyle(PdfLine a, PdfLine b) =>
        a.Bold == b.Bold && Math.Abs(a.FontSize - b.FontSize) <= Math.Max(a.FontSize, b.FontSize) * 0.15;

    /// <summary>A bullet glyph or a minute's reference always starts an entry; a dash or number does when the line above finished, or it sits apart.</summary>
    private static bool StartsEntry(PdfLine line, PdfLine previous, Draft current)
    {
        var first = line.Words[0].Text;
        // Minutes set line under line with no space between ("45/24 Apologies …" over "46/24 Welcome …") are still one a line.
        if (ListMarker.StartsWithGlyph(first) || (line.Words.Count > 1 && ListMarker.IsMinuteReference(first)))
        {
            return true;
        }

        // "– officers had met…" can be a sentence wrapped after a dash; a marker opens an entry only where one can start.
        return line.Words.Count > 1 && (ListMarker.IsDash(first) || ListMarker.IsNumbering(first))
               && (EndsSentence(previous.Text) || Math.Abs(line.Left - current.ContinuationLeft) > 3);
    }

    private PdfParagraph? Finish(Draft draft)
    {
        var texts = draft.Lines.Select(l => l.Text).ToList();
        if (draft.IsListItem)
        {
            texts[0] = texts[0][draft.BulletLength..].TrimStart();
        }

        var text = WrappedText.Join(texts);
        if (text.Length == 0)
        {
            return null;
        }

        var kind = draft.IsListItem ? BlockKind.ListItem : Classify(draft, text);
        return new PdfParagraph(kind, text, draft.GapBefore, draft.Lines);
    }

    /// <summary>The most words a heading set in bold at the head of its paragraph has ("3. Councillor reports").</summary>
    private const int MaxRunInHeadingWords = 8;

    /// <summary>
    /// A paragraph that opens with its number and a title in bold, the text running on after it in the body's weight ("3.
    /// <b>Councillor reports</b> Local Place Plan identified …"): the heading and the text, as two paragraphs.
    /// </summary>
    private static IEnumerable<PdfParagraph> WithRunInHeading(PdfParagraph paragraph)
    {
        var words = paragraph.Lines[0].Words;
        var title = words.Skip(1).TakeWhile(w => w.Bold).Count();

        // "12. AOCB. RH reiterated …": a title ends at its full stop, whatever bold follows it (a member's initials).
        var stop = words.Skip(1).Take(title).ToList().FindIndex(w => w.Text.EndsWith('.'));
        title = stop >= 0 ? stop + 1 : title;
        if (paragraph.Kind != BlockKind.Text || words.Count < 3 || !ItemNumber().IsMatch(words[0].Text) || title is 0 or > MaxRunInHeadingWords
            || 1 + title >= words.Count || !words.Skip(1).Take(title).Any(w => w.Text.Any(char.IsLetter)))
        {
            return [paragraph];
        }

        // "1. Committee Members Present were:": a label in bold runs into its list, which reads it so.
        var heading = new PdfLine(paragraph.Lines[0].Page, [.. words.Take(1 + title)]).Text;
        if (!paragraph.Text.StartsWith(heading, StringComparison.Ordinal))
        {
            return [paragraph];
        }

        var rest = paragraph.Text[heading.Length..].TrimStart();
        return rest.Length == 0 || heading.EndsWith(':')
            ? [paragraph]
            : [paragraph with { Kind = BlockKind.Heading, Text = heading.TrimEnd('.') }, new PdfParagraph(BlockKind.Text, rest, 0, paragraph.Lines)];
    }

    /// <summary>Heading by layout: all bold, set larger than the body, or a short line in capitals on its own.</summary>
    private BlockKind Classify(Draft draft, string text)
    {
        if (text.Length == 0 || text.Length > 200 || text.EndsWith(':') || Label().IsMatch(text))
        {
            return BlockKind.Text;
        }

        if (draft.Lines.TrueForAll(l => l.Bold) || draft.Lines[0].FontSize >= _body.FontSize * 1.25)
        {
            return BlockKind.Heading;
        }

        return draft.Lines.Count <= 2 && text.Length <= 120 && IsCapitals(text) ? BlockKind.Heading : BlockKind.Text;
    }

    private static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 4;
    }

    /// <summary>True when the text ends a sentence or clause: a full stop (not an initial's), colon, semicolon, ?, !.</summary>
    public static bool EndsSentence(string text) => Terminal().IsMatch(text) && !Abbreviation().IsMatch(text);

    /// <summary>A paragraph being gathered.</summary>
    private sealed class Draft
    {
        public required List<PdfLine> Lines { get; init; }

        public required int GapBefore { get; init; }

        /// <summary>Characters of the first line that are the bullet, 0 for a paragraph.</summary>
        public required int BulletLength { get; init; }

        /// <summary>Where an entry's text starts after its marker: its wrapped lines align there.</summary>
        public required double TextIndent { get; init; }

        public bool IsListItem => BulletLength > 0;

        /// <summary>The left edge of the paragraph's second line, where wrapped lines sit.</summary>
        public double ContinuationLeft => Lines.Count > 1 ? Lines[1].Left : TextIndent;

        public static Draft Start(PdfLine line, int gap)
        {
            var words = line.Words;
            var first = words[0].Text;
            var alone = words.Count > 1 && (first.Length == 1 || ListMarker.IsDash(first));
            var bullet = ListMarker.StartsWithGlyph(first) || (alone && ListMarker.IsDash(first))
                ? (alone ? first.Length : 1) // the marker word, or a glyph run into the entry's first word
                : 0;
            var marker = (bullet > 0 && alone) || (words.Count > 1 && ListMarker.IsNumbering(first));
            return new Draft
            {
                Lines = [line],
                GapBefore = gap,
                BulletLength = bullet,
                TextIndent = marker ? words[1].Left : line.Left,
            };
        }
    }

    /// <summary>Where the body's prose runs: its usual right edge and width, and the size it is set in.</summary>
    private sealed record BodyMeasure(double Right, double Width, double FontSize)
    {
        public static BodyMeasure Of(IReadOnlyList<PdfPageText> pages)
        {
            var lines = pages.SelectMany(p => p.Lines).ToList();
            if (lines.Count == 0)
            {
                return new BodyMeasure(0, 1, 12);
            }

            var rights = lines.Select(l => l.Right).Order().ToList();
            var lefts = lines.Select(l => l.Left).Order().ToList();
            var right = rights[(int)(rights.Count * 0.9)];
            var left = lefts[(int)(lefts.Count * 0.1)];
            var size = lines.GroupBy(l => Math.Round(l.FontSize)).MaxBy(g => g.Count())!.First().FontSize;
            return new BodyMeasure(right, Math.Max(right - left, 1), size);
        }
    }

    [GeneratedRegex(@"[.;:!?][)""'”’]*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Terminal();

    [GeneratedRegex(@"(?:\b[A-Z]\.|\b(?:Cllr|Mr|Mrs|Ms|Dr|No|St|Rev|Prof|e\.g|i\.e|cf|approx|incl)\.)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Abbreviation();

    // What opens a new paragraph of minutes even with no space above it.
    [GeneratedRegex(@"^(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|RECOMMENDED|Recommended|DECISION|Decision\s*:|Minutes\s*:|Present\s*:|PRESENT\b|Apologies|APOLOGIES|In attendance|Also present|Meeting ended|The meeting (?:ended|closed))", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|RECOMMENDED|Recommended|NOTED)\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Label();

    // "3.", "12", "4)": an item's number as the first word of its paragraph.
    [GeneratedRegex(@"^\d{1,3}[.)]?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ItemNumber();
}
