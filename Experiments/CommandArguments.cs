using System.Globalization;

namespace CouncilMinutes.Experiments;

/// <summary>An experiment's command-line words, from which numeric options (<c>--threshold 0.3</c>) are taken out as they are read.</summary>
internal sealed class CommandArguments(IEnumerable<string> args)
{
    private readonly List<string> _words = [.. args];

    /// <summary>What is left once the options have been taken.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>The number after <paramref name="name"/>, removed with it; null when the option is absent.</summary>
    public double? Number(string name)
    {
        var at = _words.IndexOf(name);
        if (at < 0)
        {
            return null;
        }

        var value = double.Parse(_words[at + 1], CultureInfo.InvariantCulture);
        _words.RemoveRange(at, 2);
        return value;
    }

    /// <summary>Whether the switch <paramref name="name"/> was given, removed if so.</summary>
    public bool Switch(string name) => _words.Remove(name);
}
