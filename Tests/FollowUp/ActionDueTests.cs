using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Tests.FollowUp;

public class ActionDueTests
{
    private static readonly DateOnly SetAt = new(2024, 9, 9);

    [Fact]
    public void The_next_meeting_is_due_on_the_committees_next_meeting_once_it_is_known()
    {
        Assert.Equal(new ActionDue(DueBasis.NextMeeting, null), ActionDue.For(DueHint.NextMeeting, SetAt, null));
        Assert.Equal(new DateOnly(2024, 11, 11), ActionDue.For(DueHint.NextMeeting, SetAt, new DateOnly(2024, 11, 11)).Date);
    }

    [Fact]
    public void A_month_is_due_by_its_last_day_and_a_date_on_that_day()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), ActionDue.For(DueHint.InMonth(2025, 2), SetAt, null).Date);
        Assert.Equal(new DateOnly(2024, 12, 1), ActionDue.For(DueHint.OnDate(new DateOnly(2024, 12, 1)), SetAt, null).Date);
    }

    [Theory]
    [InlineData(1, "2025-06-30")]
    [InlineData(2, "2024-09-30")]
    [InlineData(3, "2024-12-31")]
    [InlineData(4, "2025-03-31")]
    public void A_quarter_is_due_by_the_end_of_that_financial_quarter_first_ending_after_the_meeting(int quarter, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ActionDue.For(DueHint.InQuarter(quarter), SetAt, null).Date);

    [Fact]
    public void A_future_meeting_or_no_hint_is_followed_with_no_day()
    {
        Assert.Null(ActionDue.For(DueHint.FutureMeeting, SetAt, new DateOnly(2024, 11, 11)).Date);
        Assert.Equal(ActionDue.OpenEnded, ActionDue.For(DueHint.None, SetAt, null));
    }
}

public class ActionDueMeetingTests
{
    private static readonly DateOnly SetAt = new(2018, 9, 12);
    private static readonly DateOnly[] Later = [new(2018, 10, 10), new(2018, 11, 14), new(2018, 12, 12)];

    [Fact]
    public void The_next_meeting_or_the_meeting_of_a_named_month_is_the_meeting_an_action_is_due_at()
    {
        Assert.Equal(Later[0], ActionDue.For(DueHint.NextMeeting, SetAt, Later[0]).MeetingIn(Later));
        Assert.Equal(Later[2], ActionDue.For(DueHint.InMonth(2018, 12), SetAt, Later[0]).MeetingIn(Later));
    }

    [Fact]
    public void A_day_names_no_meeting_so_it_makes_nothing_overdue() =>
        Assert.Null(ActionDue.For(DueHint.OnDate(SetAt.AddDays(1)), SetAt, Later[0]).MeetingIn(Later));
}
