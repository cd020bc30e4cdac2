namespace CouncilMinutes.Parsing.Model;

/// <summary>One item of business: its number as printed, title, minuted text, decisions and follow-ups.</summary>
public sealed record AgendaItem
{
    /// <summary>Position in the document, from 1.</summary>
    public int Ordinal { get; init; }

    /// <summary>The number exactly as printed (<c>CYP14</c>, <c>25</c>, <c>17/25</c>), or null.</summary>
    public string? Number { get; init; }

    public string? Title { get; init; }

    /// <summary>The minuted text (paragraphs separated by blank lines), without resolutions.</summary>
    public string Text { get; init; } = "";

    public IReadOnlyList<string> Bullets { get; init; } = [];
    public IReadOnlyList<LinkedDocument> Documents { get; init; } = [];
    public IReadOnlyList<Resolution> Resolutions { get; init; } = [];
    public IReadOnlyList<ActionItem> Actions { get; init; } = [];

    /// <summary>The text of the printed minutes' right-hand Action column beside this item, if any.</summary>
    public string? ActionOwner { get; init; }
}

/// <summary>A document an item links to, as the portal page names it ("pdf icon PDF 57 KB").</summary>
public sealed record LinkedDocument(string Title, string? Url = null, string? Size = null);
