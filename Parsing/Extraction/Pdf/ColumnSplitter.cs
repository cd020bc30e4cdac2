using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>The body and the right-hand Action column of printed minutes, separated.</summary>
/// <param name="Body">The pages with the column's words taken out.</param>
/// <param name="ActionColumn">The column's lines, in page order, the "Action" header still among them.</param>
internal sealed record ColumnSplit(IReadOnlyList<PdfPageText> Body, IReadOnlyList<PdfLine> ActionColumn);

/// <summary>
/// Finds the Action column of printed minutes by a gutter: a left edge, right of the page's middle, where short runs of
/// words start after a wide gap on many lines and no line's word crosses. Prose to its left is the body.
/// </summary>
internal static partial class ColumnSplitter
{
    /// <summary>The Action column is narrow: it holds an owner's name wrapped over short lines.</summary>
    private const double MaxColumnWidthShare = 0.3;

    /// <summary>Without an "Action" header, this many column lines are needed before a gutter is believed.</summary>
    private const int MinLinesWithoutHeader = 3;

    /// <summary>How many of the text's usual gaps between words a gutter is at least.</summary>
    private const double GutterGaps = 2.5;

    /// <summary>Left edges this close (points) are the same column edge.</summary>
    private const double EdgeTolerance = 2;

    public static ColumnSplit Split(IReadOnlyList<PdfPageText> pages)
    {
        var wordGap = MedianWordGap(pages);
        var edge = FindActionColumnEdge(pages, wordGap);
        if (edge is not var (x, header))
        {
            return new ColumnSplit(pages, []);
        }

        var column = new List<PdfLine>();
        var body = new List<PdfPageText>(pages.Count);
        foreach (var page in pages)
        {
            var lines = new List<PdfLine>(page.Lines.Count);
            foreach (var line in page.Lines)
            {
                // A column headed in its own words starts at its header: a table above it (names, bodies, roles) is not its.
                var start = header is not null && (line.Page < header.Page || (line.Page == header.Page && line.Baseline > header.Baseline))
                    ? -1
                    : ColumnStart(line, x, wordGap);
                if (start < 0)
                {
                    lines.Add(line);
                    continue;
                }

                if (start > 0)
                {
                    lines.Add(line.Before(start));
                }

                column.Add(line.From(start));
            }

            body.Add(page with { Lines = lines });
        }

        return new ColumnSplit(body, column);
    }

    /// <summary>True for a column line that is only the column's header ("Action", "Action by").</summary>
    public static bool IsHeader(string text) => Header().IsMatch(text);

    /// <summary>The index of the first word of <paramref name="line"/> in the column at <paramref name="x"/>, or -1.</summary>
    private static int ColumnStart(PdfLine line, double x, double wordGap)
    {
        var words = line.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Left >= x - EdgeTolerance)
            {
                // A full-width line whose next word happens to start at the edge is spaced like prose: it stays whole. Prose
                // may set two spaces after a full stop ("… not scheduled.  The Clerk was asked to check"): a gutter is wider.
                if (i == 0)
                {
                    return 0;
                }

                var needed = words[i - 1].Text[^1] is '.' or '!' or '?' ? GutterGaps * Math.Max(wordGap, LineWordGap(line.Before(i))) : wordGap * 1.5;
                return words[i].Left - words[i - 1].Right >= needed ? i : -1;
            }

            if (words[i].Right > x + EdgeTolerance)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The usual gap between a line's words: a justified line spaces its words wider than the text's median.</summary>
    private static double LineWordGap(PdfLine line)
    {
        var gaps = line.Words.Skip(1).Select((w, i) => w.Left - line.Words[i].Right).Order().ToList();
        return gaps.Count == 0 ? 0 : gaps[gaps.Count / 2];
    }

