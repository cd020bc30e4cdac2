using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;
using static CouncilMinutes.Tests.Support.StoredHaltonMeetings;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>The read side over the tables: meetings back in order with their children, and actions by owner or all.</summary>
public class MeetingQueriesTests(StoredHaltonMeetings stored) : IClassFixture<StoredHaltonMeetings>
{
    private MeetingQueries Meetings => new(stored.Host.Clients);

    private ActionQueries Actions => new(stored.Host.Clients);

    [Fact]
    public async Task A_meeting_comes_back_with_its_items_in_order_and_each_items_resolutions_and_actions()
    {
        Assert.True(MeetingKey.TryParse(Meeting2024, out var key));

        var content = await Meetings.GetAsync(key, CancellationToken.None);

        Assert.NotNull(content);
        Assert.True(content.Meeting.IsComplete);
        Assert.Equal(Committee, content.Meeting.Committee);
        Assert.Equal(new DateOnly(2024, 9, 9), content.Meeting.Date);
        Assert.Equal(["CYP10", "CYP11", "CYP12", "CYP13", "CYP14", "CYP15", "CYP16", "CYP17"], content.Items.Select(i => i.Number));
        Assert.Equal([0, 0, 0, 1, 1, 1, 1, 1], content.Items.Select(i => i.Resolutions.Count));
        Assert.Equal([0, 0, 0, 0, 1, 5, 1, 2], content.Items.Select(i => i.Actions.Count));
        Assert.All(content.Items.SelectMany(i => i.Actions), a => Assert.Equal(Meeting2024, a.MeetingKey));
        Assert.Equal(15, content.Attendance.Count);
        Assert.Equal("Logan", Assert.Single(content.Attendance, p => p.Role == AttendeeRole.Chair).Name);
    }

    [Fact]
    public async Task A_meeting_not_stored_is_null()
    {
        var content = await Meetings.GetAsync(new MeetingKey(CommitteeSlug, new DateOnly(2024, 9, 10)), CancellationToken.None);

        Assert.Null(content);
    }

    [Fact]
    public async Task A_committee_is_found_by_name_or_slug_with_or_without_a_date()
    {
        var all = await Meetings.ListAsync(Committee, null, CancellationToken.None);
        var oneDay = await Meetings.ListAsync(CommitteeSlug, new DateOnly(2023, 1, 23), CancellationToken.None);

        Assert.Equal([Meeting2023, Meeting2024], all.Select(m => m.Key.Value));
        Assert.Equal(Meeting2023, Assert.Single(oneDay).Key.Value);
        Assert.Equal((8, 5, 9), (all[1].ItemCount, all[1].ResolutionCount, all[1].ActionCount));
    }

    [Fact]
    public async Task A_second_meeting_the_same_day_is_listed_with_that_day()
    {
        // A meeting row under the sequence key MeetingStore gives a second meeting that day.
        var table = stored.Host.Clients.Tables.GetTableClient(StorageNames.MeetingsTable);
        foreach (var rowKey in new[] { "2025-03-04", "2025-03-04-2", "2025-03-05" })
        {
            await table.UpsertEntityAsync(new MeetingRow { PartitionKey = "listing-committee", RowKey = rowKey, Status = MeetingStore.Complete });
        }

        var day = await Meetings.ListAsync("Listing Committee", new DateOnly(2025, 3, 4), CancellationToken.None);

        Assert.Equal([1, 2], day.Select(m => m.Key.Sequence));
    }

    [Fact]
    public async Task One_owners_actions_come_from_the_index_and_open_leaves_out_the_notified()
    {
        var all = await Actions.ByOwnerAsync(Director, openOnly: false, CancellationToken.None);
        var open = await Actions.ByOwnerAsync(DirectorSlug, openOnly: true, CancellationToken.None);

        Assert.Equal(4, all.Count);
        Assert.Equal(3, open.Count);
        Assert.DoesNotContain(open, a => a.Text.Contains(NotifiedAction, StringComparison.Ordinal));
        Assert.All(all, a => Assert.Equal(Meeting2024, a.MeetingKey));

        // The index row's key is date-then-id; the action's id is the Actions table's row key.
        var ids = (await Meetings.GetAsync(new MeetingKey(CommitteeSlug, new DateOnly(2024, 9, 9)), CancellationToken.None))!.Items.SelectMany(i => i.Actions).Select(a => a.Id);
        Assert.Subset(ids.ToHashSet(), all.Select(a => a.Id).ToHashSet());
    }

    [Fact]
    public async Task All_actions_of_every_meeting_by_owner_then_date()
    {
        var all = await Actions.AllAsync(openOnly: false, CancellationToken.None);
        var open = await Actions.AllAsync(openOnly: true, CancellationToken.None);

        Assert.Equal(12, all.Count);
        Assert.Equal(11, open.Count);
        Assert.Equal(all.OrderBy(a => a.OwnerSlug, StringComparer.Ordinal).ThenBy(a => a.MeetingDate, StringComparer.Ordinal).Select(a => a.Id), all.Select(a => a.Id));
        Assert.Equal([Meeting2023, Meeting2024], all.Select(a => a.MeetingKey).Distinct().Order(StringComparer.Ordinal));
    }
}
