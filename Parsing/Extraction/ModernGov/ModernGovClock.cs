using System.Globalization;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.ModernGov;

/// <summary>The web service's date and time values ("10/02/2026", "10.00 am"), and the date line its pages print.</summary>
internal static partial class ModernGovClock
{
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>"10.00 am", "2.30 pm", "10am", "10:00", "14.30", "noon" as a time of day.</summary>
    public static TimeOnly? ParseTime(string? value)
    {
        var text = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text is "noon" or "12 noon" or "midday")
        {
            return new TimeOnly(12, 0);
        }

        var match = Time().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["half"].Value;
        if (half.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (half == "p" ? 12 : 0);
        }
        else if (!match.Groups["minute"].Success)
        {
            return null; // a bare "10" says nothing about morning or evening
        }

        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>The date line as a ModernGov page prints it: "Tuesday, 10th February, 2026 10.00 am".</summary>
    public static string DateLine(DateOnly date, string? time)
    {
        var day = date.Day;
        var suffix = (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        var line = string.Create(CultureInfo.InvariantCulture, $"{date:dddd}, {day}{suffix} {date:MMMM}, {date:yyyy}");
        return string.IsNullOrWhiteSpace(time) ? line : line + " " + time.Trim();
    }

    [GeneratedRegex(@"^(?<hour>\d{1,2})(?:\s*[.:]\s*(?<minute>\d{2}))?\s*(?:(?<half>[ap])\.?\s*m\.?)?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Time();
}
