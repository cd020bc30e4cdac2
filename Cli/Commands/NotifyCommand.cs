using System.CommandLine;
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
                return 0;
            }

            var summary = await drain.DrainAsync(outcome => console.MarkupLine(Markup.Escape(Describe(outcome))), token).ConfigureAwait(false);
            console.MarkupLine(Markup.Escape(
                $"{summary.Delivered} delivered, {summary.Retrying} left queued for another attempt, {summary.Poisoned} moved to the poison queue."));
            return summary.Retrying + summary.Poisoned == 0 ? 0 : 1;
        }, cancellationToken));
        return command;
    }

    private static string Describe(DrainOutcome outcome) => outcome switch
    {
        { Status: DrainStatus.Delivered, Result: { } result } => result.Sent.Count == 0
            ? $"{result.Digest.DigestId}: already sent to every recipient"
            : $"{result.Digest.DigestId}: sent to {string.Join(", ", result.Sent.Select(r => r.Shown))}",
        { Status: DrainStatus.Poisoned } => $"{outcome.MessageId}: given up, moved to the poison queue: {outcome.Error}",
        _ => $"{outcome.MessageId}: not delivered, will be tried again: {outcome.Error}",
    };
}
