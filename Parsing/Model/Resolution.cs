namespace CouncilMinutes.Parsing.Model;

/// <summary>One decision of the meeting, without its label (<c>RESOLVED:</c>) or sub-marker (<c>1)</c>, <c>(a)</c>).</summary>
/// <param name="Text">The decision text.</param>
/// <param name="Marker">The sub-marker without brackets (<c>1</c>, <c>a</c>, <c>ii</c>), or null for a single decision.</param>
public sealed record Resolution(string Text, string? Marker = null);
