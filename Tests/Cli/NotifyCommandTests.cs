using System.Globalization;
using System.Text;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Cli;

/// <summary><c>minutes owners</c>, <c>notify</c> and <c>notifications</c> as a clerk runs them, on Azurite and a real SMTP sink.</summary>
[Collection(nameof(ConsoleCollection))]
public class NotifyCommandTests
{
    private const string Director = "Executive Director of Children's Services";

    [Fact]
    public async Task Owners_imported_from_csv_receive_their_digest_and_the_ledger_and_actions_show_it()
    {
        await using var smtp = new SmtpSink();
        await using var host = await PipelineHost.StartAloneAsync();
        using var folder = new TempFolder();
        var owners = folder.Write("owners.csv", Encoding.UTF8.GetBytes(
            "name,aliases,email,webhook\nExecutive Director of Children’s Services,DCS,dcs@halton.gov.uk,\nChief Executive,,ceo@halton.gov.uk,\n"));
        string[] settings = [.. Settings(host, smtp)];
        await host.IngestAsync("halton/cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));

        var imported = await CommandLineTests.Run(["owners", "import", owners, .. settings]);
        var listed = await CommandLineTests.Run(["owners", "list", .. settings]);
        var dryRun = await CommandLineTests.Run(["notify", "--dry-run", .. settings]);
        var mailsAfterDryRun = smtp.Mails.Count;
        var notified = await CommandLineTests.Run(["notify", .. settings]);
        var ledger = await CommandLineTests.Run(["notifications", .. settings]);
        var open = await CommandLineTests.Run(["actions", "--owner", Director, "--open", .. settings]);

        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("Halton Borough Council: 2 owners added, 0 updated, 0 unchanged", imported.Out, StringComparison.Ordinal);
        Assert.Contains("dcs@halton.gov.uk", listed.Out, StringComparison.Ordinal);
        Assert.Contains("2 owners for Halton Borough Council.", listed.Out, StringComparison.Ordinal);
        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("4 actions for you from Children Young People and Families PPB, 9 Sep 2024 -> smtp:dcs@halton.gov.uk", dryRun.Out, StringComparison.Ordinal);
        Assert.Contains("-> smtp:democratic.services@halton.gov.uk", dryRun.Out, StringComparison.Ordinal);
        Assert.Equal(0, mailsAfterDryRun);
        Assert.True(notified.ExitCode == 0, notified.Out + notified.Error);
        Assert.Contains("2 queued messages: 2 digests sent, 0 already sent before, 0 left queued for another attempt, 0 moved to the poison queue.",
            notified.Out, StringComparison.Ordinal);
        Assert.Contains("4 actions for you from Children Young People and Families PPB, 9 Sep 2024", notified.Out, StringComparison.Ordinal);
        Assert.Contains("A further update would be provided at a future meeting of the Board.", notified.Out, StringComparison.Ordinal);
        Assert.Equal(["dcs@halton.gov.uk", "democratic.services@halton.gov.uk"], smtp.Mails.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.Contains("2 sent.", ledger.Out, StringComparison.Ordinal);
        Assert.Contains("No open actions stored for owner", open.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_fails_its_last_attempt_is_poisoned_listed_as_failed_and_the_command_exits_1()
    {
        await using var smtp = new SmtpSink();
        await using var host = await PipelineHost.StartAloneAsync();
        await host.IngestAsync("halton/cyp.txt", File.ReadAllBytes(Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt")));
        smtp.Refuse(-1);
        string[] settings = [.. Settings(host, smtp), "--Notifications:MaxAttempts=1"];

        var notified = await CommandLineTests.Run(["notify", .. settings]);
        var failed = await CommandLineTests.Run(["notifications", "--failed", .. settings]);

        Assert.Equal(1, notified.ExitCode);
        Assert.Contains("2 queued messages: 0 digests sent, 0 already sent before, 0 left queued for another attempt, 2 moved to the poison queue.",
            notified.Out, StringComparison.Ordinal);
        Assert.Equal(2, (await host.Clients.Queues.GetQueueClient(StorageNames.ActionNotificationsPoisonQueue).PeekMessagesAsync(32)).Value.Length);
        Assert.Contains("2 failed.", failed.Out, StringComparison.Ordinal);
        Assert.Contains("421", failed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_owners_file_names_each_problem_and_imports_nothing()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        using var folder = new TempFolder();
        var owners = folder.Write("owners.csv", Encoding.UTF8.GetBytes("name,aliases,email,webhook\nChief Executive,,not-an-address,\nChair,,chair@halton.gov.uk,\n"));

        var imported = await CommandLineTests.Run("owners", "import", owners, "--council", "Halton Borough Council", $"--MinutesStorage={host.Azurite!.ConnectionString}");
        var listed = await CommandLineTests.Run("owners", "list", "--council", "Halton Borough Council", $"--MinutesStorage={host.Azurite!.ConnectionString}");

        Assert.Equal(2, imported.ExitCode);
        Assert.Contains("line 2: 'not-an-address' is not an email address.", imported.Error, StringComparison.Ordinal);
        Assert.Contains("No owners stored for Halton Borough Council", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_with_the_smtp_channel_but_no_server_set_says_which_settings_are_missing()
    {
        await using var host = await PipelineHost.StartAloneAsync();

        var (exit, _, error) = await CommandLineTests.Run("notify", "--Notifications:Channels=smtp", $"--MinutesStorage={host.Azurite!.ConnectionString}");

        Assert.Equal(2, exit);
        Assert.Contains("Notifications:Smtp:Host is required", error, StringComparison.Ordinal);
        Assert.Contains("Notifications:FallbackEmail", error, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Settings(PipelineHost host, SmtpSink smtp) =>
    [
        $"--MinutesStorage={host.Azurite!.ConnectionString}",
        "--Notifications:Channels=smtp",
        "--Notifications:Council=Halton Borough Council",
        "--Notifications:FallbackEmail=democratic.services@halton.gov.uk",
        "--Notifications:SendRetries=0",
        "--Notifications:SendTimeout=00:00:05",
        "--Notifications:ClaimDuration=00:00:10",
        "--Notifications:Smtp:Host=127.0.0.1",
        $"--Notifications:Smtp:Port={smtp.Port.ToString(CultureInfo.InvariantCulture)}",
        "--Notifications:Smtp:Security=None",
        "--Notifications:Smtp:From=minutes@halton.gov.uk",
    ];
}
