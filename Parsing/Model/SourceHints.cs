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
}
