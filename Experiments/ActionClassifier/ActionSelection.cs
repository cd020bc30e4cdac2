using CouncilMinutes.Parsing.Actions;
using CouncilMinutes.Parsing.Structure;

namespace CouncilMinutes.Experiments.ActionClassifier;

/// <summary>
/// Turns per-sentence verdicts into an item's actions the way <see cref="ActionFinder.Find"/> does, whatever made the
/// verdicts: discussion before decisions, a repeated discussion sentence once, a decision that restates a discussed
/// action dropped, and the "Action:" label tidied off. So every method is scored on the same footing as the parser.
/// </summary>
internal static class ActionSelection
{
    public static List<string> Select(IReadOnlyList<Sentence> sentences, IReadOnlyList<bool> isAction)
    {
        var actions = new List<string>();
        var discussed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // OrderBy is stable, as in ActionFinder: the discussion's sentences first, each side in reading order.
        foreach (var i in Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].IsDecision))
        {
            if (!isAction[i])
            {
                continue;
            }

            var text = ActionFinder.Tidy(sentences[i].Text);
            if (sentences[i].IsDecision ? discussed.Any(a => Restatement.Of(text, a)) : !discussed.Add(text))
            {
                continue;
            }

            actions.Add(text);
        }

        return actions;
    }
}
