using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// A roster that gives each person's initials between their name and their post ("Dr Avi Bhatia AB Clinical Chair", "Richard
/// Chapman RCp Chief Finance Officer"), as NHS bodies print it, with its lines run together or not: each person starts where
/// a name is followed by its own initials, so a post's capitals ("Executive Director of Corporate Strategy and Delivery")
/// are never read as a name.
/// </summary>
internal static partial class InitialledRoster
{
    /// <summary>The words of a name before its initials: a forename and a surname, or with a middle name.</summary>
    private static readonly int[] NameLengths = [3, 2];

    /// <summary>The people of <paramref name="text"/> with their posts, or null unless it is made of such entries only.</summary>
    public static IReadOnlyList<(string Name, string Post)>? Read(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var starts = new List<(int Start, int Initials)>();
        for (var k = 2; k < words.Length; k++)
        {
            if (!Initials().IsMatch(words[k]) || NameBefore(words, k) is not { } start || (starts.Count > 0 && start <= starts[^1].Initials))
            {
                continue;
            }

            starts.Add((start > 0 && Title().IsMatch(words[start - 1]) ? start - 1 : start, k));
        }

        if (starts.Count == 0 || starts[0].Start != 0)
        {
            return null;
        }

        var people = new List<(string, string)>();
        for (var p = 0; p < starts.Count; p++)
        {
            var (start, initials) = starts[p];
            var end = p + 1 < starts.Count ? starts[p + 1].Start : words.Length;
            if (end <= initials + 1)
            {
                return null;
            }

            people.Add((string.Join(' ', words[start..initials]), string.Join(' ', words[(initials + 1)..end])));
        }

        return people;
    }

    /// <summary>Where the name whose initials are at <paramref name="at"/> starts: the capitals of the token are its words' first letters.</summary>
    private static int? NameBefore(string[] words, int at)
    {
        var capitals = string.Concat(words[at].Where(char.IsUpper));
        foreach (var length in NameLengths)
        {
            var start = at - length;
            if (start < 0 || !words[start..at].All(w => NameWord().IsMatch(w)))
            {
                continue;
            }

            var firstLetters = string.Concat(words[start..at].Select(w => w[0]));
            if (capitals == firstLetters || (capitals.Length == 2 && capitals[0] == firstLetters[0] && capitals[1] == firstLetters[^1]))
            {
                return start;
            }
        }

        return null;
    }

    // "AB", "RCp", "MWh": two or three capitals, a lower-case letter or two to tell two people with the same initials apart.
    [GeneratedRegex(@"^[A-Z]{2,3}[a-z]{0,2}$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Initials();

    [GeneratedRegex(@"^[A-Z][a-z][\w'’-]*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:" + Vocabulary.PersonalTitle + @"|Professor|Prof|Sir|Dame|Cllr|Councillor)\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Title();
}
