using System.Text;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Evaluation;

/// <summary>The canonical forms the scorer compares, so that typography and labelling conventions never count as parser errors.</summary>
/// <remarks>
/// The two label sets were made by different readers: seeds drop a leading "That" and a trailing "; and", dev keeps
/// them (see <c>Tests/Corpus/README.md</c>). Both forms, and the parser's, must reduce to the same string here.
/// </remarks>
public static partial class TextNormaliser
{
    /// <summary>
    /// A resolution, action or title in comparable form: lower case, one kind of quote and dash, single spaces, no leading
    /// "that", no trailing punctuation and no trailing conjunction ("; and", "or").
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var normalised = Whitespace().Replace(Typography(text).ToLowerInvariant(), " ").Trim();

        // Repeated because the conventions nest: "That, … noted; and" loses "that" and "," then "and" then ";".
        string previous;
        do
        {
            previous = normalised;
            normalised = LeadingThat().Replace(normalised, "");
            normalised = TrailingPunctuation().Replace(normalised, "");
            normalised = TrailingConjunction().Replace(normalised, "");
        }
        while (!string.Equals(normalised, previous, StringComparison.Ordinal));

        return normalised;
    }

    /// <summary>The words of <see cref="Text"/>: runs of letters and digits, apostrophes dropped ("children's" = "childrens").</summary>
    public static IReadOnlyList<string> Tokens(string? text) =>
        Word().Matches(Text(text).Replace("'", "", StringComparison.Ordinal)).Select(m => m.Value).ToList();

    /// <summary>
    /// A person's name as attendance lists print it in any of several styles: no bracketed role ("(Chairman)"), no
    /// Councillor/Cllr/Alderman prefix, no dots or commas, and initials run together, so "H.D.N. Warren-Clarke",
    /// "H. D. N. Warren-Clarke" and "HDN Warren-Clarke" are one name. Titles (Mrs, Dr) stay: the labels keep them.
    /// </summary>
    public static string PersonName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = Typography(name).ToLowerInvariant();
        text = Bracketed().Replace(text, " ");
        text = MemberPrefix().Replace(text, " ");
        text = NameSeparators().Replace(text, " ");

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            // A single letter continues a run of initials ("h d n" -> "hdn"); anything else starts a new word.
            var continuesInitials = i > 0 && words[i].Length == 1 && words[i - 1].Length == 1;
            if (joined.Length > 0 && !continuesInitials)
            {
                joined.Append(' ');
            }

            joined.Append(words[i]);
        }

        return joined.ToString();
    }

    /// <summary>An action owner: lower case, no punctuation, no leading "the" or Councillor/Cllr prefix ("the Chief Executive" = "Chief Executive").</summary>
    public static string? Owner(string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner))
        {
            return null;
        }

        var text = Whitespace().Replace(NonWord().Replace(Typography(owner).ToLowerInvariant(), " "), " ").Trim();
        text = OwnerPrefix().Replace(text, "");
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// A committee name: lower case, "&amp;" read as "and", no punctuation, no leading "the". A meeting of the whole council
    /// is one body however the minutes name it ("Council", "Full Council", "Essex County Council", "Souldern Parish Council"):
    /// each reads as "council"; the council's own name is another field.
    /// </summary>
    public static string? Committee(string? committee)
    {
        if (string.IsNullOrWhiteSpace(committee))
        {
            return null;
        }

        var text = Typography(committee).ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal);
        text = Whitespace().Replace(NonWord().Replace(text, " "), " ").Trim();
        text = LeadingThe().Replace(text, "");
        text = WholeCouncil().IsMatch(text) ? "council" : text;
        return text.Length == 0 ? null : text;
    }

    /// <summary>An item number as printed, compared without case, spaces or a trailing "." ("CYP 10." = "cyp10").</summary>
    public static string? ItemNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var text = Whitespace().Replace(Typography(number).ToLowerInvariant(), "");
        text = text.TrimEnd('.', ':', ')');
        return text.Length == 0 ? null : text;
    }

    /// <summary>A due hint ("next meeting", "2016-03", "Q3"): lower case, single spaces, no trailing punctuation.</summary>
    public static string? Due(string? due)
    {
        if (string.IsNullOrWhiteSpace(due))
        {
            return null;
        }

        var text = TrailingPunctuation().Replace(Whitespace().Replace(Typography(due).ToLowerInvariant(), " ").Trim(), "");
        return text.Length == 0 ? null : text;
    }

    /// <summary>A date or time field (<c>yyyy-MM-dd</c>, <c>HH:mm</c>): compared exactly, only surrounding space ignored.</summary>
    public static string? Value(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>One form of each quote, apostrophe, dash and space, so that a curly quote in the source never looks like a different word.</summary>
    private static string Typography(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u00B4' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^that(?:[\s,:;-]+|$)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThat();

    // Sentence punctuation only: a closing quote or bracket is part of the text ("… read “absence declared”").
    [GeneratedRegex(@"[\s.,;:!?\u2026-]+$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TrailingPunctuation();

    // "and/or" at the very end is left alone: only a conjunction after a space, ';' or ',' is a list joiner.
    [GeneratedRegex(@"(?:^|[\s;,])(?:and|or)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TrailingConjunction();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Word();

    [GeneratedRegex(@"[^\p{L}\p{N}\s]+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\([^)]*\)?|\[[^\]]*\]?", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\b(?:councillors?|cllrs?|aldermen|alderman)\b\.?", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MemberPrefix();

    // Dots and commas separate initials and post-nominals; hyphens and apostrophes belong to the name (Warren-Clarke, O'Brien).
    [GeneratedRegex(@"[^\p{L}\p{N}'\-]+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameSeparators();

    [GeneratedRegex(@"^(?:(?:the|councillors?|cllrs?)\s+)+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OwnerPrefix();

    [GeneratedRegex(@"^the\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThe();

    // "full council", "stockton on tees borough council", "wroxton and balscote parish council": a council, not one of its committees.
    [GeneratedRegex(@"^(?:full\s+)?(?:(?!committee|board|panel|cabinet|group|forum|sub|joint)\w+\s+){0,6}council$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex WholeCouncil();
}
