using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Owners;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables.Rows;
using CouncilMinutes.Ingestion.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>
/// Turns an <c>action-notifications</c> message into the digest its owner receives: resolves the owner through the owners
/// directory (the fallback recipient when no one matches), sends the digest on each configured channel once per recipient
/// (the <see cref="NotificationLedger"/>), and marks the actions notified once every recipient has it.
/// </summary>
public sealed partial class NotificationService
{
    private readonly StorageClients _clients;
    private readonly OwnerDirectory _owners;
    private readonly NotificationLedger _ledger;
    private readonly NotifiedActions _actions;
    private readonly FollowUpLog _followUp;
    private readonly ActionLinks _links;
    private readonly Dictionary<string, INotificationChannel> _channels;
    private readonly NotificationOptions _options;
    private readonly ILogger<NotificationService> _logger;
    private readonly ResiliencePipeline _send;

    public NotificationService(StorageClients clients, OwnerDirectory owners, NotificationLedger ledger, NotifiedActions actions, FollowUpLog followUp,
        ActionLinks links, IEnumerable<INotificationChannel> channels, IOptions<NotificationOptions> options, ILogger<NotificationService> logger)
    {
        _followUp = followUp;
        _links = links;
        _clients = clients;
        _owners = owners;
        _ledger = ledger;
        _actions = actions;
        _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _options = options.Value;
        _logger = logger;
        _send = SendResilience.Build(_options);
    }

    /// <summary>The queue trigger's entry point: sends the digest of one message to every recipient that has not had it.</summary>
    /// <param name="messageText">The message as queued (<see cref="ActionDigestMessage"/> JSON).</param>
    /// <param name="dequeueCount">Which delivery of the message this is; from <see cref="NotificationOptions.MaxAttempts"/> on, a failure is final.</param>
    /// <param name="cancellationToken">Cancels the work; a recipient being sent when it fires is sent again by the retry.</param>
    /// <exception cref="NotificationFailedException">A recipient was not reached: the queue must deliver the message again.</exception>
    /// <exception cref="JsonException">The message is not a digest message; it can never succeed.</exception>
    public async Task<NotificationResult> HandleAsync(string messageText, long dequeueCount, CancellationToken cancellationToken)
    {
        using var activity = PipelineTelemetry.StartNotify(dequeueCount);
        try
        {
            var result = await HandleCoreAsync(messageText, dequeueCount, cancellationToken).ConfigureAwait(false);
            PipelineTelemetry.Notified(activity, result);
            return result;
        }
        catch (NotificationFailedException failure)
        {
            PipelineTelemetry.NotifyFailed(activity, failure);
            throw;
        }
    }

