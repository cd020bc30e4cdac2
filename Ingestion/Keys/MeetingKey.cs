using System.Globalization;

namespace CouncilMinutes.Ingestion.Keys;

/// <summary>
/// A meeting's identity: its committee and date (and a sequence when a committee met twice that day). The same meeting read
/// from a PDF and from a portal page gets the same key, so its rows are written once.
/// </summary>
/// <param name="Committee">The committee slug ("children-young-people-and-families-policy-and-performance-board").</param>
/// <param name="Date">The meeting date.</param>
/// <param name="Sequence">1 for the first meeting of the day, 2 for a second one.</param>
public sealed record MeetingKey(string Committee, DateOnly Date, int Sequence = 1)
{
    /// <summary>The Meetings table's row key: <c>yyyy-MM-dd</c>, with <c>-n</c> for a second meeting that day.</summary>
    public string RowKey => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (Sequence > 1 ? "-" + Sequence.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The key of the meeting's rows in the other tables (their partition): committee and date together.</summary>
    public string Value => $"{Committee}_{RowKey}";

    public override string ToString() => Value;

    public static MeetingKey For(string committee, DateOnly date) => new(Slug.From(committee), date);

    /// <summary>Reads a key written by <see cref="Value"/> ("planning-committee_2015-03-25-2").</summary>
    public static bool TryParse(string value, out MeetingKey key)
    {
        key = null!;
        var cut = value?.LastIndexOf('_') ?? -1;
        if (cut <= 0)
        {
            return false;
        }

        var datePart = value![(cut + 1)..];
        var sequence = 1;
        if (datePart.Length > 10 && datePart[10] == '-' && !int.TryParse(datePart[11..], NumberStyles.None, CultureInfo.InvariantCulture, out sequence))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(datePart[..Math.Min(10, datePart.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        key = new MeetingKey(value[..cut], date, sequence);
        return true;
    }
}
