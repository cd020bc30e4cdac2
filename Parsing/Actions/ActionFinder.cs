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
    /// <param name="itemTitle">The item's title: a list of actions titled with when they are due ("Actions for follow-up at next meeting") gives that to each that says no other.</param>
    /// <param name="members">The names the attendance list gives its people.</param>
    public static List<ActionItem> Find(IEnumerable<Passage> passages, string? actionColumnOwner, DateOnly? meetingDate, string? itemTitle = null, MembersNames? members = null)
    {
        var listDue = itemTitle is not null && ActionsTitle().IsMatch(itemTitle) ? DueHintReader.Read(itemTitle, meetingDate) : DueHint.None;
        DueHint Due(DueHint own) => own.Kind == DueKind.None ? listDue : own;
        var actions = new List<ActionItem>();
        var discussed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inOrder = passages.ToList();

        // A row of an action log reviewed as "Complete" or "Done" in the cell after it is work already done, not an action.
        var done = inOrder.Zip(inOrder.Skip(1))
            .Where(pair => ActionStatus.IsCompleted(pair.Second.Text))
            .Select(pair => pair.First)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var tabledActions = inOrder.Where(p => p.IsTabled).Select(p => Tidy(p.Text)).ToList();
        foreach (var passage in inOrder.OrderBy(p => p.IsDecision))
        {
            if (done.Contains(passage))
            {
                continue;
            }

            if (passage.IsTabled)
            {
                var tabled = Tidy(passage.Text);
                discussed.Add(tabled);
                // The cell after a tabled action may be its due date ("07/11" in a "Due" column).
                var due = DueHintReader.Read(passage.Text, meetingDate);
                due = due.Kind == DueKind.None && passage.Remark is { } remark ? DueHintReader.ReadCell(remark, meetingDate) : due;
                actions.Add(new ActionItem(tabled, TabledOwner(passage), Due(due)));
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(passage.Text))
            {
                if (ActionStatus.EndsCompleted(sentence) || CommitmentCue.Find(sentence, passage.IsDecision, members) is not { } cue)
                {
                    continue;
                }

                // A decision that restates a commitment already minuted in the discussion is the same action, not a second one; so is
                // a sentence that says again what the item's action table or column records ("Agreed to invite the CEO to the AGM"
                // beside "01-02 SB to invite the CEO to the AGM").
                var text = Tidy(sentence);
                if (tabledActions.Exists(a => Restatement.Of(text, a)) || (passage.IsDecision ? discussed.Any(a => Restatement.Of(text, a)) : !discussed.Add(text)))
                {
                    continue;
                }

                actions.Add(new ActionItem(text, OwnerOf(sentence, cue, passage, actionColumnOwner), Due(DueHintReader.Read(sentence, meetingDate))));
            }
        }

        return actions;
    }

    /// <summary>A tabled action's owner: its owner cell, else whoever its wording names ("AS to contact …").</summary>
    private static Owner? TabledOwner(Passage passage) =>
        passage.Owner is { } cell ? new Owner(OwnerFinder.Tidy(cell), OwnerSource.ActionColumn)
        : CommitmentCue.Find(passage.Text, false) is { } cue ? OwnerOf(passage.Text, cue, passage, null)
        : null;

    private static Owner? OwnerOf(string sentence, CommitmentCue.Match cue, Passage passage, string? actionColumnOwner)
    {
        var source = passage.IsDecision ? OwnerSource.Resolution : OwnerSource.Sentence;
        var named = cue.Doer is { } doer ? OwnerFinder.Tidy(doer) : OwnerFinder.SubjectBefore(sentence, cue.SubjectEnd);

        // The Action column names who acts for the whole item, unless the sentence names a person ("HL would ascertain…").
        if (actionColumnOwner is not null && !(named is not null && OwnerFinder.IsPerson(named)))
        {
            return new Owner(actionColumnOwner, OwnerSource.ActionColumn);
        }

        if (named is not null)
        {
            return new Owner(named, source);
        }

        // "That the Board 1) … 2) will consider …": the part's doer is the preamble's subject.
        return passage.IsDecision && cue.SubjectEnd == 0 && passage.Subject is { } subject && OwnerFinder.IsDoer(subject)
            ? new Owner(OwnerFinder.Tidy(subject), OwnerSource.Resolution)
            : null;
    }

    /// <summary>The action as the minutes word it, without the "Action:" label an action log line opens with.</summary>
    internal static string Tidy(string sentence) => TrailingConjunction().Replace(ActionLabel().Replace(sentence.Trim(), ""), "").Trim();

    [GeneratedRegex(@"^(?:Actions?|ACTIONS?)(?:\s+by)?\s*[:–-]\s*", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex ActionLabel();

    [GeneratedRegex(@"[;,]\s*(?:and|or)?\s*$|;$", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex TrailingConjunction();

    // A title that lists actions still to do ("Actions for follow up at next meeting"), not those set before ("Actions from the
    // previous meeting", "Actions brought forward").
    [GeneratedRegex(@"^(?!.*\b(?:previous|last|earlier|prior|brought|carried|outstanding|arising|review)\b).*\bactions?\b", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex ActionsTitle();
}
