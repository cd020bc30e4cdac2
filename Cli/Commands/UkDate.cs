using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace CouncilMinutes.Cli.Commands;

/// <summary>A date option as UK users type dates: 2024-02-01, 01/02/2024 (day first), 1 February 2024; never month first.</summary>
internal static class UkDate
{
    /// <summary>The accepted forms, as a user reads them in help and in errors.</summary>
    public const string Forms = "yyyy-mm-dd, dd/mm/yyyy (day first) or d Month yyyy";

    // Exact forms with English month names (the invariant culture's), so the order is the format's, never the machine's.
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"];

    /// <summary>An option named <paramref name="name"/> that reads a date in <see cref="Forms"/>.</summary>
    public static Option<DateOnly?> Option(string name, string description) =>
        new(name) { Description = $"{description} ({Forms})", CustomParser = Read };

    private static DateOnly? Read(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (TryRead(text, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date: write it as {Forms}.");
        return null;
    }

    /// <summary>Reads <paramref name="text"/> in one of the <see cref="Forms"/>.</summary>
    public static bool TryRead(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
