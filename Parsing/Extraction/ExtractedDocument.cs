using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>The text of a document as blocks in reading order, plus facts its format states outright.</summary>
/// <param name="Format">The format the text was extracted from.</param>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="Facts">Meeting facts stated by the format's metadata (the ModernGov XML's meeting date, venue), not read from prose.</param>
/// <param name="Attendance">Attendance stated as data (the XML's attendees), or null.</param>
public sealed record ExtractedDocument(
    SourceFormat Format,
    IReadOnlyList<Block> Blocks,
    SourceHints Facts,
    Attendance? Attendance = null)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the format itself marks where items start (HTML item rows, XML agenda items).</summary>
    public bool HasExplicitItems => Blocks.Any(b => b.Kind == BlockKind.ItemHeading);
}
