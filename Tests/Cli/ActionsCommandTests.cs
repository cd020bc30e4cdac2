using CouncilMinutes.Tests.Support;
using static CouncilMinutes.Tests.Support.StoredHaltonMeetings;

namespace CouncilMinutes.Tests.Cli;

/// <summary><c>minutes actions</c> over stored Halton meetings, one of whose actions was notified.</summary>
[Collection(nameof(ConsoleCollection))]
public class ActionsCommandTests(StoredHaltonMeetings stored) : IClassFixture<StoredHaltonMeetings>
{
    [Fact]
    public async Task One_owners_open_actions_leave_out_the_notified_one()
    {
        var (exit, output, error) = await CommandLineTests.Run("actions", "--owner", Director, "--open", stored.Setting);

        Assert.True(exit == 0, error);
        Assert.Contains($"3 actions (3 open) for 1 owner from 1 meeting of {Committee}.", output, StringComparison.Ordinal);
        Assert.Contains("CYP14", output, StringComparison.Ordinal);
        Assert.Contains("future meeting", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Fostering", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(unassigned)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_open_the_notified_action_is_listed_with_its_status()
    {
        var (exit, output, _) = await CommandLineTests.Run("actions", "--owner", DirectorSlug, stored.Setting);

        Assert.Equal(0, exit);
        Assert.Contains($"4 actions (3 open, 1 notified) for 1 owner from 1 meeting of {Committee}.", output, StringComparison.Ordinal);
        Assert.Contains("notified", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_owner_every_meetings_actions_are_listed()
    {
        var (exit, output, _) = await CommandLineTests.Run("actions", stored.Setting);

        Assert.Equal(0, exit);
        Assert.Contains($"12 actions (11 open, 1 notified) for 3 owners from 2 meetings of {Committee}.", output, StringComparison.Ordinal);
        Assert.Contains("(unassigned)", output, StringComparison.Ordinal);
        Assert.Contains("2023-01-23", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_committees_actions_are_found_by_its_name_and_another_has_none()
    {
        var (exit, output, _) = await CommandLineTests.Run("actions", "--committee", Committee.ToUpperInvariant(), "--status", "notified", stored.Setting);
        var (_, other, _) = await CommandLineTests.Run("actions", "--committee", "Planning Committee", stored.Setting);

        Assert.Equal(0, exit);
        Assert.Contains($"1 action (1 notified) for 1 owner from 1 meeting of {Committee}.", output, StringComparison.Ordinal);
        Assert.Contains("No actions stored of committee planning-committee.", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_with_no_actions_is_said_so()
    {
        var (exit, output, _) = await CommandLineTests.Run("actions", "--owner", "Chief Executive", stored.Setting);

        Assert.Equal(0, exit);
        Assert.Contains("No actions stored for owner chief-executive", output, StringComparison.Ordinal);
    }
}
