using CouncilMinutes.Ingestion.FollowUp;

namespace CouncilMinutes.Tests.FollowUp;

public class EvidenceFinderTests
{
    private static readonly DateOnly January = new(2022, 1, 24);
    private static readonly DateOnly March = new(2022, 3, 14);

    private static EvidencePassage Later(string item, string title, string text) => new("board_2022-03-14", March, item, title, text);

    [Fact]
    public void A_later_passage_delivering_the_action_in_other_words_closes_it_with_that_passage_as_evidence()
    {
        using var finder = EvidenceFinder.Over(
        [
            Later("38", "Public Question Time", "It was confirmed that no public questions had been received."),
            Later("40", "Ofsted Improvement Plan", "The Board received the completed Ofsted improvement plan and noted the progress made."),
            Later("41", "School Place Planning", "The Board considered the annual school place planning report."),
        ]);

        var finding = finder.Find("It was agreed that the completed Improvement Plan following the Ofsted visit would be presented at the next meeting of the Board.", January);

        Assert.Equal(FollowUpStatus.Done, finding?.Status);
        Assert.Equal("40", finding?.Evidence.ItemNumber);
    }

    [Fact]
    public void A_later_passage_that_still_promises_it_carries_the_action_forward()
    {
        using var finder = EvidenceFinder.Over([Later("40", "Ofsted Improvement Plan", "The completed Ofsted improvement plan would be presented in June.")]);

        Assert.Equal(FollowUpStatus.CarriedForward, finder.Find("The completed Ofsted Improvement Plan would be presented at the next meeting.", January)?.Status);
    }

    [Fact]
    public void The_same_topic_at_the_same_or_an_earlier_meeting_is_no_evidence()
    {
        using var finder = EvidenceFinder.Over([new EvidencePassage("board_2022-01-24", January, "25", "Ofsted", "The Board received the Ofsted improvement plan.")]);

        Assert.Null(finder.Find("The completed Ofsted Improvement Plan would be presented at the next meeting.", January));
    }

    [Fact]
    public void An_invitation_is_delivered_by_the_guest_coming_whatever_words_they_use()
    {
        using var finder = EvidenceFinder.Over(
        [
            Later("39", "Chair's Report", "She has spoken with Sarah Hollis regarding the data challenge series."),
            Later("40", "Data Challenge Series", "Sarah Hollis talked the Board through a slide pack on the series and the prizes it offers."),
        ]);

        var finding = finder.Find("JV to invite Sarah Hollis to a future meeting to present to the Board about the Data Challenge Series.", January);

        Assert.Equal(FollowUpStatus.Done, finding?.Status);
        Assert.Equal("40", finding?.Evidence.ItemNumber);
    }

    private static EvidencePassage Earlier(string item, string title, string text, string previous = "") => new("board_2022-01-24", January, item, title, text, previous);

    [Fact]
    public void A_short_action_is_followed_by_the_sentence_it_refers_to()
    {
        using var finder = EvidenceFinder.Over(
        [
            Earlier("42", "Standing Items", "The Clerk will chase.", "The hedge at the gypsy field needs cutting."),
            Later("61", "Questions from the Public", "Cllr Blake reported the hedge at the gypsy field has been cut."),
            Later("62", "Planning", "The application for the field shelter was noted."),
        ]);

        var finding = finder.Find("The Clerk will chase.", January);

        Assert.Equal(FollowUpStatus.Done, finding?.Status);
        Assert.Equal("61", finding?.Evidence.ItemNumber);
    }

    [Fact]
    public void An_action_list_repeating_the_action_carries_it_forward_and_does_not_close_it()
    {
        using var finder = EvidenceFinder.Over(
            [Later("5", "Actions from previous meeting", "Trees in the wood - JH will instruct Bob Staig to produce a report, received in draft.")]);

        Assert.Equal(FollowUpStatus.CarriedForward, finder.Find("It was agreed that JH will instruct Bob Staig to produce a report.", January)?.Status);
    }

    [Fact]
    public void A_passage_matching_only_what_the_action_refers_to_does_not_close_an_action_that_names_its_own_subject()
    {
        using var finder = EvidenceFinder.Over(
        [
            Earlier("42", "Wallinger Trust", "The Clerk will inform Longmores.", "The Wallinger Trust has received no applications for grants."),
            Later("4", "Wallinger Trust", "The Wallinger Trust has received no applications for grants and will advertise them."),
        ]);

        Assert.NotEqual(FollowUpStatus.Done, finder.Find("The Clerk will inform Longmores.", January)?.Status);
    }

    [Fact]
    public void A_passage_sharing_only_the_names_of_the_action_is_about_the_person_and_does_not_close_it()
    {
        using var finder = EvidenceFinder.Over(
        [
            Earlier("3", "Liaison Group", "The Chairman agreed to write to Mike Pendock."),
            Later("67", "Standing Items", "Mr Tiley said Mike Pendock had shared a response from Historic England."),
            Later("68", "Planning", "The application for the field shelter was noted."),
        ]);

        Assert.NotEqual(FollowUpStatus.Done, finder.Find("The Chairman agreed to write to Mike Pendock.", January)?.Status);
    }

    [Fact]
    public void The_owner_of_an_action_is_not_what_it_is_about()
    {
        using var finder = EvidenceFinder.Over(
        [
            Earlier("56", "Any Other Business", "County Cllr Webb will chase.", "The fence at Hazelgrove has not been removed."),
            Later("83", "Planning Permissions", "County Cllr Webb has requested this go to committee."),
            Later("84", "Planning Permissions", "The application for the field shelter was noted."),
        ]);

        Assert.NotEqual(FollowUpStatus.Done, finder.Find("County Cllr Webb will chase.", January)?.Status);
    }

