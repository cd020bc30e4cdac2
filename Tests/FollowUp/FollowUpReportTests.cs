using CouncilMinutes.Ingestion.FollowUp;

namespace CouncilMinutes.Tests.FollowUp;

public class FollowUpReportTests
{
    private static readonly LabelledAction Action = new("2018-10-10", "54", "The Clerk will write to the school.", "done",
        new LabelledClosure("2018-11-14", "61", "Matters Arising", "The Clerk has written to the school."));

    private static EvidencePassage Passage(string meeting, string item, string text) => new(meeting, DateOnly.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture), item, "Other", text);

    [Fact]
    public void Evidence_of_the_labelled_meeting_in_another_item_counts_at_the_meeting_but_not_as_the_right_evidence()
    {
        var report = new FollowUpReport([new CommitteeFollowUp("pc", "Parish Council",
        [
            new ActionOutcome(Action, FollowUpStatus.Done, Passage("2018-11-14", "62", "The school replied.")),
            new ActionOutcome(Action, FollowUpStatus.Done, Passage("2018-11-14", "61", "The Clerk has written to the school.")),
            new ActionOutcome(Action, FollowUpStatus.Done, Passage("2018-12-12", "70", "The Clerk has written to the school.")),
        ])]);

        Assert.Equal((1 / 3d, 1 / 3d), report.Done);
        Assert.Equal((2 / 3d, 2 / 3d), report.DoneAtMeeting);
    }
}
