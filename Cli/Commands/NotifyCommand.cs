using System.CommandLine;
using System.Globalization;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes notify [--dry-run]</c>: works through the action-notifications queue once, as the queue trigger would.</summary>
internal static class NotifyCommand
{
    /// <summary>How many queued messages a dry run shows: what one peek of the queue returns.</summary>
    private const int PreviewLimit = 32;

    public static Command Create(IConfiguration configuration)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = $"Show what the first {PreviewLimit} queued digests would send, and to whom; send and change nothing." };
        var command = new Command("notify",
            "Send each queued action digest to its owner on the channels of Notifications:Channels (one attempt per message; a message " +
            "failing its last attempt goes to action-notifications-poison). Exit 0: all delivered; 1: some not; 2: settings or storage wrong.")
        {
            dryRun,
        };
        command.SetAction((result, cancellationToken) => CommandHost.RunAsync("notify", configuration, async (services, token) =>
        {
            NotificationQueueDrain drain;
            try
            {
                drain = services.GetRequiredService<NotificationQueueDrain>();
            }
            catch (OptionsValidationException e)
            {
                return await CommandHost.FailAsync("notify", string.Join(Environment.NewLine, e.Failures)).ConfigureAwait(false);
            }

            var console = Terminal.Create();
            if (result.GetValue(dryRun))
            {
                var plans = await drain.PreviewAsync(PreviewLimit, token).ConfigureAwait(false);
                foreach (var plan in plans)
                {
                    console.MarkupLine(Markup.Escape($"{plan.Message.Subject} -> {string.Join(", ", plan.Recipients.Select(r => r.Shown))}"));
                }

                console.MarkupLine(Markup.Escape($"Dry run: {plans.Count} queued digests shown; nothing sent."));
                return ExitCodes.Success;
            }

            // One digest is shown whole, as its owner reads it: the first sent to an owner, else the first sent at all.
            RenderedDigest? shown = null;
            RenderedDigest? unassigned = null;
            var summary = await drain.DrainAsync(outcome =>
            {
                console.MarkupLine(Markup.Escape(Describe(outcome)));
                if (shown is null && outcome.Result is { Sent.Count: > 0 } sent)
                {
                    if (sent.Digest.Unassigned is null)
                    {
                        shown = sent.Message;
                        Show(console, shown);
                    }
                    else
                    {
                        unassigned ??= sent.Message;
                    }
                }
            }, token).ConfigureAwait(false);
            if (shown is null && unassigned is not null)
            {
                Show(console, unassigned);
            }

            console.MarkupLine(Markup.Escape(
                $"{Count(summary.Delivered + summary.Retrying + summary.Poisoned, "queued message")}: {Count(summary.Sent, "digest")} sent, " +
                $"{summary.AlreadySent} already sent before, {summary.Retrying} left queued for another attempt, {summary.Poisoned} moved to the poison queue."));
            return summary.Retrying + summary.Poisoned == 0 ? ExitCodes.Success : ExitCodes.NeedsAttention;
        }, cancellationToken));
        return command.WithExamples("minutes notify --dry-run", "minutes notify");
    }

    private static string Describe(DrainOutcome outcome) => outcome switch
    {
        { Status: DrainStatus.Delivered, Result: { } result } => result.Sent.Count == 0
            ? $"{result.Digest.DigestId}: already sent to every recipient"
            : $"{result.Digest.DigestId}: sent to {string.Join(", ", result.Sent.Select(r => r.Shown))}",
        { Status: DrainStatus.Poisoned } => $"{outcome.MessageId}: given up, moved to the poison queue: {outcome.Error}",
        _ => $"{outcome.MessageId}: not delivered, will be tried again: {outcome.Error}",
    };

    private static void Show(IAnsiConsole console, RenderedDigest digest) =>
        console.Write(new Panel(Markup.Escape(digest.Text.TrimEnd())).Header(Markup.Escape($" {digest.Subject} ")).Border(BoxBorder.Rounded));

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
