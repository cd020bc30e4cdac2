namespace CouncilMinutes.Parsing.Model;

/// <summary>A follow-up the minutes commit someone to: report back, circulate, arrange a meeting.</summary>
/// <param name="Text">The sentence that states the commitment, verbatim (whitespace collapsed).</param>
/// <param name="Owner">Who is to do it, or null when the text names no one.</param>
/// <param name="Due">When it is due.</param>
public sealed record ActionItem(string Text, Owner? Owner, DueHint Due);

/// <summary>Who an action belongs to, and where that was read.</summary>
public sealed record Owner(string Name, OwnerSource Source);

/// <summary>Where an action's owner came from.</summary>
public enum OwnerSource
{
    /// <summary>The printed minutes' Action column beside the item.</summary>
    ActionColumn,

    /// <summary>The sentence itself names who does it.</summary>
    Sentence,

    /// <summary>The resolution's subject ("That the Board will consider…").</summary>
    Resolution,
}
