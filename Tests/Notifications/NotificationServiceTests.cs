using System.Text;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Owners;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Notifications;

/// <summary>
/// The notifier end to end against a real Azurite, a real SMTP server and a real HTTP receiver on 127.0.0.1: minutes are
/// ingested, their digest messages handled as the queue trigger or <c>minutes notify</c> handles them.
/// </summary>
public class NotificationServiceTests
{
    private const string Council = "Halton Borough Council";
    private const string Meeting = "children-young-people-and-families-policy-and-performance-board_2024-09-09";
    private const string Director = "Executive Director of Children's Services";
    private const string DirectorEmail = "dcs@halton.gov.uk";
    private const string Fallback = "democratic.services@halton.gov.uk";
    private const string Secret = "test-webhook-secret";
    private const string Subject = "Children Young People and Families PPB, 9 Sep 2024";

    [Fact]
    public async Task The_halton_printed_minutes_reach_the_director_by_email_and_webhook_and_the_unassigned_actions_reach_democratic_services()
    {
        await using var smtp = new SmtpSink();
        await using var webhook = new WebhookSink();
        await using var host = await StartAsync(smtp, "smtp,webhook");
        await ImportAsync(host, new Owner(Director, ["Director of Children's Services"], [DirectorEmail], new Uri(webhook.Url, "director")));
        await host.IngestAsync("halton/cyp-2024-09-09.pdf", File.ReadAllBytes(Parse.CorpusPath("printed", "halton-cyp-2024-09-09.pdf")));

        var summary = await host.Service<NotificationQueueDrain>().DrainAsync(null, CancellationToken.None);

        Assert.Equal((2, 0, 0), (summary.Delivered, summary.Retrying, summary.Poisoned));
        Assert.Empty(await host.QueuedMessagesAsync());
        var actions = await ActionsAsync(host);
        var directors = actions.Where(a => a.Owner == Director).ToList();
        var nobodys = actions.Where(a => a.Owner is null).ToList();
        Assert.Equal((4, 5), (directors.Count, nobodys.Count));

        var mails = smtp.Mails.OrderBy(m => m.To, StringComparer.Ordinal).ToList();
        Assert.Equal([DirectorEmail, Fallback], mails.Select(m => m.To));
        var (toDirector, toFallback) = (mails[0], mails[1]);
        Assert.Equal($"4 actions for you from {Subject}", toDirector.Subject);
        Assert.Equal($"5 unassigned actions from {Subject}", toFallback.Subject);
        foreach (var action in directors)
        {
            Assert.Contains(Encoded(action.Text!), toDirector.Html, StringComparison.Ordinal);
            Assert.Contains(action.Text!, toDirector.Text, StringComparison.Ordinal);
            Assert.Contains(action.ItemNumber!, toDirector.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(action.Text!, toFallback.Text, StringComparison.Ordinal);
        }

        foreach (var action in nobodys)
        {
            Assert.Contains(action.Text!, toFallback.Text, StringComparison.Ordinal);
        }

        Assert.Contains("halton/cyp-2024-09-09.pdf", toDirector.Text, StringComparison.Ordinal);

        var post = Assert.Single(webhook.Posts);
        Assert.Equal("POST", post.Method);
        Assert.Equal("/hooks/director", post.Url.AbsolutePath);
        Assert.True(WebhookSignature.Verify(post.Body, post.Headers[WebhookSignature.Header], Secret));
        Assert.False(WebhookSignature.Verify(post.Body, post.Headers[WebhookSignature.Header], "another-secret"));
        Assert.Contains(directors[0].Text!, Encoding.UTF8.GetString(post.Body), StringComparison.Ordinal);

        Assert.All(actions, a => Assert.Equal(ActionStatus.Notified, a.Status));
        Assert.All(actions, a => Assert.NotNull(a.NotifiedAt));
        Assert.All(nobodys, a => Assert.True(a.Unassigned ?? false));
        Assert.All(directors, a => Assert.False(a.Unassigned ?? false));
        Assert.Empty(await new ActionQueries(host.Clients).ByOwnerAsync(Director, openOnly: true, CancellationToken.None));
        Assert.Equal(4, (await new ActionQueries(host.Clients).ByOwnerAsync(Director, openOnly: false, CancellationToken.None)).Count);

        var ledger = await host.Service<NotificationLedger>().ListAsync(failedOnly: false, CancellationToken.None);
        Assert.Equal(3, ledger.Count);
        Assert.All(ledger, r => Assert.Equal((NotificationStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_and_twice_at_once_sends_one_email()
    {
        await using var smtp = new SmtpSink();
        await using var host = await StartAsync(smtp, "smtp");
        await ImportAsync(host, new Owner(Director, [], [DirectorEmail], null));
        var message = await DirectorsMessageAsync(host);
        var notifier = host.Service<NotificationService>();

        var together = await Task.WhenAll(
            notifier.HandleAsync(message, 1, CancellationToken.None),
            notifier.HandleAsync(message, 1, CancellationToken.None));
        var again = await notifier.HandleAsync(message, 2, CancellationToken.None);

        var mail = Assert.Single(smtp.Mails);
        Assert.Equal(DirectorEmail, mail.To);
        Assert.Equal([0, 1], together.Select(r => r.Sent.Count).Order());
        Assert.Equal((0, 1), (again.Sent.Count, again.AlreadySent));
    }

    [Fact]
    public async Task With_the_smtp_server_down_for_two_attempts_the_third_delivers_once()
    {
        await using var smtp = new SmtpSink();
        await using var host = await StartAsync(smtp, "smtp");
        await ImportAsync(host, new Owner(Director, [], [DirectorEmail], null));
        var message = await DirectorsMessageAsync(host);
        var notifier = host.Service<NotificationService>();
        smtp.Refuse(2);

        var first = await Assert.ThrowsAsync<NotificationFailedException>(() => notifier.HandleAsync(message, 1, CancellationToken.None));
        await Assert.ThrowsAsync<NotificationFailedException>(() => notifier.HandleAsync(message, 2, CancellationToken.None));
        Assert.Empty(smtp.Mails);
        Assert.False(first.IsFinal);
        Assert.Contains("421", first.Message, StringComparison.Ordinal);
        Assert.All(await ActionsAsync(host, Director), a => Assert.Equal(ActionStatus.Open, a.Status));

        var third = await notifier.HandleAsync(message, 3, CancellationToken.None);

        Assert.Single(smtp.Mails);
        Assert.Single(third.Sent);
        var row = Assert.Single(await host.Service<NotificationLedger>().ListAsync(failedOnly: false, CancellationToken.None));
        Assert.Equal((NotificationStatus.Sent, 3), (row.Status, row.Attempts));
        Assert.Contains("421", row.LastError, StringComparison.Ordinal);
        Assert.All(await ActionsAsync(host, Director), a => Assert.Equal(ActionStatus.Notified, a.Status));
    }

    [Fact]
    public async Task A_recipient_refused_on_every_attempt_is_recorded_failed_and_poisoned_while_other_owners_are_delivered()
    {
        await using var smtp = new SmtpSink();
        await using var host = await StartAsync(smtp, "smtp", ("Notifications:MaxAttempts", "2"), ("Notifications:ClaimDuration", "00:00:02"),
            ("Notifications:SendTimeout", "00:00:01"));
        await ImportAsync(host, new Owner(Director, [], [DirectorEmail], null));
        await host.IngestAsync("halton/cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));
        smtp.RefuseRecipient(DirectorEmail);
        var drain = host.Service<NotificationQueueDrain>();

        var first = await drain.DrainAsync(null, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var second = await drain.DrainAsync(null, CancellationToken.None);

        Assert.Equal((1, 1, 0), (first.Delivered, first.Retrying, first.Poisoned));
        Assert.Equal((0, 0, 1), (second.Delivered, second.Retrying, second.Poisoned));
        Assert.Equal([Fallback], smtp.Mails.Select(m => m.To));
        var failed = Assert.Single(await host.Service<NotificationLedger>().ListAsync(failedOnly: true, CancellationToken.None));
        Assert.Equal(($"smtp:{DirectorEmail}", 2), (failed.Recipient, failed.Attempts));
        Assert.Contains("450", failed.LastError, StringComparison.Ordinal);
        Assert.Empty(await host.QueuedMessagesAsync());
        var poison = (await host.Clients.Queues.GetQueueClient(StorageNames.ActionNotificationsPoisonQueue).PeekMessagesAsync(32)).Value;
        Assert.Equal("executive-director-of-childrens-services", ActionDigestMessage.FromJson(Assert.Single(poison).Body.ToString()).OwnerSlug);
        Assert.All(await ActionsAsync(host, Director), a => Assert.Equal(ActionStatus.Open, a.Status));
    }

    [Fact]
    public async Task An_action_text_holding_a_script_arrives_encoded_in_the_html_body()
    {
        await using var smtp = new SmtpSink();
        await using var host = await StartAsync(smtp, "smtp", ("Notifications:DocumentLinkBase", "https://minutes.example.org/inbox/"));
        await ImportAsync(host, new Owner(Director, [], [DirectorEmail], null));
        var minutes = File.ReadAllText(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt"))
            .Replace("passed onto the Fostering Board", "passed onto the <script>alert('x')</script> Fostering Board", StringComparison.Ordinal);
        await host.IngestAsync("halton/cyp.txt", Encoding.UTF8.GetBytes(minutes));

        await host.Service<NotificationQueueDrain>().DrainAsync(null, CancellationToken.None);

        var mail = Assert.Single(smtp.Mails, m => m.To == DirectorEmail);
        Assert.Contains("&lt;script&gt;alert(", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script>alert('x')</script>", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://minutes.example.org/inbox/halton/cyp.txt\">", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_the_directory_does_not_list_reaches_the_fallback_and_the_actions_are_flagged_unassigned()
    {
        await using var smtp = new SmtpSink();
        await using var host = await StartAsync(smtp, "smtp");
        await ImportAsync(host, new Owner("Chief Executive", [], ["ceo@halton.gov.uk"], null));
        var message = await DirectorsMessageAsync(host);

        var result = await host.Service<NotificationService>().HandleAsync(message, 1, CancellationToken.None);

        var mail = Assert.Single(smtp.Mails);
        Assert.Equal(Fallback, mail.To);
        Assert.Equal($"4 unassigned actions from {Subject}", mail.Subject);
        Assert.Contains($"\"{Director}\", whom the owners directory of {Council} does not list", mail.Text, StringComparison.Ordinal);
        Assert.NotNull(result.Digest.Unassigned);
        var actions = await ActionsAsync(host, Director);
        Assert.Equal(4, actions.Count);
        Assert.All(actions, a => Assert.Equal((ActionStatus.Notified, true), (a.Status, a.Unassigned)));

        // A corrected document rewrites the meeting: the actions keep the flag, and the owner's list shows it.
        var corrected = File.ReadAllText(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")) + "\nCorrected copy.\n";
        await host.IngestAsync("halton/cyp.txt", Encoding.UTF8.GetBytes(corrected));
        var listed = await new ActionQueries(host.Clients).ByOwnerAsync(Director, openOnly: false, CancellationToken.None);
        Assert.Equal(4, listed.Count);
        Assert.All(listed, a => Assert.Equal((ActionStatus.Notified, true), (a.Status, a.Unassigned)));
    }

    [Fact]
    public async Task With_the_default_settings_digests_are_logged_ledgered_once_and_the_actions_notified()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("halton/cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));
        var drain = host.Service<NotificationQueueDrain>();

        var summary = await drain.DrainAsync(null, CancellationToken.None);

        Assert.Equal(2, summary.Delivered);
        var ledger = await host.Service<NotificationLedger>().ListAsync(failedOnly: false, CancellationToken.None);
        Assert.Equal([$"log:{Director}", "log:unassigned"], ledger.Select(r => r.Recipient).Order(StringComparer.Ordinal));
        Assert.All(ledger, r => Assert.Equal(NotificationStatus.Sent, r.Status));
        Assert.All(await ActionsAsync(host), a => Assert.Equal(ActionStatus.Notified, a.Status));
    }

    private static Task<PipelineHost> StartAsync(SmtpSink smtp, string channels, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:Channels"] = channels,
            ["Notifications:FallbackEmail"] = Fallback,
            ["Notifications:Council"] = Council,
            ["Notifications:SendRetries"] = "0",
            ["Notifications:SendTimeout"] = "00:00:05",
            ["Notifications:ClaimDuration"] = "00:00:10",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:Security"] = "None",
            ["Notifications:Smtp:From"] = "minutes@halton.gov.uk",
            ["Notifications:Webhook:Secret"] = Secret,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return PipelineHost.StartAloneAsync(settings);
    }

    private static Task ImportAsync(PipelineHost host, params Owner[] owners) =>
        host.Service<OwnerDirectory>().ImportAsync(Council, owners, CancellationToken.None);

    /// <summary>Ingests seed 001 and returns the Executive Director's digest message as queued.</summary>
    private static async Task<string> DirectorsMessageAsync(PipelineHost host)
    {
        await host.IngestAsync("halton/cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));
        return (await host.QueuedMessagesAsync()).Single(m => ActionDigestMessage.FromJson(m).Owner == Director);
    }

    private static async Task<List<ActionRow>> ActionsAsync(PipelineHost host, string? owner = null)
    {
        var rows = new List<ActionRow>();
        await foreach (var row in host.Clients.Tables.GetTableClient(StorageNames.ActionsTable).QueryAsync<ActionRow>(TableClient.CreateQueryFilter($"PartitionKey eq {Meeting}")))
        {
            if (owner is null || row.Owner == owner)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static string Encoded(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);
}
