using System.Text.Json;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Tests.Support;
using static CouncilMinutes.Tests.Support.StoredHaltonMeetings;

namespace CouncilMinutes.Tests.Cli;

/// <summary><c>minutes show</c> over stored Halton meetings: by committee and date or by key, as text or JSON.</summary>
[Collection(nameof(ConsoleCollection))]
public class ShowCommandTests(StoredHaltonMeetings stored) : IClassFixture<StoredHaltonMeetings>
{
    [Fact]
    public async Task By_committee_and_date_it_prints_header_attendance_items_resolutions_and_actions()
    {
        var (exit, output, error) = await CommandLineTests.Run("show", Committee, "2024-09-09", stored.Setting);

        Assert.True(exit == 0, error);
        Assert.Contains("Monday 9 September 2024", output, StringComparison.Ordinal);
        Assert.Contains(Meeting2024, output, StringComparison.Ordinal);
        Assert.Contains("Logan (Chair)", output, StringComparison.Ordinal);
        Assert.Contains("Apologies", output, StringComparison.Ordinal);
        Assert.Contains("CYP14 CHILDREN'S SOCIAL CARE UPDATE", output, StringComparison.Ordinal);
        Assert.Contains("RESOLVED That the presentation is noted.", output, StringComparison.Ordinal);
        Assert.Contains("ACTION A further update would be provided at a future meeting of the Board. → Executive Director of Children's Services (due: future meeting) Open",
            output, StringComparison.Ordinal);
        Assert.Contains("8 items, 5 resolutions, 9 actions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committee_may_be_its_slug_or_unquoted_words_and_the_meeting_its_key()
    {
        var (bySlug, slugOutput, _) = await CommandLineTests.Run("show", CommitteeSlug, "2024-09-09", stored.Setting);
        var (byWords, wordsOutput, _) = await CommandLineTests.Run(["show", .. Committee.Split(' '), "2024-09-09", stored.Setting]);
        var (byKey, keyOutput, _) = await CommandLineTests.Run("show", Meeting2024, stored.Setting);

        Assert.Equal((0, 0, 0), (bySlug, byWords, byKey));
        Assert.Equal(slugOutput, wordsOutput);
        Assert.Equal(slugOutput, keyOutput);
    }

    [Fact]
    public async Task Json_is_the_parse_contract_of_the_same_document_with_key_status_and_action_status()
    {
        var (exit, output, error) = await CommandLineTests.Run("show", Meeting2024, "--json", stored.Setting);
        var (_, parsedOutput, _) = await CommandLineTests.Run("parse", Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt"), "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Meeting2024, json.RootElement.GetProperty("meeting_key").GetString());
        Assert.Equal("Complete", json.RootElement.GetProperty("status").GetString());
        var director = json.RootElement.GetProperty("items")[7].GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("text").GetString()!.Contains(NotifiedAction, StringComparison.Ordinal));
        Assert.Equal("notified", director.GetProperty("status").GetString());
        Assert.Equal(16, director.GetProperty("id").GetString()!.Length);
        Assert.Equal(JsonValueKind.Null, director.GetProperty("due_date").ValueKind);
        Assert.Equal(JsonValueKind.Null, director.GetProperty("evidence").ValueKind);

        var shown = MinutesJson.FromJson(output);
        var parsed = MinutesJson.FromJson(parsedOutput);
        Assert.Equal(parsed.Committee, shown.Committee);
        Assert.Equal(parsed.MeetingDate, shown.MeetingDate);
        Assert.Equal(parsed.PreviousMinutesDate, shown.PreviousMinutesDate);
        Assert.Equal(parsed.Items.Select(i => (i.Number, i.Title, i.ActionOwner)), shown.Items.Select(i => (i.Number, i.Title, i.ActionOwner)));
        Assert.Equal(parsed.Items.Select(i => string.Join("|", i.Resolutions)), shown.Items.Select(i => string.Join("|", i.Resolutions)));

        // Actions are stored under a hash of their text, so within an item they come back in no particular order.
        Assert.Equal(parsed.Items.Select(i => Sorted(i.Actions)), shown.Items.Select(i => Sorted(i.Actions)));
        Assert.Equal(parsed.Attendance!.Chair, shown.Attendance!.Chair);
        Assert.Equal(parsed.Attendance.Apologies!.Order(StringComparer.Ordinal), shown.Attendance.Apologies!.Order(StringComparer.Ordinal));
        Assert.Equal(parsed.Attendance.Present!.Count, shown.Attendance.Present!.Count);
    }

    [Fact]
    public async Task A_meeting_not_stored_exits_1_and_names_the_committees_stored_dates()
    {
        var (exit, output, error) = await CommandLineTests.Run("show", Committee, "2024-09-10", stored.Setting);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"no meeting of {CommitteeSlug} on 2024-09-10 is stored", error, StringComparison.Ordinal);
        Assert.Contains("2023-01-23, 2024-09-09", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_not_stored_exits_1_the_same_way()
    {
        var (exit, output, error) = await CommandLineTests.Run("show", CommitteeSlug + "_2020-01-01", "--json", stored.Setting);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"no meeting of {CommitteeSlug} on 2020-01-01 is stored. Stored meetings of that committee: 2023-01-23, 2024-09-09.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committee_alone_lists_its_meetings()
    {
        var (exit, output, _) = await CommandLineTests.Run("show", Committee, stored.Setting);

        Assert.Equal(0, exit);
        Assert.Contains(Meeting2023, output, StringComparison.Ordinal);
        Assert.Contains(Meeting2024, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9/9/2024")]
    [InlineData("09/09/2024")]
    [InlineData("9 September 2024")]
    public async Task A_date_is_read_as_the_UK_writes_it(string date)
    {
        var (exit, output, _) = await CommandLineTests.Run(["show", Committee, .. date.Split(' '), stored.Setting]);

        Assert.Equal(0, exit);
        Assert.Contains("9 September 2024", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_month_first_exits_2_naming_the_forms()
    {
        var (exit, _, error) = await CommandLineTests.Run("show", Committee, "09/13/2024", stored.Setting);

        Assert.Equal(2, exit);
        Assert.Contains("dd/mm/yyyy (day first)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_being_written_is_shown_with_a_warning_and_exits_1()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("halton/cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));
        await host.Clients.Tables.GetTableClient(StorageNames.MeetingsTable).UpdateEntityAsync(
            new MeetingRow { PartitionKey = CommitteeSlug, RowKey = "2024-09-09", Status = MeetingStore.Writing }, Azure.ETag.All, TableUpdateMode.Merge);

        var (exit, output, error) = await CommandLineTests.Run("show", Meeting2024, "--json", $"--MinutesStorage={host.Azurite!.ConnectionString}");

        Assert.Equal(1, exit);
        Assert.Equal("Writing", JsonDocument.Parse(output).RootElement.GetProperty("status").GetString());
        Assert.Contains($"{Meeting2024} is still being written", error, StringComparison.Ordinal);
    }

    private static string Sorted(IEnumerable<ActionJson> actions) =>
        string.Join("|", actions.Select(a => $"{a.Text}/{a.Owner}/{a.Due}").Order(StringComparer.Ordinal));
}
