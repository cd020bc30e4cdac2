using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>An action log's status cell that reports the work done ("Complete", "Done – circulated 5 January").</summary>
internal static partial class ActionStatus
{
    /// <summary>
    /// True for a line that is a completed status, with at most a short remark after it, or any remark after its own full stop
    /// ("Completed. The farmer is willing to provide parking.").
    /// </summary>
    public static bool IsCompleted(string text) => Completed().IsMatch(text.Trim());

    /// <summary>True for an action log's line that ends in its status, done: "Clerk to write to JAJ re internal audit - Done".</summary>
    public static bool EndsCompleted(string text) => CompletedAtEnd().IsMatch(text.Trim());

    [GeneratedRegex(@"\s[-–—]\s*(?i:" + Vocabulary.CompletedStatus + @")\.?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex CompletedAtEnd();

    [GeneratedRegex(@"^(?i:" + Vocabulary.CompletedStatus + @")(?:\.\s.*|[\s.,;:–-].{0,40})?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Completed();
}
