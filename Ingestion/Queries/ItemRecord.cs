using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.Queries;

/// <summary>One stored agenda item with its resolutions and actions.</summary>
public sealed record ItemRecord
{
    /// <summary>The item's row key (<c>001</c>, <c>002</c>): its place in the meeting.</summary>
    public required string Key { get; init; }

    public string? Number { get; init; }
    public string? Title { get; init; }

    /// <summary>The minuted text; an excerpt when <see cref="TextTruncated"/> (the parsed JSON blob has all of it).</summary>
    public string Text { get; init; } = "";

    public bool TextTruncated { get; init; }
    public IReadOnlyList<string> Bullets { get; init; } = [];
    public IReadOnlyList<LinkedDocument> Documents { get; init; } = [];

    /// <summary>The printed minutes' Action-column text beside the item.</summary>
    public string? ActionOwner { get; init; }

    public IReadOnlyList<ResolutionRecord> Resolutions { get; init; } = [];
    public IReadOnlyList<ActionRecord> Actions { get; init; } = [];
}

/// <summary>One stored decision: its sub-marker (<c>1</c>, <c>a</c>) or null, and its text.</summary>
public sealed record ResolutionRecord(string? Marker, string Text);

/// <summary>One person in a stored meeting's attendance.</summary>
/// <param name="Name">The name as printed.</param>
/// <param name="Role">The part they played: member, chair, officer, apology…</param>
/// <param name="Note">A description printed with the name ("Principal Planning Officer").</param>
/// <param name="Substitute">True for a member attending in place of another.</param>
public sealed record AttendeeRecord(string Name, AttendeeRole Role, string? Note, bool Substitute);
