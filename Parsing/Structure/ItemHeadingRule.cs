using CouncilMinutes.Parsing.Extraction;
using System.Text.RegularExpressions;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>How minutes print an item heading: a number (<c>CYP14</c>, <c>25</c>, <c>17/25</c>, <c>PLA146/14</c>, <c>1.</c>) and a short title.</summary>
internal static partial class ItemHeadingRule
{
    /// <summary>The item number when the line is nothing but one ("16.", "17/25", "PLA146/14").</summary>
    public static string? NumberOnly(string text)
    {
        var m = NumberAlone().Match(text.Trim());
        return m.Success ? m.Groups["number"].Value : null;
    }

    /// <summary>Number and title when the line is a numbered heading ("CYP14 CHILDREN'S SOCIAL CARE UPDATE", "1. Apologies").</summary>
    public static (string Number, string Title)? NumberedTitle(string text)
    {
        var m = NumberThenTitle().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var title = LinkArtefacts.Strip(m.Groups["title"].Value);
        var number = m.Groups["number"].Value;
        if (!IsTitleLike(title) || StartsWithMonth().IsMatch(title) || (title.Length > 0 && !char.IsUpper(title[0]) && !char.IsDigit(title[0])))
        {
            return null;
        }

        // A bare count before a lower-weight word is prose ("2 Members…"), not an item: bare numbers need a longer title.
        return number.All(char.IsDigit) && !m.Groups["dot"].Success && title.Split(' ').Length < 2 ? null : (number, title);
    }

    /// <summary>True for a line that can be a heading: short, no sentence punctuation at the end, not a list entry or label.</summary>
    public static bool IsTitleLike(string text)
    {
        var t = text.Trim();
        return t.Length is >= 3 and <= 160
               && !SentenceEnd().IsMatch(t)
               && !t.Contains(';', StringComparison.Ordinal)
               && !SubResolutionMarker.Starts(t)
               && !AttendanceSection.IsLabel(t)
               && !ResolutionBlock.IsLabel(t)
               && char.IsLetterOrDigit(t[0]);
    }

    /// <summary>True for a line that reads as prose: a sentence, too long to be a heading, or mostly lower-case words.</summary>
    public static bool IsProse(string text)
    {
        var t = text.Trim();
        if (t.Length > 160 || SentenceEnd().IsMatch(t))
        {
            return true;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 8 && words.Count(w => char.IsLower(w[0])) * 5 >= words.Length * 2;
    }

    private const string Number = @"(?<number>[A-Z]{1,5}\s?\d{1,4}(?:/\d{2,4})?|\d{1,4}/\d{2,4}|\d{1,4})";

    [GeneratedRegex("^" + Number + @"(?<dot>\.)?$")]
    private static partial Regex NumberAlone();

    [GeneratedRegex("^" + Number + @"(?:(?<dot>\.)\s*|\s+)(?<title>\S.*)$")]
    private static partial Regex NumberThenTitle();

    [GeneratedRegex(@"[.,:;!]$|:-$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithMonth();
}
