using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction;

/// <summary>
/// The header row of a table of actions ("No | Action | Owner | Update", "Action | Who | By when"), in any format: which
/// column holds the action, which its owner, which a reference that tells the rows apart.
/// </summary>
/// <param name="Action">The action column.</param>
/// <param name="Owner">The owner column.</param>
/// <param name="Reference">A reference column before the action ("No", "Ref"), or null.</param>
/// <param name="ReferenceLeads">The action column is headed only by its reference ("Item | By whom | By when"): each action cell starts with the row's reference.</param>
internal sealed partial record ActionTableHeader(int Action, int Owner, int? Reference, bool ReferenceLeads = false)
{
    /// <summary>Whether a column holds what a row says besides its action, owner and reference: an update, a status, a date.</summary>
    public bool IsRemark(int column) => column != Action && column != Owner && column != Reference;

    /// <summary>A row's action and the reference that numbers it: its own cell's, or the one its action cell starts with.</summary>
    public (string Action, string? Reference) Row(string actionCell, string? referenceCell)
    {
        if (ReferenceLeads && LeadingReference().Match(actionCell) is { Success: true } lead)
        {
            return (actionCell[lead.Length..], lead.Value.Trim());
        }

        return (actionCell, referenceCell);
    }

    /// <summary>Longest header cell, in words ("Action by whom").</summary>
    private const int MaxHeaderWords = 3;

    /// <summary>The header these cells make, or null when they are not all names of an action table's columns.</summary>
    public static ActionTableHeader? Of(IReadOnlyList<string> cells)
    {
        var texts = cells.Select(c => c.Trim().TrimEnd(':').Trim()).ToList();
        if (texts.Count < 2 || texts.Exists(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeaderWords))
        {
            return null;
        }

        // "Ref | Owner | Description": beside a column of owners, a task or its description is the action; beside a "Lead"
        // ("Item | Description | Lead") it is an agenda's item.
        var action = texts.FindIndex(t => ActionName().IsMatch(t));
        var owner = texts.FindIndex(t => OwnerName().IsMatch(t));
        action = action >= 0 || owner < 0 || !TaskOwnerName().IsMatch(texts[owner]) ? action : texts.FindIndex(t => TaskName().IsMatch(t));
        if (owner < 0 || !texts.TrueForAll(t => ColumnName().IsMatch(t)))
        {
            return null;
        }

        // "Item | By whom | By when": the action is written after its reference, under that column's name.
        if (action < 0)
        {
            return owner > 0 && ReferenceName().IsMatch(texts[owner - 1]) && texts.Count > 2 ? new ActionTableHeader(owner - 1, owner, null, ReferenceLeads: true) : null;
        }

        return new ActionTableHeader(action, owner, action > 0 && ReferenceName().IsMatch(texts[0]) ? 0 : null);
    }

    private const string ActionNames = @"actions?(?:\s+(?:points?|required|agreed|to\s+be\s+taken))?";
    private const string TaskNames = @"tasks?|description|details?|what";
    private const string OwnerNames = @"owner|who|by\s+whom|by|lead|lead\s+officer|responsible|responsibility|action\s+(?:by|owner|lead)|officer";
    private const string ReferenceNames = @"no\.?|ref\.?|reference|(?:agenda\s+)?item(?:\s+no\.?)?|minute(?:\s+(?:no\.?|ref\.?))?|#";
    private const string OtherNames = @"updates?|status|progress|comments?|notes?|(?:meeting\s+)?date|due|due\s+date|deadline|by\s+when|target(?:\s+date)?|timescale|completed?";

    // "72/2122 ", "75b/2122 ", "A1. ": a reference is a token with a digit.
    [GeneratedRegex(@"^\S*\d\S*\s+", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex LeadingReference();

    [GeneratedRegex(@"^(?i:" + ActionNames + ")$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ActionName();

    [GeneratedRegex(@"^(?i:owners?|who|responsible|responsibility|action\s+(?:by|owner))$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TaskOwnerName();

    [GeneratedRegex(@"^(?i:" + TaskNames + ")$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TaskName();

    [GeneratedRegex(@"^(?i:" + OwnerNames + ")$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex OwnerName();

    [GeneratedRegex(@"^(?i:" + ReferenceNames + ")$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ReferenceName();

    // Every cell of a header row names a column: a line of ordinary words parted by gaps is no header.
    [GeneratedRegex(@"^(?i:" + ActionNames + "|" + TaskNames + "|" + OwnerNames + "|" + ReferenceNames + "|" + OtherNames + ")$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ColumnName();
}