    [Fact]
    public void A_long_preamble_does_not_outweigh_the_action_it_leads_to()
    {
        using var finder = EvidenceFinder.Over(
        [
            Earlier("49", "Public Participation", "The Clerk will ask Ringway to deal with this.",
                "Karen Havard reported the poor state of the raised footway between Staines Green and the village where work is needed."),
            new EvidencePassage("board_2022-03-14", March, "49", "Public Participation",
                "The Clerk confirmed that she has taken the state of the footway up with Ringway who are contacting HCC."),
            Later("50", "Planning", "The application for the field shelter was noted."),
            Later("51", "Greens", "The grass on the green was cut."),
        ]);

        Assert.Equal(FollowUpStatus.Done, finder.Find("The Clerk will ask Ringway to deal with this.", January)?.Status);
    }

    [Fact]
    public void A_short_action_delivered_in_its_own_words_is_closed_not_judged_a_repeat()
    {
        using var finder = EvidenceFinder.Over(
        [
            Later("65", "Public Participation", "Cllr Simkins has drafted a definition of recreational standard and will circulate to Councillors."),
            Later("66", "Planning", "The application for the field shelter was noted."),
        ]);

        Assert.Equal(FollowUpStatus.Done, finder.Find("It was agreed that the PC needs to specify what a recreational standard should be.", January)?.Status);
    }

    [Fact]
    public void A_status_line_beside_an_action_table_row_closes_the_action_with_the_status_as_evidence()
    {
        using var finder = EvidenceFinder.Over(
        [
            Later("5", "Actions from previous meeting", "BTFC agreement - AS to amend and send to A Thompson"),
            Later("5", "Actions from previous meeting", "AS"),
            Later("5", "Actions from previous meeting", "Amended agreement has been signed and payment made."),
            Later("6", "Playground", "The playground fundraising continues."),
        ]);

        var finding = finder.Find("Action AS to amend and send to BTFC for signing", January);

        Assert.Equal(FollowUpStatus.Done, finding?.Status);
        Assert.Equal("Amended agreement has been signed and payment made.", finding?.Evidence.Text);
    }

    [Fact]
    public void A_status_line_beside_another_row_does_not_close_the_action()
    {
        using var finder = EvidenceFinder.Over(
        [
            Later("5", "Actions from previous meeting", "BTFC agreement - AS to amend and send to A Thompson"),
            Later("5", "Actions from previous meeting", "Dog bins - CF to notify CDC of the new bins location"),
            Later("5", "Actions from previous meeting", "Completed."),
            Later("6", "Playground", "The playground fundraising continues."),
        ]);

        Assert.NotEqual(FollowUpStatus.Done, finder.Find("Action AS to amend and send to BTFC for signing", January)?.Status);
    }

    private static readonly DateOnly October = new(2018, 10, 10);
    private static readonly DateOnly November = new(2018, 11, 14);
    private static readonly DateOnly December = new(2018, 12, 12);

    private static EvidencePassage On(DateOnly date, string item, string title, string text) => new($"pc_{date:yyyy-MM-dd}", date, item, title, text);

    [Fact]
    public void A_matter_put_to_a_named_meeting_is_delivered_by_that_meeting_taking_it_up()
    {
        using var finder = EvidenceFinder.Over(
        [
            On(November, "60", "Planning", "The hedge on the byway was noted."),
            On(December, "70", "Standing Items", "It was proposed to accept the quote for cutting back Byway 20 at Letty Green."),
            On(December, "71", "Finance", "The accounts were approved."),
        ]);

        var finding = finder.Find("The work proposed for byway 20 in Letty Green will be discussed at the December meeting.", October);

        Assert.Equal(FollowUpStatus.Done, finding?.Status);
        Assert.Equal("70", finding?.Evidence.ItemNumber);
    }

    [Fact]
    public void A_matter_put_to_a_meeting_that_puts_it_off_again_is_not_delivered()
    {
        using var finder = EvidenceFinder.Over(
        [
            On(December, "70", "Standing Items", "Cllr Simkins expects the HGV signs to be installed next spring."),
            On(December, "71", "Finance", "The accounts were approved."),
        ]);

        Assert.NotEqual(FollowUpStatus.Done, finder.Find("The paper on the HGV signs will be discussed at the December meeting.", November)?.Status);
    }

    [Fact]
    public void Candidates_are_the_later_passages_ranked_for_the_action_with_what_the_rules_weigh()
    {
        using var finder = EvidenceFinder.Over(
        [
            new EvidencePassage("board_2022-01-24", January, "25", "Ofsted", "The Board received the Ofsted improvement plan."),
            Later("40", "Ofsted Improvement Plan", "The Board received the completed Ofsted improvement plan and noted the progress made."),
            Later("41", "School Place Planning", "The completed school place plan would be presented in June."),
        ]);

        var candidates = finder.Candidates("It was agreed that the completed Improvement Plan following the Ofsted visit would be presented at the next meeting of the Board.", January);

        Assert.Equal(["40", "41"], candidates.Select(c => c.Passage.ItemNumber));
        Assert.Equal([0, 1], candidates.Select(c => c.Rank));
        Assert.True(candidates[0].ReportsDelivery);
        Assert.True(candidates[0].Coverage > candidates[1].Coverage);
        Assert.True(candidates[1].ReportsPending);
        Assert.All(candidates, c => Assert.Equal(1, c.MeetingsLater));
    }
}
