using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Ingestion.FollowUp;

/// <summary>A sentence of a meeting that may show an earlier action done: where it is, what it says, and the sentences either side.</summary>
/// <param name="MeetingKey">The meeting it was minuted at.</param>
/// <param name="MeetingDate">That meeting's date.</param>
/// <param name="ItemNumber">The item's number as printed, or null.</param>
/// <param name="ItemTitle">The item's title, or null.</param>
/// <param name="Text">The sentence (or the item's title, for an item whose title is all it says).</param>
/// <param name="Previous">The sentence before it in the same item, or empty.</param>
/// <param name="Next">The sentence after it in the same item, or empty.</param>
public sealed partial record EvidencePassage(string MeetingKey, DateOnly MeetingDate, string? ItemNumber, string? ItemTitle, string Text,
    string Previous = "", string Next = "")
{
    /// <summary>Every passage of <paramref name="meeting"/>: each sentence of each item's text, bullets, decisions and actions, with its neighbours.</summary>
    public static IEnumerable<EvidencePassage> Of(MeetingMinutes meeting, string meetingKey, DateOnly meetingDate)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        foreach (var item in meeting.Items)
        {
            var sentences = Sentences(item.Text)
                .Concat(item.Bullets)
                .Concat(item.Resolutions.Select(r => r.Text))
                .Concat(item.Actions.Select(a => a.Text))
                .Select(s => s.Trim())
                .Where(s => s.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (sentences.Count == 0 && item.Title is { } title)
            {
                sentences.Add(title);
            }

            for (var i = 0; i < sentences.Count; i++)
            {
                yield return new EvidencePassage(meetingKey, meetingDate, item.Number, item.Title, sentences[i],
                    i > 0 ? sentences[i - 1] : "", i + 1 < sentences.Count ? sentences[i + 1] : "");
            }
        }
    }

    // Minutes' sentences end at a full stop and a space, or at a paragraph; a closer split is not needed to find evidence.
    // The full stop stays with its sentence, so that the evidence quoted to an owner reads as the minutes print it.
    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"\n\n|(?<=\.) ", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex SentenceEnd();
}
