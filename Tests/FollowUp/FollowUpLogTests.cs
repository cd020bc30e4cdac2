using System.Text;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Owners;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.FollowUp;

/// <summary>
/// The running action log against a real Azurite: statuses derived from the stored meetings whatever order they arrive in,
/// a corrected meeting, a person's override, and the overdue reminder sent once.
/// </summary>
public class FollowUpLogTests
{
    private const string Committee = "environment-committee";
    private const string Clerk = "Town Clerk";

    internal const string January = """
        WEYBRIDGE TOWN COUNCIL

        Minutes of the meeting of the Environment Committee held on Monday 13 January 2025 at 7.00 pm in the Council Chamber.

        Present: Councillor A Smith (Chair), Councillor B Jones, Councillor C Patel.

        1. Apologies for absence
        Apologies were received from Councillor D Brown.

        2. Drainage on Station Road
        Members discussed flooding on Station Road after the December storms. The Town Clerk would report on the drainage survey at the next meeting.

        3. Allotment water supply
        The water supply to the allotments had failed twice. The Town Clerk would obtain quotes for a new standpipe and report to the next meeting.
        """;

    internal const string February = """
        WEYBRIDGE TOWN COUNCIL

        Minutes of the meeting of the Environment Committee held on Monday 10 February 2025 at 7.00 pm in the Council Chamber.

        Present: Councillor A Smith (Chair), Councillor B Jones, Councillor D Brown.

        5. Minutes
        The minutes of the meeting held on 13 January 2025 were approved as a correct record.

        6. Allotment water supply
        The Town Clerk presented three quotes for a new standpipe at the allotments. The quote from Acme Plumbing was accepted.

        7. Tree planting
        Members agreed to plant twelve oaks on the recreation ground in March.
        """;

    /// <summary>February's minutes corrected: the drainage survey was reported after all.</summary>
    private static readonly string FebruaryCorrected = February + """


        8. Drainage on Station Road
        The Town Clerk reported the findings of the drainage survey of Station Road, which had been received from the contractor.
        """;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task An_action_delivered_at_the_next_meeting_is_done_with_its_evidence_and_one_the_next_meeting_ignores_is_overdue()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("env/2025-01-13.txt", Bytes(January));
        await host.IngestAsync("env/2025-02-10.txt", Bytes(February));