    private async Task<NotificationResult> HandleCoreAsync(string messageText, long dequeueCount, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(messageText, cancellationToken).ConfigureAwait(false);
        var digest = plan.Digest;
        if (digest.Actions.Count == 0)
        {
            LogNothingLeft(_logger, digest.DigestId, digest.MeetingKey);
            return new NotificationResult(digest, plan.Message, [], 0);
        }

        var final = dequeueCount >= _options.MaxAttempts;
        var sent = new List<Recipient>();
        var already = 0;
        var failures = new List<string>();
        foreach (var recipient in plan.Recipients)
        {
            if (await _ledger.ClaimAsync(digest, recipient, plan.Message.Subject, cancellationToken).ConfigureAwait(false) is not { } claim)
            {
                already++;
                continue;
            }

            try
            {
                var channel = _channels[recipient.Channel];
                await _send.ExecuteAsync(async token => await channel.SendAsync(recipient, digest, plan.Message, token).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                var reason = SendResilience.Reason(e);
                await _ledger.FailedAsync(claim, reason, final).ConfigureAwait(false);
                LogSendFailed(_logger, e, digest.DigestId, recipient.Shown, claim.Attempts, final, reason);
                failures.Add($"{recipient.Shown} ({reason})");
                continue;
            }
            catch (OperationCanceledException)
            {
                await _ledger.FailedAsync(claim, "cancelled while sending", final: false).ConfigureAwait(false);
                throw;
            }

            if (!await _ledger.SentAsync(claim).ConfigureAwait(false))
            {
                LogClaimLost(_logger, digest.DigestId, recipient.Shown);
            }

            sent.Add(recipient);
            LogSent(_logger, digest.DigestId, recipient.Shown, digest.Actions.Count);
        }

        if (failures.Count > 0)
        {
            throw new NotificationFailedException(digest.DigestId, failures, final);
        }

        // Whoever records the last recipient sees every row sent (its own write, then the read): the actions are marked then.
        // A reminder's actions were marked when their own meeting's digest went.
        if (!digest.Reminder && await _ledger.AllSentAsync(digest.DigestId, plan.Recipients, cancellationToken).ConfigureAwait(false))
        {
            await _actions.MarkAsync(plan.ActionRows, digest.Unassigned is not null, cancellationToken).ConfigureAwait(false);
        }

        return new NotificationResult(digest, plan.Message, sent, already);
    }

    /// <summary>What <see cref="HandleAsync"/> would send for a message, sending and changing nothing.</summary>
    public async Task<DigestPlan> PreviewAsync(string messageText, CancellationToken cancellationToken) =>
        await PlanAsync(messageText, cancellationToken).ConfigureAwait(false);

    private async Task<DigestPlan> PlanAsync(string messageText, CancellationToken cancellationToken)
    {
        var message = ActionDigestMessage.FromJson(messageText);
        if (!MeetingKey.TryParse(message.MeetingKey, out var key))
        {
            throw new JsonException($"'{message.MeetingKey}' is not a meeting key.");
        }

        var meetingRow = await _clients.Tables.GetTableClient(StorageNames.MeetingsTable)
            .GetEntityIfExistsAsync<MeetingRow>(key.Committee, key.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        var meeting = meetingRow.HasValue ? meetingRow.Value : null;
        var reminder = message.Overdue is { Count: > 0 };
        var rows = reminder
            ? await OverdueRowsAsync(message.Overdue!, cancellationToken).ConfigureAwait(false)
            : await MeetingRowsAsync(key, message.ActionIds, cancellationToken).ConfigureAwait(false);

        // Nothing is sent for an action a later meeting shows done; a reminder only for actions still overdue and not disowned.
        var standing = await _followUp.ForAsync(rows.Select(ActionQueries.Read), cancellationToken).ConfigureAwait(false);
        rows = rows.Where(r => standing[r.RowKey] is var f && (reminder ? f.NeedsReminder : f.Status != FollowUpStatus.Done))
            .OrderBy(r => r.MeetingDate, StringComparer.Ordinal).ThenBy(r => r.Item, StringComparer.Ordinal).ThenBy(r => r.Ordinal ?? int.MaxValue).ToList();
        var council = meeting?.Council ?? _options.Council;
        var matched = council is null ? [] : (await _owners.MatcherAsync(council, cancellationToken).ConfigureAwait(false)).Match(message.Owner);
        var (recipients, unassigned) = Recipients(message, matched, council);
        var digest = new Digest
        {
            DigestId = message.DigestId,
            MeetingKey = key.Value,
            Committee = message.Committee ?? meeting?.Committee ?? key.Committee,
            MeetingDate = DateOnly.TryParseExact(message.MeetingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : key.Date,
            Owner = message.Owner,
            OwnerSlug = message.OwnerSlug,
            // Only an owner can say an action is done or not theirs: the fallback recipient of unassigned actions gets no links.
            Actions = rows.Select(r => new DigestAction(r.RowKey, r.ItemNumber, r.ItemTitle, r.Text ?? "", r.Due, standing[r.RowKey].DueDate,
                unassigned is null ? _links.For(r.RowKey, StatusOverride.Done) : null, unassigned is null ? _links.For(r.RowKey, StatusOverride.NotMine) : null)).ToList(),
            Reminder = reminder,
            SourceLink = SourceLink(meeting, message.Source ?? meeting?.Source),
            Unassigned = unassigned,
        };
        return new DigestPlan(digest, DigestRenderer.Render(digest), recipients, rows);
    }

    /// <summary>The digest's actions among the meeting's rows (a corrected document may have removed some since it was queued).</summary>
    private async Task<List<ActionRow>> MeetingRowsAsync(MeetingKey key, IEnumerable<string> actionIds, CancellationToken cancellationToken)
    {
        var ids = actionIds.ToHashSet(StringComparer.Ordinal);
        var rows = new List<ActionRow>();
        await foreach (var row in _clients.Tables.GetTableClient(StorageNames.ActionsTable)
                           .QueryAsync<ActionRow>(TableClient.CreateQueryFilter($"PartitionKey eq {key.Value}"), cancellationToken: cancellationToken)
                           .ConfigureAwait(false))
        {
            if (ids.Contains(row.RowKey))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>A reminder's actions, each from the meeting that set it; one gone since is passed over.</summary>
    private async Task<List<ActionRow>> OverdueRowsAsync(IEnumerable<ActionRef> refs, CancellationToken cancellationToken)
    {
        var table = _clients.Tables.GetTableClient(StorageNames.ActionsTable);
        var rows = await Task.WhenAll(refs.Select(r => table.GetEntityIfExistsAsync<ActionRow>(r.MeetingKey, r.Id, cancellationToken: cancellationToken))).ConfigureAwait(false);
        return [.. rows.Where(r => r.HasValue).Select(r => r.Value!)];
    }

    /// <summary>
    /// Each matched owner's addresses on the channels in use; the fallback recipient when the minutes name no one, no one
    /// in the directory answers to the name, or an owner has no address on those channels. With nowhere else to go, the log.
    /// </summary>
    private (IReadOnlyList<Recipient> Recipients, string? Unassigned) Recipients(ActionDigestMessage message, IReadOnlyList<Owner> owners, string? council)
    {
        var recipients = new List<Recipient>();
        var unreachable = new List<string>();
        var delivering = _options.Uses(NotificationChannels.Smtp) || _options.Uses(NotificationChannels.Webhook);
        foreach (var owner in owners)
        {
            var before = recipients.Count;
            if (_options.Uses(NotificationChannels.Smtp))
            {
                recipients.AddRange(owner.Emails.Select(e => new Recipient(NotificationChannels.Smtp, e.ToLowerInvariant(), e)));
            }

            if (_options.Uses(NotificationChannels.Webhook) && owner.Webhook is { } webhook)
            {
                recipients.Add(new Recipient(NotificationChannels.Webhook, owner.Slug, webhook.AbsoluteUri));
            }

            if (delivering && recipients.Count == before)
            {
                unreachable.Add(owner.Name);
            }

            if (_options.Uses(NotificationChannels.Log))
            {
                recipients.Add(new Recipient(NotificationChannels.Log, owner.Slug, owner.Name));
            }
        }

        var unassigned = owners.Count > 0
            ? unreachable.Count == 0 ? null
            : $"The owners directory has no address on the channels in use ({_options.Channels}) for {string.Join(" and ", unreachable)}: add one with minutes owners import."
            : message.Owner is null
                ? "The minutes give them to no one: decide who should act on them."
                : $"The minutes give them to \"{message.Owner}\", whom the owners directory{(council is null ? "" : $" of {council}")} does not list: " +
                  "add them, or that name as an alias of an owner, with minutes owners import.";
        if (unassigned is not null)
        {
            if (_options.Uses(NotificationChannels.Smtp) && _options.FallbackEmail is { } email)
            {
                recipients.Add(new Recipient(NotificationChannels.Smtp, email.ToLowerInvariant(), email));
            }

            if (owners.Count == 0 && _options.Uses(NotificationChannels.Log))
            {
                recipients.Add(new Recipient(NotificationChannels.Log, message.OwnerSlug, message.Owner ?? MeetingRows.Unassigned));
            }

            if (recipients.Count == 0)
            {
                // Nothing is dropped silently: with no email set up, a warning in the log is where it goes.
                recipients.Add(new Recipient(NotificationChannels.Log, "fallback", "democratic services"));
            }
        }

        return (recipients.Distinct().ToList(), unassigned);
    }

    /// <summary>The document's own address when it has one (a portal page), else the inbox blob under <see cref="NotificationOptions.DocumentLinkBase"/> or in storage.</summary>
    private Uri? SourceLink(MeetingRow? meeting, string? source)
    {
        if (meeting?.SourceUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var page) && page.Scheme is "https" or "http")
        {
            return page;
        }

        if (source is null)
        {
            return null;
        }

        var path = string.Join('/', source.Split('/').Select(Uri.EscapeDataString));
        return _options.DocumentLinkBase is { } linkBase
            ? new Uri(linkBase.AbsoluteUri.TrimEnd('/') + "/" + path)
            : _clients.Blobs.GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient(source).Uri;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {DigestId} sent to {Recipient} ({ActionCount} actions)")]
    private static partial void LogSent(ILogger logger, string digestId, string recipient, int actionCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {DigestId} not sent to {Recipient} on attempt {Attempt} (final: {Final}): {Reason}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string digestId, string recipient, int attempt, bool final, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {DigestId} was sent to {Recipient} after its claim lapsed; another worker may send it again")]
    private static partial void LogClaimLost(ILogger logger, string digestId, string recipient);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {DigestId}: none of its actions from {MeetingKey} needs sending any more (a corrected document removed them, or a later meeting shows them done); nothing to send")]
    private static partial void LogNothingLeft(ILogger logger, string digestId, string meetingKey);
}

/// <summary>A digest, as it will be sent, and to whom.</summary>
/// <param name="Digest">The digest.</param>
/// <param name="Message">Its subject, bodies and JSON.</param>
/// <param name="Recipients">Each place it goes.</param>
/// <param name="ActionRows">Its actions' rows as read, to mark notified.</param>
public sealed record DigestPlan(Digest Digest, RenderedDigest Message, IReadOnlyList<Recipient> Recipients, IReadOnlyList<ActionRow> ActionRows);

/// <summary>What one delivery of a message did: the recipients sent the digest now, and how many already had it.</summary>
public sealed record NotificationResult(Digest Digest, RenderedDigest Message, IReadOnlyList<Recipient> Sent, int AlreadySent);
