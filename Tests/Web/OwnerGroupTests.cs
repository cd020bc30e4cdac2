using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Web;

namespace CouncilMinutes.Tests.Web;

/// <summary>Where an action stands on its owner's page: overdue, due soon, to do, in hand, done.</summary>
public class OwnerGroupTests
{
    private static readonly DateOnly Today = new(2025, 3, 1);

    [Theory]
    [InlineData(FollowUpStatus.Overdue, -30, OwnerGroup.Overdue)]
    [InlineData(FollowUpStatus.Notified, 14, OwnerGroup.DueSoon)]
    [InlineData(FollowUpStatus.Notified, 15, OwnerGroup.ToDo)]
    // Its day has passed, but the meeting it is due at is not stored yet: still due, not overdue.
    [InlineData(FollowUpStatus.Open, -3, OwnerGroup.DueSoon)]
    [InlineData(FollowUpStatus.CarriedForward, 7, OwnerGroup.DueSoon)]
    [InlineData(FollowUpStatus.CarriedForward, 60, OwnerGroup.InHand)]
    [InlineData(FollowUpStatus.Done, 1, OwnerGroup.Done)]
    public void An_action_is_grouped_by_its_status_and_how_soon_it_is_due(FollowUpStatus status, int dueInDays, OwnerGroup expected) =>
        Assert.Equal(expected, SiteText.Group(new ActionFollowUp(status, Today.AddDays(dueInDays), null, null, null, null), Today));

    [Fact]
    public void An_action_with_no_due_day_is_to_do() =>
        Assert.Equal(OwnerGroup.ToDo, SiteText.Group(new ActionFollowUp(FollowUpStatus.Open, null, null, null, null, null), Today));
}
