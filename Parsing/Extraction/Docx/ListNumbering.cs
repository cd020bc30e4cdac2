using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CouncilMinutes.Parsing.Extraction.Docx;

/// <summary>What a list paragraph's marker is: a bullet, a number as printed ("1.", "(a)"), or unknown.</summary>
/// <param name="IsBullet">True for a bullet: the entry is a list item and the glyph is dropped.</param>
/// <param name="Number">The number as Word prints it, or null when it is a bullet or cannot be rendered.</param>
internal sealed record ListLabel(bool IsBullet, string? Number);

/// <summary>
/// Counts list paragraphs the way Word does, so a numbered entry keeps the number a reader saw: one counter per
/// abstract list (lists that share one continue each other), a restart where a list instance overrides its start,
/// deeper levels reset when a shallower one advances.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _overridesApplied = [];

    public ListNumbering(Numbering? numbering)
    {
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }

        foreach (var list in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (list.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, list);
            }
        }
    }

    /// <summary>The label of the next paragraph of list <paramref name="numId"/> at <paramref name="level"/>; null when it is no list.</summary>
    public ListLabel? Next(int numId, int level)
    {
        level = Math.Clamp(level, 0, Levels - 1);
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId || !_abstracts.TryGetValue(abstractId, out var list))
        {
            return null;
        }

        var counters = _counters.TryGetValue(abstractId, out var found) ? found : _counters[abstractId] = new int?[Levels];
        if (_overridesApplied.Add(numId))
        {
            foreach (var restart in instance.Elements<LevelOverride>())
            {
                if (restart.LevelIndex?.Value is { } at and >= 0 and < Levels && restart.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    counters[at] = start - 1;
                }
            }
        }

        var levels = Enumerable.Range(0, Levels).Select(i => LevelOf(instance, list, i)).ToArray();
        counters[level] = counters[level] is { } current ? current + 1 : Start(levels[level]);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        var format = levels[level]?.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet)
        {
            return new ListLabel(true, null);
        }

        if (format == NumberFormatValues.None)
        {
            return new ListLabel(false, "");
        }

        var text = levels[level]?.LevelText?.Val?.Value;
        return new ListLabel(false, text is null ? null : Render(text, levels, counters));
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum list, int index) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.Level
        ?? list.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == index);

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    /// <summary>"%1.%2" with each level's counter in that level's format; null when a format is one we cannot print.</summary>
    private static string? Render(string pattern, Level?[] levels, int?[] counters)
    {
        var result = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var at = pattern[++i] - '1';
                var value = counters[at] ?? Start(levels[at]);
                if (Format(value, levels[at]?.NumberingFormat?.Val?.Value) is not { } printed)
                {
                    return null;
                }

                result.Append(printed);
            }
            else
            {
                result.Append(pattern[i]);
            }
        }

        return result.ToString();
    }

    private static string? Format(int value, NumberFormatValues? format)
    {
        if (format is null || format == NumberFormatValues.Decimal)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = Letters(value);
            return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        return null;
    }

    /// <summary>a…z, then aa…zz, bb…: Word repeats the letter rather than counting in base 26.</summary>
    private static string Letters(int value) => value < 1 ? "" : new string((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Roman(int value)
    {
        var result = new StringBuilder();
        foreach (var (amount, symbol) in RomanNumerals)
        {
            while (value >= amount)
            {
                result.Append(symbol);
                value -= amount;
            }
        }

        return result.ToString();
    }

    private static readonly (int, string)[] RomanNumerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
}
