using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Text;

/// <summary>Re-joins lines that a page width wrapped, so sentences are whole again; never joins across a construct.</summary>
internal static partial class LineJoiner
{
    public static IReadOnlyList<Block> Join(List<Block> blocks)
    {
        var wrapWidth = WrapWidth(blocks);
        var result = new List<Block>(blocks.Count);
        var asides = new List<Block>();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.ActionNote)
            {
                // A margin note that fell inside a wrapped sentence waits until the sentence is whole.
                asides.Add(block);
                continue;
            }

            var lastIndex = result.Count - 1;
            if (lastIndex >= 0 && Continues(result[lastIndex], block, wrapWidth, asides.Count > 0))
            {
                var previous = result[lastIndex];
                result[lastIndex] = previous with { Text = Concatenate(previous.Text, block.Text) };
                continue;
            }

            result.AddRange(asides);
            asides.Clear();
            result.Add(block);
        }

        result.AddRange(asides);
        return result;
    }

    /// <summary>True for a line that opens something of its own: a label, a marker, an item number, an attendance list.</summary>
    public static bool StartsConstruct(string text) => Construct().IsMatch(text);

    private static bool Continues(Block previous, Block next, int wrapWidth, bool acrossAside)
    {
        if (next.Kind != BlockKind.Text || previous.Kind is not (BlockKind.Text or BlockKind.ListItem) || next.Text.Length == 0 || previous.Text.Length == 0
            || next.StartsRow || next.GapBefore > 1 || StartsConstruct(next.Text))
        {
            return false;
        }

        var text = previous.Text;
        if (NumberLine().IsMatch(text))
        {
            return false;
        }

        var endsSentence = EndsSentence(text);
        var startsLower = char.IsLower(next.Text[0]);
        var endsOnFunctionWord = FunctionWordAtEnd().IsMatch(text);
        if (next.GapBefore == 1 || acrossAside)
        {
            // A blank line between the halves only happens at a page or column break, after a long run of words
            // (not a heading or list line such as "Commissioner for Older People for"): demand strong evidence.
            var longRun = acrossAside || text.Split(' ').Length >= 10;
            return !endsSentence && (startsLower || (endsOnFunctionWord && longRun));
        }

        if (endsSentence)
        {
            return false;
        }

        // "APOLOGY / FOR ABSENCE:": a label in capitals wrapped before its colon.
        if (IsCapitals(text) && IsCapitals(next.Text) && next.Text.EndsWith(':') && text.Length <= 30)
        {
            return true;
        }

        return startsLower || endsOnFunctionWord || text.EndsWith(',') || text.EndsWith('–') || text.EndsWith('-')
               // A heading in capitals over a line in mixed case ("GOVERNING BODY" / "Minutes of meeting held on …") is no wrap.
               || (wrapWidth > 0 && text.Length >= wrapWidth * 4 / 5 && !(IsCapitals(text) && !IsCapitals(next.Text)))
               || (IsCapitals(text) && IsCapitals(next.Text) && wrapWidth > 0 && text.Length >= wrapWidth / 2);
    }

    private static bool EndsSentence(string text) =>
        TerminalPunctuation().IsMatch(text) && !Abbreviation().IsMatch(text);

    private static bool IsCapitals(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 3 && letters.All(char.IsUpper);
    }

    private static string Concatenate(string left, string right) =>
        left.EndsWith('-') && left.Length > 1 && char.IsLower(left[^2]) && char.IsLower(right[0])
            ? left[..^1] + right // a word hyphenated at the line end
            : left + " " + right;

    /// <summary>The width the text was wrapped at (a high percentile of line lengths), or 0 when there are too few lines to tell.</summary>
    private static int WrapWidth(List<Block> blocks)
    {
        var lengths = blocks.Where(b => b.Kind == BlockKind.Text && b.Text.Length >= 20).Select(b => b.Text.Length).Order().ToList();
        return lengths.Count < 5 ? 0 : lengths[(int)(lengths.Count * 0.9)];
    }

    [GeneratedRegex(@"^(?:[A-Z]{1,5}\s?\d{1,4}(?:/\d{2,4})?|\d{1,4}/\d{2,4}|\d{1,4}\.?)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"[.;:!?)”""]$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TerminalPunctuation();

    // Initials and abbreviations end in a full stop without ending the sentence: "Councillor H.D.N.", "Cllr.", "No.".
    [GeneratedRegex(@"(?:\b[A-Z]\.|\b(?:Cllr|Mr|Mrs|Ms|Dr|No|St|Rev|Prof|e\.g|i\.e|cf|approx|incl)\.)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b(?:the|of|and|to|from|a|an|in|on|with|for|by|that|which|as|at|or|be|been|was|were|is|are|has|had|have|would|will|could|should|its|their|his|her|this|these|those|than|into|onto|upon|between|under|within|whether|who|whom|whose|any|all|each|such|not|Councillor|Councillors|Cllr)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex FunctionWordAtEnd();

    [GeneratedRegex(
        @"^(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|DECISION|Decision\s*:|RECOMMENDED|Minutes\s*:|MINUTES\s*:|Additional documents|Supporting documents|Present\b|PRESENT\b|Apologies\b|APOLOGIES\b|Officers\b|OFFICERS\b|In attendance|IN ATTENDANCE|Also (?:in attendance|present)|ALSO (?:IN ATTENDANCE|PRESENT)|Other Members|OTHER MEMBERS|Meeting ended|The meeting (?:ended|closed)|Meeting:|It was (?:RESOLVED|AGREED)|The (?:Committee|Board|Cabinet|Council) (?:resolved|RESOLVED|agreed|AGREED)\b|"
        + @"\(?\d{1,2}[.)](?:\s|$)|\((?:[a-z]{1,2}|[ivx]{1,5})\)(?:\s|$)|[a-z][.)]\s|[ivx]{1,5}[.)]\s|"
        + @"[A-Z]{1,5}\s?\d{1,4}(?:/\d{2,4})?$|\d{1,4}/\d{2,4}(?:$|\s+[A-Z])|\d{1,4}\.$|"
        // Another list's label: "Council Employees Present:", "Members of the Public Present:".
        + @"(?:(?:[A-Z][\w-]*|of|the)\s+){1,6}(?:[Pp]resent|in\s+[Aa]ttendance)\s*:)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Construct();
}
