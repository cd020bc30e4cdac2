using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Meetings;

/// <summary>
/// Each owner's current digest of a meeting and the document that must queue it, kept on the meeting row. A write decides
/// under the meeting's lock which owners' digests it changed and names itself their sender; the sender queues them once the
/// meeting is complete, and queues them again if it is retried (the notifier's ledger sends each digest once). An owner whose
/// actions a write did not change keeps the digest and sender it had, so the PDF and the text of one meeting send one set.
/// </summary>
public sealed record OwnerDigests(IReadOnlyDictionary<string, OwnerDigest> Owners)
{
    public static OwnerDigests None { get; } = new(new Dictionary<string, OwnerDigest>(StringComparer.Ordinal));

    /// <summary>The digests a meeting row records; none for a meeting not stored yet.</summary>
    public static OwnerDigests Read(MeetingRow? meeting) =>
        meeting?.Digests is { Length: > 0 } json
            ? new OwnerDigests(JsonSerializer.Deserialize<Dictionary<string, OwnerDigest>>(json) ?? [])
            : None;

    /// <summary>The digests as the meeting row's <see cref="MeetingRow.Digests"/> keeps them.</summary>
    // About 70 characters an owner: far under the 32K-character property limit for any meeting's owners.
    public string ToJson() => JsonSerializer.Serialize(Owners);

    /// <summary>The digests once <paramref name="source"/> has written <paramref name="actions"/> (all the meeting's action rows).</summary>
    public OwnerDigests Next(string meetingKey, IEnumerable<ActionRow> actions, string source)
    {
        var sender = Sender(source);
        return new OwnerDigests(ByOwner(actions).ToDictionary(
            owner => owner.Key,
            owner => DigestId(meetingKey, owner.Key, owner.Value) is var id && Owners.TryGetValue(owner.Key, out var had) && had.Id == id ? had : new OwnerDigest(id, sender),
            StringComparer.Ordinal));
    }

    /// <summary>The owners whose digests <paramref name="source"/> must queue.</summary>
    public IReadOnlySet<string> SentBy(string source)
    {
        var sender = Sender(source);
        return Owners.Where(o => o.Value.Sender == sender).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The meeting's action ids by owner slug, in order.</summary>
    public static Dictionary<string, List<string>> ByOwner(IEnumerable<ActionRow> actions) =>
        actions.GroupBy(a => a.OwnerSlug ?? MeetingRows.Unassigned, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.RowKey).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    /// <summary>A digest's identity: its meeting, owner and actions. The notifier sends each one once per recipient.</summary>
    public static string DigestId(string meetingKey, string ownerSlug, IEnumerable<string> actionIds) =>
        Hash($"{meetingKey}\n{ownerSlug}\n{string.Join(',', actionIds)}", 20);

    // A document's name can be long; its hash keeps the row small.
    private static string Sender(string source) => Hash(source, 16);

    private static string Hash(string text, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}

/// <summary>An owner's current digest of a meeting, and (by a hash of its name) the document that queues it.</summary>
public sealed record OwnerDigest(string Id, string Sender);