        var (drainage, allotment) = await ActionsAsync(host);
        Assert.Equal(FollowUpStatus.Overdue, drainage.FollowUp.Status);
        Assert.Equal(new DateOnly(2025, 2, 10), drainage.FollowUp.DueDate);
        Assert.Null(drainage.FollowUp.Evidence);
        Assert.Equal(FollowUpStatus.Done, allotment.FollowUp.Status);
        Assert.Equal(("environment-committee_2025-02-10", "6", "Allotment water supply"),
            (allotment.FollowUp.Evidence?.MeetingKey, allotment.FollowUp.Evidence?.ItemNumber, allotment.FollowUp.Evidence?.ItemTitle));
        Assert.Contains("three quotes for a new standpipe", allotment.FollowUp.Evidence?.Text, StringComparison.Ordinal);
        Assert.Equal(["set", "done"], allotment.History.Select(h => h.Status));
    }

    [Fact]
    public async Task An_action_due_at_the_next_meeting_takes_its_day_from_the_portals_calendar_whatever_the_portal_calls_the_committee()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        // The scraper recorded what the portal lists, under the portal's name for the committee: January's meeting, then
        // February's to come, and a cancelled one between.
        await host.Service<MeetingCalendar>().RecordAsync("portal.example.gov.uk", "Environment and Climate Panel",
            [new(901, new DateOnly(2025, 1, 13), null), new(903, new DateOnly(2025, 1, 27), "Cancelled"), new(902, new DateOnly(2025, 2, 10), null)],
            CancellationToken.None);

        // The minutes head it "Environment Committee"; the scraper's upload names it as the portal does.
        await host.IngestAsync("env/2025-01-13.txt", Bytes(January), new Dictionary<string, string> { [CouncilMinutes.Ingestion.IngestionService.Metadata.Committee] = "Environment and Climate Panel" });

        var (drainage, _) = await ActionsAsync(host);
        Assert.Equal(new DateOnly(2025, 2, 10), drainage.FollowUp.DueDate);
        // February's minutes are not stored yet, so nothing can show the action missed.
        Assert.NotEqual(FollowUpStatus.Overdue, drainage.FollowUp.Status);
    }

    [Fact]
    public async Task The_later_meeting_ingested_first_converges_on_the_same_statuses_and_history()
    {
        await using var forward = await PipelineHost.StartAloneAsync();
        await forward.IngestAsync("env/2025-01-13.txt", Bytes(January));
        await forward.IngestAsync("env/2025-02-10.txt", Bytes(February));
        await using var backward = await PipelineHost.StartAloneAsync();
        await backward.IngestAsync("env/2025-02-10.txt", Bytes(February));
        await backward.IngestAsync("env/2025-01-13.txt", Bytes(January));

        Assert.Equal(await DerivedAsync(forward), await DerivedAsync(backward));
        var (drainage, allotment) = await ActionsAsync(backward);
        Assert.Equal((FollowUpStatus.Overdue, FollowUpStatus.Done), (drainage.FollowUp.Status, allotment.FollowUp.Status));
    }

    [Fact]
    public async Task Real_minutes_ingested_in_reverse_order_give_the_same_follow_ups_as_in_order()
    {
        var folder = Parse.CorpusPath("followup", "tune", "hertingfordbury_parish-council");
        var meetings = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        await using var forward = await PipelineHost.StartAloneAsync();
        await using var backward = await PipelineHost.StartAloneAsync();
        foreach (var path in meetings)
        {
            await forward.IngestAsync(Path.GetFileName(path), File.ReadAllBytes(path), Hints(path));
        }

        foreach (var path in Enumerable.Reverse(meetings))
        {
            await backward.IngestAsync(Path.GetFileName(path), File.ReadAllBytes(path), Hints(path));
        }

        var derived = await DerivedAsync(forward, "hertingfordbury-parish-council");
        Assert.NotEmpty(derived);
        Assert.Equal(derived, await DerivedAsync(backward, "hertingfordbury-parish-council"));
    }

    [Fact]
    public async Task A_corrected_meeting_reporting_the_overdue_action_closes_it()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("env/2025-01-13.txt", Bytes(January));
        await host.IngestAsync("env/2025-02-10.txt", Bytes(February));

        await host.IngestAsync("env/2025-02-10-corrected.txt", Bytes(FebruaryCorrected));

        var (drainage, _) = await ActionsAsync(host);
        Assert.Equal(FollowUpStatus.Done, drainage.FollowUp.Status);
        Assert.Equal("8", drainage.FollowUp.Evidence?.ItemNumber);
        Assert.Equal(["set", "overdue", "done"], drainage.History.Select(h => h.Status));
    }

    [Fact]
    public async Task A_persons_override_survives_reingesting_and_lapses_when_a_meeting_shows_something_new()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("env/2025-01-13.txt", Bytes(January));
        await host.IngestAsync("env/2025-02-10.txt", Bytes(February));
        var log = host.Service<FollowUpLog>();
        var (drainage, allotment) = await ActionsAsync(host);

        var set = await log.SetAsync(drainage.Action.Id, StatusOverride.Open, "The survey report slipped to March", null, CancellationToken.None);
        await log.SetAsync(allotment.Action.Id, StatusOverride.Done, "Standpipe fitted", null, CancellationToken.None);
        await host.Ingestion.ProcessAsync("env/2025-01-13.txt", force: true);
        await host.Ingestion.ProcessAsync("env/2025-02-10.txt", force: true);

        Assert.Equal((FollowUpStatus.Open, StatusOverride.Open), (set?.FollowUp.Status, set?.FollowUp.Override));
        var (held, stillDone) = await ActionsAsync(host);
        Assert.Equal((FollowUpStatus.Open, StatusOverride.Open, "The survey report slipped to March"), (held.FollowUp.Status, held.FollowUp.Override, held.FollowUp.OverrideNote));
        Assert.Equal((FollowUpStatus.Done, StatusOverride.Done), (stillDone.FollowUp.Status, stillDone.FollowUp.Override));

        await host.IngestAsync("env/2025-02-10-corrected.txt", Bytes(FebruaryCorrected));

        var (lapsed, _) = await ActionsAsync(host);
        Assert.Equal((FollowUpStatus.Done, null), (lapsed.FollowUp.Status, lapsed.FollowUp.Override));
        Assert.Equal(["set", "overdue", "open", "done", "lapsed"], lapsed.History.Select(h => h.Status));
    }

    [Fact]
    public async Task The_overdue_reminder_reaches_its_owner_once_however_often_it_is_queued_and_delivered_and_never_for_actions_done()
    {
        await using var smtp = new SmtpSink();
        await using var host = await PipelineHost.StartAloneAsync(new Dictionary<string, string?>
        {
            ["Notifications:Channels"] = "smtp",
            ["Notifications:Council"] = "Weybridge Town Council",
            ["Notifications:FallbackEmail"] = "clerk@weybridge.example",
            ["Notifications:SendRetries"] = "0",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Notifications:Smtp:From"] = "minutes@weybridge.example",
        });
        await host.Service<OwnerDirectory>().ImportAsync("Weybridge Town Council", [new Owner(Clerk, [], ["clerk@weybridge.example"], null)], CancellationToken.None);
        await host.IngestAsync("env/2025-01-13.txt", Bytes(January));
        await host.IngestAsync("env/2025-02-10.txt", Bytes(February));
        await host.Ingestion.ProcessAsync("env/2025-02-10.txt", force: true);

        var messages = await host.QueuedMessagesAsync();
        var reminders = messages.Where(m => ActionDigestMessage.FromJson(m).Overdue is not null).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Single(reminders.Distinct());
        var notifier = host.Service<NotificationService>();
        await Task.WhenAll(reminders.Select(m => notifier.HandleAsync(m, 1, CancellationToken.None)));
        await notifier.HandleAsync(reminders[0], 2, CancellationToken.None);

        var reminder = Assert.Single(smtp.Mails, m => m.Message.Subject?.StartsWith("Overdue", StringComparison.Ordinal) == true);
        Assert.Equal("Overdue: 1 action for you, due at Environment Committee on 10 Feb 2025", reminder.Message.Subject);
        Assert.Contains("drainage survey", reminder.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Due: at the meeting on 10 February 2025", reminder.Message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("standpipe", reminder.Message.TextBody, StringComparison.Ordinal);

        // January's digest, sent after February showed the standpipe quotes delivered, carries only the drainage survey.
        var digest = messages.Single(m => ActionDigestMessage.FromJson(m) is { Overdue: null, OwnerSlug: "town-clerk" });
        var sent = await notifier.HandleAsync(digest, 1, CancellationToken.None);
        Assert.Equal(["The Town Clerk would report on the drainage survey at the next meeting."], sent.Digest.Actions.Select(a => a.Text));
    }

    private static Dictionary<string, string> Hints(string path) => new()
    {
        [CouncilMinutes.Ingestion.IngestionService.Metadata.Committee] = "Hertingfordbury Parish Council",
        [CouncilMinutes.Ingestion.IngestionService.Metadata.MeetingDate] = Path.GetFileNameWithoutExtension(path),
    };

    /// <summary>The January actions (drainage, then allotment), each with its follow-up and history.</summary>
    private static async Task<(ActionLogEntry Drainage, ActionLogEntry Allotment)> ActionsAsync(PipelineHost host)
    {
        var log = host.Service<FollowUpLog>();
        var actions = await host.Service<ActionQueries>().ByOwnerAsync(Clerk, false, CancellationToken.None);
        async Task<ActionLogEntry> EntryAsync(string words) =>
            (await log.GetAsync(actions.Single(a => a.Text.Contains(words, StringComparison.Ordinal)).Id, CancellationToken.None))!;
        return (await EntryAsync("drainage survey"), await EntryAsync("standpipe"));
    }

    /// <summary>The matcher's columns of every follow-up of the committee, as text, in key order.</summary>
    private static async Task<List<string>> DerivedAsync(PipelineHost host, string committee = Committee)
    {
        var rows = new List<string>();
        await foreach (var row in host.Clients.Tables.GetTableClient(StorageNames.FollowUpsTable).QueryAsync<FollowUpRow>(TableClient.CreateQueryFilter($"PartitionKey eq {committee}")))
        {
            rows.Add($"{row.RowKey} {row.Status} {row.DueDate} {row.DueMeeting} {row.EvidenceMeeting} {row.EvidenceItemNumber} {row.EvidenceText}");
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
