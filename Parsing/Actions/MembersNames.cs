using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Actions;

/// <summary>
/// The names a meeting's attendance list calls its people by (given names, surnames, the initials printed beside them), so
/// that a note citing one alone ("Sue to contact him again", "LRMcC will check …") is known to name a member.
/// </summary>
internal sealed partial class MembersNames
{
    private readonly HashSet<string> _names;

    private MembersNames(HashSet<string> names) => _names = names;

    public static MembersNames None { get; } = new([]);

    /// <summary>The names of everyone the attendance lists, and the initials <paramref name="texts"/> give a person ("Councillor Lana Reid-McConnell (LRMcC)").</summary>
    public static MembersNames Of(Attendance attendance, IEnumerable<string> texts)
    {
        var people = attendance.Present.Concat(attendance.Apologies).Concat(attendance.Officers).Concat(attendance.AlsoAttending).Concat(attendance.Substitutes);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            names.UnionWith(NamePart().Matches(person.Name).Select(m => m.Value).Where(w => !Title().IsMatch(w)));
            names.UnionWith(BracketedInitials().Matches(person.Note ?? "").Select(m => m.Value));
        }

        foreach (var text in texts)
        {
            names.UnionWith(NameThenInitials().Matches(text).Select(m => m.Groups["initials"].Value));
        }

        return new MembersNames(names);
    }

    /// <summary>The member or members a sentence opens with as its doer ("Chris and Cath to attend."), or null.</summary>
    public string? DoerAtStart(string sentence)
    {
        if (_names.Count == 0 || MemberThenVerb().Match(sentence) is not { Success: true } m)
        {
            return null;
        }

        var who = m.Groups["who"].Value;
        return Separator().Split(who).All(_names.Contains) ? who : null;
    }

    // A given name or surname as printed: "Chris", "McTavish", "Reid-McConnell".
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-’'][A-Z][a-z]+)*\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NamePart();

    [GeneratedRegex(@"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Professor|Prof|Rev|Chair|Chairman|Clerk|County|Vice)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Title();

    // "BMcT", "LRMcC", "AH": initials with two capitals or more.
    private const string Initials = @"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}";

    // Initials as a list prints them beside a name.
    [GeneratedRegex(@"\b" + Initials + @"\b", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex BracketedInitials();

    // "Lana Reid-McConnell (LRMcC)": a person named in full, then the initials the minutes cite them by; not a plural acronym,
    // which names a group ("Working Groups (WGs)").
    // The name is looked behind from each bracket, so the search runs from bracket to bracket, not from every capital.
    [GeneratedRegex(@"(?<=\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+\s*)\((?<initials>" + Initials + @")(?<![A-Z]s)\)", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameThenInitials();

    [GeneratedRegex(@"^(?<who>[A-Z][\w’'-]*(?:\s*(?:,|and|&)\s*[A-Z][\w’'-]*){0,3})\s+(?:to|will|would|shall)\s+(?:also\s+)?[a-z]{3,}", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MemberThenVerb();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Separator();
}
