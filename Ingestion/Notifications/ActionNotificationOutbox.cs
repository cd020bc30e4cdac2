using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Storage;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>
/// Queues one <see cref="ActionDigestMessage"/> per owner per meeting, once. A <c>Digests</c> row claims each digest
/// (conditional writes, so one document wins when two carry the same meeting) and says when it was queued; a crash between
/// queueing and recording it re-queues on the retry, which the notifier's own ledger makes harmless.
/// </summary>
public sealed class ActionNotificationOutbox(StorageClients clients)
{
    private const string Pending = "Pending";
    private const string Queued = "Queued";

    private TableClient Digests => clients.Tables.GetTableClient(StorageNames.DigestsTable);

    /// <summary>Queues each owner's digest of the meeting's actions unless that digest was queued before; returns how many were sent.</summary>
    /// <param name="meeting">The stored meeting.</param>
    /// <param name="claim">Who is queueing: the inbox document, so its own retry can finish what it started.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<int> QueueAsync(StoredMeeting meeting, string claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var digests = Digest(meeting, claim);
        if (digests.Count == 0)
        {
            return 0;
        }

        var claims = meeting.IsNew ? await ClaimNewMeetingAsync(digests, claim, cancellationToken).ConfigureAwait(false) : null;
        claims ??= await ClaimAsync(digests, await StoredAsync(meeting.Key.Value, cancellationToken).ConfigureAwait(false), claim, cancellationToken).ConfigureAwait(false);
        if (claims is null)
        {
            // What this document holds is what the table says after claiming: a claim whose response was lost (and whose retry
            // then failed as a conflict) is still this document's, and one another document won is not.
            var stored = await StoredAsync(meeting.Key.Value, cancellationToken).ConfigureAwait(false);
            claims = digests
                .Where(d => stored.TryGetValue(d.OwnerSlug, out var row) && row.GetString("DigestId") == d.DigestId
                            && row.GetString("Claim") == claim && row.GetString("Status") == Pending)
                .Select(d => (d, stored[d.OwnerSlug].ETag))
                .ToList();
        }

        if (claims.Count == 0)
        {
            return 0;
        }

        var queue = clients.Queues.GetQueueClient(StorageNames.ActionNotificationsQueue);
        foreach (var (message, _) in claims)
        {
            await queue.SendMessageAsync(message.ToJson(), cancellationToken).ConfigureAwait(false);
        }

        var done = claims.Select(c => new TableTransactionAction(TableTransactionActionType.UpdateMerge,
            new TableEntity(c.Message.MeetingKey, c.Message.OwnerSlug) { ["Status"] = Queued, ["QueuedAt"] = DateTimeOffset.UtcNow }, c.ETag));
        await Digests.SubmitTransactionAsync(done, cancellationToken).ConfigureAwait(false);
        return claims.Count;
    }

    private static List<ActionDigestMessage> Digest(StoredMeeting meeting, string claim) =>
        meeting.Actions
            .GroupBy(a => a.GetString("OwnerSlug") ?? MeetingRows.Unassigned, StringComparer.Ordinal)
            .Select(owner =>
            {
                var ids = owner.Select(a => a.RowKey).Order(StringComparer.Ordinal).ToList();
                return new ActionDigestMessage
                {
                    DigestId = DigestId(meeting.Key.Value, owner.Key, ids),
                    MeetingKey = meeting.Key.Value,
                    Committee = owner.First().GetString("Committee"),
                    MeetingDate = owner.First().GetString("MeetingDate"),
                    Owner = owner.First().GetString("Owner"),
                    OwnerSlug = owner.Key,
                    ActionIds = ids,
                    Source = claim,
                };
            })
            .ToList();

    /// <summary>
    /// For a meeting this document just created, every digest is new: claimed in one transaction, without reading first.
    /// Null when that fails, for whatever reason (a lost response included), and the careful path must decide.
    /// </summary>
    private async Task<List<(ActionDigestMessage Message, ETag ETag)>?> ClaimNewMeetingAsync(List<ActionDigestMessage> digests, string claim, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Digests.SubmitTransactionAsync(digests.Select(d => new TableTransactionAction(TableTransactionActionType.Add, Row(d, claim))), cancellationToken)
                .ConfigureAwait(false);
            return digests.Select((d, i) => (d, response.Value[i].Headers.ETag ?? ETag.All)).ToList();
        }
        catch (Exception e) when (e is TableTransactionFailedException or RequestFailedException)
        {
            return null;
        }
    }

    private async Task<Dictionary<string, TableEntity>> StoredAsync(string meetingKey, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in Digests.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {meetingKey}"), cancellationToken: cancellationToken)
                           .ConfigureAwait(false))
        {
            stored[row.RowKey] = row;
        }

        return stored;
    }

    /// <summary>
    /// Claims the digests this document brings: new ones in one transaction (all or nothing, so either a concurrent document
    /// sends them or this one does), changed ones (a corrected document) row by row. Digests already queued, or held by
    /// another document, are left alone. Returns this document's claims, or null when a write's outcome is uncertain.
    /// </summary>
    private async Task<List<(ActionDigestMessage Message, ETag ETag)>?> ClaimAsync(
        List<ActionDigestMessage> digests, Dictionary<string, TableEntity> stored, string claim, CancellationToken cancellationToken)
    {
        var claims = new List<(ActionDigestMessage, ETag)>();
        var certain = true;
        var fresh = digests.Where(d => !stored.ContainsKey(d.OwnerSlug)).ToList();
        if (fresh.Count > 0)
        {
            try
            {
                var added = await Digests.SubmitTransactionAsync(fresh.Select(d => new TableTransactionAction(TableTransactionActionType.Add, Row(d, claim))), cancellationToken)
                    .ConfigureAwait(false);
                claims.AddRange(fresh.Select((d, i) => (d, added.Value[i].Headers.ETag ?? ETag.All)));
            }
            catch (TableTransactionFailedException)
            {
                // Someone's rows were there first (perhaps this document's own, from a retried request): the re-read decides.
                certain = false;
            }
        }

        foreach (var digest in digests.Where(d => stored.ContainsKey(d.OwnerSlug)))
        {
            var row = stored[digest.OwnerSlug];
            if (row.GetString("DigestId") == digest.DigestId)
            {
                if (row.GetString("Status") == Pending && row.GetString("Claim") == claim)
                {
                    claims.Add((digest, row.ETag));
                }

                continue;
            }

            try
            {
                var replaced = await Digests.UpdateEntityAsync(Row(digest, claim), row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                claims.Add((digest, replaced.Headers.ETag ?? ETag.All));
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Replaced by another document first (or by this one, its response lost): the re-read decides.
                certain = false;
            }
        }

        return certain ? claims : null;
    }

    private static TableEntity Row(ActionDigestMessage digest, string claim) => new(digest.MeetingKey, digest.OwnerSlug)
    {
        ["DigestId"] = digest.DigestId,
        ["ActionIds"] = JsonSerializer.Serialize(digest.ActionIds),
        ["Claim"] = claim,
        ["Status"] = Pending,
    };

    private static string DigestId(string meetingKey, string ownerSlug, IEnumerable<string> actionIds) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{meetingKey}\n{ownerSlug}\n{string.Join(',', actionIds)}")))[..20];
}
