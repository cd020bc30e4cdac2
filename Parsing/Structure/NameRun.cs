using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>
/// A run of names printed with nothing between them ("Muhammad Afzal Peter Fowler Majid Mahmood Akhlaq Ahmed …"): a council's
/// list of members set in columns and read a row at a time. Such lists are in alphabetical order of surname down each
/// column, so the run is cut where the surnames, read a column apart, fall in that order; a run that no cut puts in order
/// is left unread rather than guessed at.
/// </summary>
internal static partial class NameRun
{
    /// <summary>The fewest names a run must have: a handful of words may be one person and their organisation.</summary>
    private const int MinNames = 6;

    /// <summary>The fewest surnames a cut must compare with the one above: any short run falls into some order.</summary>
    private const int MinCompared = 8;

    /// <summary>The most names read a pair of words at a time: past a handful, one name of three words would shift every cut after it.</summary>
    private const int MaxPairs = 8;

    /// <summary>The most columns a printed list is set in.</summary>
    private const int MaxColumns = 4;

    /// <summary>The most words read from one run (a full council of a hundred members has some three hundred).</summary>
    private const int MaxWords = 800;

    /// <summary>The share of surnames that must follow the one a column above them alphabetically.</summary>
    private const double MinInOrder = 0.8;

    /// <summary>A name's words past its title: a forename and surname, or with a middle name or second surname.</summary>
    private static readonly int[] NameLengths = [2, 3, 4];

    /// <summary>How much each length is preferred before order decides: most names are a forename and a surname.</summary>
    private static double Prior(int words) => words switch { 2 => 0.5, 3 => -0.3, _ => -1.0 };

    /// <summary>The names of <paramref name="run"/>, or null where it is no run of names or no cut puts its surnames in order.</summary>
    public static IReadOnlyList<string>? Split(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinNames * 2 || words.Length > MaxWords || !words.All(w => NameWord().IsMatch(w)))
        {
            return null;
        }

        return Enumerable.Range(1, MaxColumns)
            .Select(columns => new Cutter(words, columns).Cut())
            .Where(cut => cut is not null && cut.Names.Count >= MinNames && cut.Compared >= MinCompared && cut.InOrder >= MinInOrder * cut.Compared)
            .MaxBy(cut => cut!.Score)?.Names;
    }

    /// <summary>
    /// A short run of forenames and surnames with nothing between them ("Robin Forrest Alan Biddlecombe Tony Clear Gail
    /// Martin"), cut in pairs: too few names for their order to show where they part, so each is read as most names are
    /// printed, a forename and a surname. Null unless the run is of two to <see cref="MaxPairs"/> names, all words of names.
    /// </summary>
    public static IReadOnlyList<string>? Pairs(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || words.Length > MaxPairs * 2 || words.Length % 2 != 0 || !words.All(w => NameWord().IsMatch(w)))
        {
            return null;
        }

        return Enumerable.Range(0, words.Length / 2).Select(i => $"{words[2 * i]} {words[(2 * i) + 1]}").ToList();
    }

    private sealed record Cut(IReadOnlyList<string> Names, double Score, int InOrder, int Compared);

    /// <summary>Cuts a run into names for one number of columns, by dynamic programming over where each name ends.</summary>
    /// <remarks>A state is the next word and the lengths of the last names cut: enough to find the surname a column above.</remarks>
    private sealed class Cutter(string[] words, int columns)
    {
        private readonly Dictionary<(int At, int L1, int L2, int L3), (double Score, int Length, int InOrder, int Compared)> _best = [];
        private readonly bool[] _titles = [.. words.Select(w => Title().IsMatch(w))];

        public Cut? Cut()
        {
            var (score, _, inOrder, compared) = Best(0, 0, 0, 0);
            if (double.IsNegativeInfinity(score))
            {
                return null;
            }

            var names = new List<string>();
            var (at, l1, l2, l3) = (0, 0, 0, 0);
            while (at < words.Length)
            {
                var length = _best[Key(at, l1, l2, l3)].Length;
                names.Add(string.Join(' ', words, at, length));
                (at, l1, l2, l3) = (at + length, length, l1, l2);
            }

            return new Cut(names, score, inOrder, compared);
        }

        private (double Score, int Length, int InOrder, int Compared) Best(int at, int l1, int l2, int l3)
        {
            if (at == words.Length)
            {
                return (0, 0, 0, 0);
            }

            if (_best.TryGetValue(Key(at, l1, l2, l3), out var known))
            {
                return known;
            }

            var best = (Score: double.NegativeInfinity, Length: 0, InOrder: 0, Compared: 0);
            var title = _titles[at] ? 1 : 0;
            foreach (var core in NameLengths)
            {
                var length = title + core;
                if (at + length > words.Length || Array.IndexOf(_titles, true, at + 1, length - 1) >= 0)
                {
                    continue;
                }

                var score = Prior(core);
                var (inOrder, compared) = (0, 0);
                if (SurnameAbove(at, l1, l2, l3) is { } above)
                {
                    var ordered = string.Compare(above, words[at + length - 1], StringComparison.OrdinalIgnoreCase) <= 0;
                    (score, inOrder, compared) = (score + (ordered ? 1 : -1), ordered ? 1 : 0, 1);
                }

                var rest = Best(at + length, length, l1, l2);
                if (score + rest.Score > best.Score)
                {
                    best = (score + rest.Score, length, inOrder + rest.InOrder, compared + rest.Compared);
                }
            }

            _best[Key(at, l1, l2, l3)] = best;
            return best;
        }

        /// <summary>A state keeps only the lengths of the names back to the row above: cuts that agree on those share what follows.</summary>
        private (int, int, int, int) Key(int at, int l1, int l2, int l3) =>
            (at, columns > 1 ? l1 : 0, columns > 2 ? l2 : 0, columns > 3 ? l3 : 0);

        /// <summary>The surname of the name a column above the one starting at <paramref name="at"/>: as many names back as there are columns.</summary>
        private string? SurnameAbove(int at, int l1, int l2, int l3)
        {
            int[] previous = [l1, l2, l3];
            if (columns > 1 && previous[columns - 2] == 0)
            {
                return null;
            }

            var end = at - previous.Take(columns - 1).Sum();
            return end > 0 ? words[end - 1] : null;
        }
    }

    // A word of a name: capitalised, hyphenated or with an apostrophe ("Seymour-Smith", "O’Reilly", "McCarthy"), not an acronym ("GDS").
    [GeneratedRegex(@"^[A-Z][\w'’-]*[a-z][\w'’-]*$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:Sir|Dame|Dr|Lord|Lady|Professor|Prof|Mr|Mrs|Ms|Miss|Rev|Revd)$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Title();
}
