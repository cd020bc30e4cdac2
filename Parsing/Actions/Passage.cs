namespace CouncilMinutes.Parsing.Actions;

/// <summary>A stretch of an item's text in which follow-up actions are looked for.</summary>
/// <param name="Text">The paragraph, bullet or decision.</param>
/// <param name="IsDecision">True for a resolution's text.</param>
/// <param name="Subject">For a numbered decision part, who the decision's preamble names ("That the Board 1) …").</param>
internal sealed record Passage(string Text, bool IsDecision, string? Subject = null);
