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

    [GeneratedRegex(@"^(?i:" + Vocabulary.CompletedStatus + @")(?:\.\s.*|[\s.,;:–-].{0,40})?$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Completed();
}
