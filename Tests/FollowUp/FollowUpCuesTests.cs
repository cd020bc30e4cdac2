using CouncilMinutes.Ingestion.FollowUp;

namespace CouncilMinutes.Tests.FollowUp;

public class FollowUpCuesTests
{
    [Theory]
    [InlineData("The Employment Committee has now carried out the Clerk’s appraisal.")]
    [InlineData("Cllr Blake reported the hedge at the gypsy field has been cut.")]
    [InlineData("A productive meeting was held between the Parish Council and the school on Monday.")]
    [InlineData("Finance. Precept submitted.")]
    [InlineData("Lease now signed and rent transferred by the tenants into the Council's bank account.")]
    [InlineData("Completed.")]
    [InlineData("The consultation closed on 30 November 2023.")]
    [InlineData("Although the Clerk’s advice was that the meeting was not given enough notice to vote on such a resolution, the resolution was passed.")]
    public void A_past_or_perfect_tense_or_a_status_word_reports_delivery(string passage) => Assert.True(FollowUpCues.ReportsDelivery(passage));

    [Theory]
    [InlineData("It was agreed that JH will instruct the tree surgeon to produce a report.")]
    [InlineData("Dog bins - The new bin should be replaced with the old bin.")]
    [InlineData("Another bin to be purchased to be sited at the bottom of the wood.")]
    [InlineData("Sept 23 - no update. Next agenda")]
    [InlineData("The streetlight was repaired but the connection is still not working.")]
    [InlineData("Cllr Shewell - Fence in front of Hazelgrove has not been removed and is still falling down.")]
    [InlineData("Cllr Ashman reported that street lights MG 198 & 199 are not working.")]
    [InlineData("The village hall has agreed in principle to make a grant to the council for the playground.")]
    [InlineData("It was noted that the complete survey's Q and A would be sent to the Board for information.")]
    public void A_decision_a_commitment_or_a_pending_word_reports_no_delivery(string passage) => Assert.False(FollowUpCues.ReportsDelivery(passage));

    [Theory]
    [InlineData("Correspondence", "Welsh Ambulance Service - response to TCC's objection letter to the proposed removal of the rapid response vehicles.", true)]
    [InlineData("Correspondence and other matters", "Cllr Atkins passed round copies of the draft parish survey.", false)]
    [InlineData("Correspondence", "Nominations can be submitted from 17th March until 5th April 2022.", false)]
    [InlineData("Planning", "Nick Day re request by TCC that he attends the Court Hearing.", false)]
    public void A_letter_listed_under_correspondence_received_reports_an_answer(string itemTitle, string passage, bool received) =>
        Assert.Equal(received, FollowUpCues.ReportsReceipt(itemTitle, passage));

    [Theory]
    [InlineData("JV to invite Sarah Hollis to a future meeting to present the data challenge.", "Sarah Hollis")]
    [InlineData("It was agreed to invite Riverside Housing to the next meeting to discuss the estate.", "Riverside Housing")]
    [InlineData("The Clerk will invite the tenants to the next meeting.", null)]
    public void An_action_that_invites_someone_by_name_names_the_invitee(string action, string? invitee) =>
        Assert.Equal(invitee, FollowUpCues.Invitee(action));

    [Theory]
    [InlineData("Sarah Hollis talked the group through a slide pack on the data challenge.", true)]
    [InlineData("Riverside Housing declined the invitation to this meeting.", true)]
    [InlineData("The Chair welcomed Sarah Hollis to the meeting.", true)]
    [InlineData("She has spoken with Sarah Hollis about the data challenge.", false)]
    [InlineData("GS to discuss the challenges with Sarah Hollis.", false)]
    public void A_guest_appears_when_named_as_who_did_something_or_was_welcomed(string passage, bool appears) =>
        Assert.Equal(appears, FollowUpCues.GuestAppears(passage.Contains("Riverside", StringComparison.Ordinal) ? "Riverside Housing" : "Sarah Hollis", passage));

    [Theory]
    [InlineData("Cllr Morris asked for encroachment of Village Greens to be put onto the Agenda for the next meeting.", true)]
    [InlineData("The work proposed for byway 20 will be discussed at the December meeting.", true)]
    [InlineData("Cllr O’Leary will draft a letter to parishioners.", false)]
    public void An_action_that_puts_a_matter_to_a_meeting_asks_for_discussion(string action, bool asks) =>
        Assert.Equal(asks, FollowUpCues.AsksDiscussion(action));

    [Fact]
    public void A_later_minute_calling_the_work_overdue_reports_it_pending() =>
        Assert.True(FollowUpCues.ReportsPending("The quarterly finance check is now overdue."));
}
