using System.Text.Json;
using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;

namespace CouncilMinutes.Ingestion.Owners;

/// <summary>The <c>Owners</c> table: each council's owners (partition: council slug; row: owner slug) and how to reach them.</summary>
public sealed class OwnerDirectory(StorageClients clients)
{
    private TableClient Table => clients.Tables.GetTableClient(StorageNames.OwnersTable);

    /// <summary>
    /// Adds the owners of a file to a council's directory, replacing those of the same name; owners the file leaves out are
    /// kept. Nothing is written when a name or alias would then match two owners.
    /// </summary>
    /// <exception cref="OwnerFileException">A name or alias of the file is one another owner of the directory answers to.</exception>
    public async Task<OwnerImport> ImportAsync(string council, IReadOnlyList<Owner> owners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var stored = (await ListAsync(council, cancellationToken).ConfigureAwait(false)).ToDictionary(o => o.Slug, StringComparer.Ordinal);
        var incoming = owners.Select(o => o.Slug).ToHashSet(StringComparer.Ordinal);
        var kept = stored.Values.Where(o => !incoming.Contains(o.Slug)).ToList();
        if (OwnerMatcher.Clashes(kept.Concat(owners)) is [_, ..] clashes)
        {
            throw new OwnerFileException(clashes.Select(c =>
                $"'{c.Key}' would match {string.Join(" and ", c.Owners.Select(o => o.Name))}: give each name or alias to one owner.").ToList());
        }

        var changed = owners.Where(o => !stored.TryGetValue(o.Slug, out var before) || !Same(before, o)).ToList();
        var partition = Partition(council);
        await TableBatches.SubmitAsync(Table, changed.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(partition, o))), cancellationToken)
            .ConfigureAwait(false);
        var added = changed.Count(o => !stored.ContainsKey(o.Slug));
        return new OwnerImport(added, changed.Count - added, owners.Count - changed.Count, kept.Count);
    }

    /// <summary>A council's owners, by name.</summary>
    public async Task<IReadOnlyList<Owner>> ListAsync(string council, CancellationToken cancellationToken)
    {
        var owners = new List<Owner>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(council)}");
        await foreach (var row in Table.QueryAsync<OwnerRow>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            owners.Add(Read(row));
        }

        return owners.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>A matcher over a council's owners as stored now.</summary>
    public async Task<OwnerMatcher> MatcherAsync(string council, CancellationToken cancellationToken) =>
        new(await ListAsync(council, cancellationToken).ConfigureAwait(false));

    /// <summary>The council's partition: its slug, so "Halton Borough Council" and "Halton borough council" are one directory.</summary>
    public static string Partition(string council)
    {
        ArgumentNullException.ThrowIfNull(council);
        return Slug.From(council) is { Length: > 0 } slug ? slug : throw new ArgumentException("A council name is required.", nameof(council));
    }

    private static OwnerRow Row(string partition, Owner owner) => new()
    {
        PartitionKey = partition,
        RowKey = owner.Slug,
        Name = owner.Name,
        Aliases = JsonSerializer.Serialize(owner.Aliases),
        Emails = JsonSerializer.Serialize(owner.Emails),
        Webhook = owner.Webhook?.AbsoluteUri,
    };

    private static Owner Read(OwnerRow row) => new(
        row.Name ?? row.RowKey,
        JsonSerializer.Deserialize<List<string>>(row.Aliases ?? "[]") ?? [],
        JsonSerializer.Deserialize<List<string>>(row.Emails ?? "[]") ?? [],
        row.Webhook is { } webhook ? new Uri(webhook) : null);

    private static bool Same(Owner a, Owner b) =>
        a.Name == b.Name && a.Aliases.SequenceEqual(b.Aliases) && a.Emails.SequenceEqual(b.Emails) && a.Webhook == b.Webhook;
}

/// <summary>What an import did: owners added, updated, already as the file says, and kept though the file leaves them out.</summary>
public sealed record OwnerImport(int Added, int Updated, int Unchanged, int Kept);
