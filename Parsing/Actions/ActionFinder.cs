using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Parsing.Structure;

namespace CouncilMinutes.Parsing.Actions;

/// <summary>Finds the follow-up actions of one item: each committing sentence with its owner and due hint.</summary>
internal static partial class ActionFinder
{
    /// <param name="passages">The item's paragraphs, bullets and decisions.</param>
    /// <param name="actionColumnOwner">The printed Action column beside the item: it names the owner of all the item's actions.</param>
    /// <param name="meetingDate">For relative due dates ("tomorrow").</param>
    public static List<ActionItem> Find(IEnumerable<Passage> passages, string? actionColumnOwner, DateOnly? meetingDate)
    {
        var actions = new List<ActionItem>();
        var discussed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var passage in passages.OrderBy(p => p.IsDecision))
        {
            foreach (var sentence in SentenceSplitter.Split(passage.Text))
            {
                if (CommitmentCue.Find(sentence, passage.IsDecision) is not { } cue)
                {
                    continue;
                }

                // A decision that restates a commitment already minuted in the discussion is the same action, not a second one.
                var text = Tidy(sentence);
                if (passage.IsDecision ? discussed.Any(a => Restatement.Of(text, a)) : !discussed.Add(text))
                {
                    continue;
                }

                actions.Add(new ActionItem(text, OwnerOf(sentence, cue, passage, actionColumnOwner), DueHintReader.Read(sentence, meetingDate)));
            }
        }

        return actions;
    }

    private static Owner? OwnerOf(string sentence, CommitmentCue.Match cue, Passage passage, string? actionColumnOwner)
    {
        if (actionColumnOwner is not null)
        {
            return new Owner(actionColumnOwner, OwnerSource.ActionColumn);
        }

        if (cue.Doer is { } doer)
        {
            return new Owner(OwnerFinder.Tidy(doer), passage.IsDecision ? OwnerSource.Resolution : OwnerSource.Sentence);
        }

        if (OwnerFinder.SubjectBefore(sentence, cue.SubjectEnd) is { } named)
        {
            return new Owner(named, passage.IsDecision ? OwnerSource.Resolution : OwnerSource.Sentence);
        }

        // "That the Board 1) … 2) will consider …": the part's doer is the preamble's subject.
        return passage.IsDecision && cue.SubjectEnd == 0 && passage.Subject is { } subject && OwnerFinder.IsDoer(subject)
            ? new Owner(OwnerFinder.Tidy(subject), OwnerSource.Resolution)
            : null;
    }

    private static string Tidy(string sentence) => TrailingConjunction().Replace(sentence.Trim(), "").Trim();

    [GeneratedRegex(@"[;,]\s*(?:and|or)?\s*$|;$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TrailingConjunction();
}
