using CouncilMinutes.Cli.Commands;
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

        // The date is the last word (2024-02-01, 01/02/2024) or the last three (1 February 2024).
        foreach (var length in (int[])[1, 3])
        {
            if (words.Count > length && char.IsAsciiDigit(words[^length][0]))
            {
                var text = string.Join(' ', words.Skip(words.Count - length));
                if (UkDate.TryRead(text, out var date))
                {
                    return new MeetingReference(string.Join(' ', words.Take(words.Count - length)), date, null);
                }

                error = $"'{text}' is not a date: write it as {UkDate.Forms}.";
            }
        }

        if (error is not null)
        {
            return null;
        }

        return new MeetingReference(string.Join(' ', words), null, null);
    }
}
