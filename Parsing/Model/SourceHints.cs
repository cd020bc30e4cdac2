namespace CouncilMinutes.Parsing.Model;

/// <summary>Facts that came with a document (blob metadata, the portal scraper) and fill what its text lacks.</summary>
public sealed record SourceHints
{
    public string? Council { get; init; }
    public string? Committee { get; init; }
    public DateOnly? MeetingDate { get; init; }
    public TimeOnly? StartTime { get; init; }
    public string? Venue { get; init; }
    public string? MeetingId { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>No hints at all.</summary>
    public static SourceHints None { get; } = new();

    /// <summary>This set's values, with <paramref name="fallback"/>'s where this set has none.</summary>
    public SourceHints Or(SourceHints? fallback) => fallback is null ? this : new SourceHints
    {
        Council = Council ?? fallback.Council,
        Committee = Committee ?? fallback.Committee,
        MeetingDate = MeetingDate ?? fallback.MeetingDate,
        StartTime = StartTime ?? fallback.StartTime,
        Venue = Venue ?? fallback.Venue,
        MeetingId = MeetingId ?? fallback.MeetingId,
        SourceUrl = SourceUrl ?? fallback.SourceUrl,
    };
}
