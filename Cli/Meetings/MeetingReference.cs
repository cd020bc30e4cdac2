using System.Globalization;
using CouncilMinutes.Ingestion.Keys;

namespace CouncilMinutes.Cli.Meetings;

/// <summary>
/// Which meeting <c>minutes show</c> was asked for: a meeting key, a committee and a date, or a committee alone (its
/// meetings). The committee may be its name (quoted or not) or its slug.
/// </summary>
internal sealed record MeetingReference(string? Committee, DateOnly? Date, MeetingKey? Key)
{
    /// <summary>Reads the words after <c>show</c>; null with <paramref name="error"/> set when they name no meeting.</summary>
    public static MeetingReference? Parse(IReadOnlyList<string> words, out string? error)
    {
        ArgumentNullException.ThrowIfNull(words);
        error = null;
        if (words.Count == 0 || words.All(string.IsNullOrWhiteSpace))
        {
            error = "name a meeting: COMMITTEE DATE, or a meeting key such as planning-committee_2025-01-15.";
            return null;
        }

        if (words.Count == 1 && MeetingKey.TryParse(words[0], out var key))
        {
            return new MeetingReference(null, null, key);
        }

        var last = words[^1];
        if (words.Count > 1 && char.IsAsciiDigit(last[0]))
        {
            if (!DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error = $"'{last}' is not a date: give it as yyyy-MM-dd.";
                return null;
            }

            return new MeetingReference(string.Join(' ', words.Take(words.Count - 1)), date, null);
        }

        return new MeetingReference(string.Join(' ', words), null, null);
    }
}