    /// <summary>The column's left edge, and its first header line where one names it in words beyond "Action" (null otherwise).</summary>
    private static (double X, PdfLine? Header)? FindActionColumnEdge(IReadOnlyList<PdfPageText> pages, double wordGap)
    {
        var starts = new List<(double Left, PdfLine Line, int Index, PdfPageText Page)>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                for (var i = 0; i < line.Words.Count; i++)
                {
                    var word = line.Words[i];
                    var afterGutter = i == 0 || word.Left - line.Words[i - 1].Right >= Math.Max(wordGap * GutterGaps, 6);
                    if (afterGutter && word.Left >= page.Width / 2)
                    {
                        starts.Add((word.Left, line, i, page));
                    }
                }
            }
        }

        starts.Sort((a, b) => a.Left.CompareTo(b.Left));
        (double X, PdfLine? Header)? best = null;
        var bestSupport = 0;
        var from = 0;
        while (from < starts.Count)
        {
            var to = from + 1;
            while (to < starts.Count && starts[to].Left - starts[to - 1].Left <= EdgeTolerance)
            {
                to++;
            }

            var cluster = starts.GetRange(from, to - from);
            from = to;
            var x = cluster[0].Left;
            var segments = cluster.Select(c => c.Line.From(c.Index)).ToList();
            var narrow = cluster.TrueForAll(c => c.Line.Right - x <= c.Page.Width * MaxColumnWidthShare);
            var headed = segments.Exists(s => IsHeader(s.Text));
            var support = segments.Count(s => !IsHeader(s.Text));
            var ownerLike = segments.TrueForAll(s => s.Words.Count <= 6);
            // Under a header ("Action", "Decisions and Action Points") the column may hold whole actions, not only owners.
            if (narrow && support > bestSupport
                && (headed || (ownerLike && support >= MinLinesWithoutHeader && BodyFillsToGutter(pages, x))))
            {
                var named = cluster.Select(c => c.Line.From(c.Index)).FirstOrDefault(l => IsHeader(l.Text) && !ActionAlone().IsMatch(l.Text));
                best = (x, named is null ? null : cluster.First(c => c.Line.From(c.Index).Text == named.Text).Line);
                bestSupport = support;
            }
        }

        return best;
    }

    /// <summary>
    /// Prose wrapped beside an Action column runs up to the gutter; a list of names in two columns does not.
    /// That is what tells the column from any other right-hand text when no "Action" header says so.
    /// </summary>
    private static bool BodyFillsToGutter(IReadOnlyList<PdfPageText> pages, double x)
    {
        var prose = pages.SelectMany(p => p.Lines)
            .Select(l => l.Words.TakeWhile(w => w.Right < x - EdgeTolerance).ToList())
            .Where(w => w.Count >= 5)
            .ToList();
        if (prose.Count < 3)
        {
            return false;
        }

        var left = prose.Min(w => w[0].Left);
        var rights = prose.Select(w => w[^1].Right).Order().ToList();
        return rights[rights.Count * 3 / 4] >= x - ((x - left) * 0.12);
    }

    private static double MedianWordGap(IReadOnlyList<PdfPageText> pages)
    {
        var gaps = new List<double>();
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            for (var i = 1; i < line.Words.Count; i++)
            {
                gaps.Add(line.Words[i].Left - line.Words[i - 1].Right);
            }
        }

        if (gaps.Count == 0)
        {
            return 3;
        }

        gaps.Sort();
        return Math.Max(gaps[gaps.Count / 2], 1);
    }

    // "Action", "Action by": the column's usual header, which says nothing of what the column holds.
    private const string ActionHeader = @"Actions?|Action\s+(?:by|By|BY|Officer|officer|Owner|owner)|ACTIONS?|ACTION\s+BY";

    [GeneratedRegex(@"^(?:" + ActionHeader + @")\s*:?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ActionAlone();

    // "Action", "Action by", and a column of what was decided and who is to act: "Decisions and Action Points", "Actions/Decisions".
    [GeneratedRegex(@"^(?:" + ActionHeader + @"|(?i:(?:decisions?|outcomes?)\s*(?:and|&|/)\s*actions?(?:\s+points?)?|actions?\s*(?:and|&|/)\s*decisions?|action\s+points?|agreed\s+actions?))\s*:?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Header();
}
