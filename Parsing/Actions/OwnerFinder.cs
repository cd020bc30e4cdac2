using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Actions;

/// <summary>
/// Who a commitment names as its doer: the noun phrase before the verb when it names a person, an office or a body
/// ("Officers", "the Chief Executive", "Councillors Lloyd Jones and Ryan", "the Board"); nobody when it names a thing.
/// </summary>
internal static partial class OwnerFinder
{
    /// <summary>The doer named before <paramref name="subjectEnd"/>, or null when the words there do not name one.</summary>
    public static string? SubjectBefore(string sentence, int subjectEnd)
    {
        if (subjectEnd <= 0)
        {
            return null;
        }

        var clause = sentence[..subjectEnd];
        var cut = ClauseBoundary().Matches(clause).LastOrDefault();
        var subject = (cut is null ? clause : clause[(cut.Index + cut.Length)..]).Trim();
        subject = LeadingThat().Replace(subject, "").Trim();
        return IsDoer(subject) ? Tidy(subject) : null;
    }

    /// <summary>True for a noun phrase that names a person, an office or a body.</summary>
    public static bool IsDoer(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 10 || NotADoer().IsMatch(phrase))
        {
            return false;
        }

        // "The purpose of the group", "the Director of Finance": a phrase with "of" is headed by the word before it.
        var of = Array.FindIndex(words, w => w.Equals("of", StringComparison.OrdinalIgnoreCase));
        var head = words[of > 0 ? of - 1 : ^1].Trim(',', '.', ';', ')', '’', '\'');
        return DoerNoun().IsMatch(head) || IsPerson(phrase);
    }

    /// <summary>True for a doer that is a person (by title, name or initials), not an office or a body.</summary>
    public static bool IsPerson(string doer) => PersonTitle().IsMatch(doer) || NamedPeople().IsMatch(doer) || Initials().IsMatch(doer) || InitialledName().IsMatch(doer);

    /// <summary>An owner as a directory would file it: no leading article, a capital first letter.</summary>
    public static string Tidy(string owner)
    {
        var t = LeadingThe().Replace(owner.Trim().TrimEnd(',', '.', ';'), "");
        return t.Length == 0 ? owner : char.ToUpperInvariant(t[0]) + t[1..];
    }

    [GeneratedRegex(@"(?:,\s+|\s+[–—-]\s+|;\s+|:\s+|\s+(?:that|which|who|whereupon|when|where|because|as|so|but|while|whilst)\s+)", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^(?:that|and)\s+", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThat();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"^(?:it|this|that|these|those|there|they|he|she|we|which|(?:any\s+)?members?\s+of\s+the\s+(?:public|press)|data|information|details?|reports?|updates?|a\s+list|the\s+(?:report|plan|strategy|data|information|list|matter|item|proposals?|results?|outcome))\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex NotADoer();

    [GeneratedRegex(@"^(?:officers?|members?|councillors?|cllrs?|chair|chairman|chairmen|chairperson|chairwoman|vice-chair(?:man)?|director|directors|executive|manager|managers|surveyor|auditor|clerk|solicitor|leader|mayor|head|lead|board|committee|council|cabinet|panel|group|team|convener|convenor|coordinator|co-ordinator|secretary|treasurer|engineer|planner|commissioner|holder|adviser|advisor|administrator|department|directorate|partnership|forum|authority|service|services|officer|staff|chief|colleagues|representatives?|partners|trust|agency|police|government|officials?)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex DoerNoun();

    [GeneratedRegex(@"^(?:" + Structure.Vocabulary.MemberTitle + "|" + Structure.Vocabulary.PersonalTitle + @"|Professor|Sir|Dame)\s+[A-Z]", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex PersonTitle();

    // "Carole Burgoyne and Ross Jago": capitalised names only, no lower-case words but "and".
    [GeneratedRegex(@"^[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+(?:\s+and\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NamedPeople();

    // "A Dougall to confirm…", "D. Hughes said she would…": a member by initial and surname, as small bodies' minutes name them.
    [GeneratedRegex(@"^(?:[A-Z]\.?\s+){1,2}[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex InitialledName();

    // "HL would ascertain…", "TE/LG to send…": members cited by their initials, as the attendance list gave them.
    [GeneratedRegex(@"^[A-Z]{2,3}(?:\s*(?:/|&|and)\s*[A-Z]{2,3})*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Initials();
}
