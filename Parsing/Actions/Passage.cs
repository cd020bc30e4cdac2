namespace CouncilMinutes.Parsing.Actions;

/// <summary>A stretch of an item's text in which follow-up actions are looked for.</summary>
/// <param name="Text">The paragraph, bullet or decision.</param>
/// <param name="IsDecision">True for a resolution's text.</param>
/// <param name="Subject">For a numbered decision part, who the decision's preamble names ("That the Board 1) …").</param>
/// <param name="IsTabled">True for an action table's action cell: an action by where it stands, whatever its wording.</param>
/// <param name="Owner">For a tabled action, its owner cell.</param>
/// <param name="Reference">For a tabled action, the minute its row names ("72/2122"), if any.</param>
/// <param name="Remark">For a tabled action, the cell after its owner (a due date, a status), if any.</param>
internal sealed record Passage(string Text, bool IsDecision, string? Subject = null, bool IsTabled = false, string? Owner = null, string? Reference = null, string? Remark = null);
