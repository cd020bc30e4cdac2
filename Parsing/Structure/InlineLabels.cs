using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// A flattened portal page puts a whole table row on one line: "TITLE pdf icon PDF 57 KB Minutes: body · bullet RESOLVED: …".
/// This pass cuts such lines back into heading, document link, label, text and bullet blocks.
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
        var text = block.Text;
        if (BareLabel().IsMatch(text))
        {
            output.Add(block with { Kind = BlockKind.Label, Text = text.Trim().TrimEnd(':') + ":" });
            return;
        }

        var first = true;
        var kind = block.Kind;
        var cuts = Cuts(text);
        var position = 0;
        foreach (var cut in cuts)
        {
            var before = text[position..cut.Index].Trim();
            if (before.Length > 0)
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
                case CutKind.Resolution:
                    kind = BlockKind.Text;
                    break;
            }

            first = false;
            position = cut.Index + cut.Length;
        }

        var rest = text[position..].Trim();
        if (rest.Length > 0)
        {
            AddPiece(output, block, rest, kind, first);
        }
    }

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
    }

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

        foreach (Match m in InlineResolution().Matches(text))
        {
            cuts.Add(new Cut(CutKind.Resolution, m.Index, 0, "", EndsHeading: false));
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

    [GeneratedRegex(@"(?<![\w-])(?:Minutes|MINUTES|Decision|DECISION|Additional documents|Supporting documents|Background documents)\s*:-?(?=\s|$)|^(?:Decisions|DECISIONS)\s*:-?(?=\s|$)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SectionLabel();

    // Scottish minutes set "DECISION" on a line of its own above the decision.
    [GeneratedRegex(@"^(?:DECISIONS?|Decisions?)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"\s[·•▪\uF0B7]\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InlineBullet();

    // A resolution label after a sentence ends mid-line: "…next meeting of the Board. RESOLVED: That the Board…".
    [GeneratedRegex(@"(?<=[.!?:;]\s+)(?=(?:It was\s+)?(?:RESOLVED|AGREED)\b)|(?<=\S\s+)(?=it was RESOLVED\b|RESOLVED\s+(?:that|THAT|:))", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InlineResolution();

    [GeneratedRegex(@"^(?<caps>(?:[A-Z0-9][A-Z0-9'’&/,()-]*\s+){2,}?)(?<rest>(?:To|The|This|A|An)\s.*)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CapitalsLead();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
