using Azure.Data.Tables;

namespace CouncilMinutes.Ingestion.Tables;

/// <summary>
/// Submits table operations as entity-group transactions within Table Storage's limits: one partition each, at most 100
/// operations and 4 MiB. Each transaction is all-or-nothing, and every operation here is an idempotent upsert or delete,
/// so a retry after a failure part-way through converges.
/// </summary>
public static class TableBatches
{
    // Enough to overlap the round-trips of an owner index's partitions without flooding the account from one document.
    private const int PartitionsAtOnce = 4;

    /// <summary>
    /// Runs the operations; returns the number of transactions sent (a storage round-trip each). Partitions are independent,
    /// so theirs run side by side (a few at a time); one partition's transactions run in order.
    /// </summary>
    public static async Task<int> SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var partitions = Plan(actions).GroupBy(b => b[0].Entity.PartitionKey, StringComparer.Ordinal).ToList();
        var sent = 0;
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = PartitionsAtOnce, CancellationToken = cancellationToken },
            async (partition, ct) =>
            {
                foreach (var batch in partition)
                {
                    await table.SubmitTransactionAsync(batch, ct).ConfigureAwait(false);
                    Interlocked.Increment(ref sent);
                }
            }).ConfigureAwait(false);

        return sent;
    }

    /// <summary>Groups operations into transactions that respect the limits, keeping each partition's order.</summary>
    public static IEnumerable<List<TableTransactionAction>> Plan(IEnumerable<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var batch = new List<TableTransactionAction>();
            var bytes = 0;
            var rowKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var action in partition)
            {
                var size = EntitySize.Of(action.Entity);
                if (size > TableLimits.BytesPerEntity)
                {
                    throw new InvalidOperationException(
                        $"Entity {action.Entity.PartitionKey}/{action.Entity.RowKey} is {size} bytes; Table Storage allows {TableLimits.BytesPerEntity}.");
                }

                // A transaction may touch a row once only.
                if (batch.Count == TableLimits.OperationsPerBatch || bytes + size > TableLimits.BytesPerBatch || !rowKeys.Add(action.Entity.RowKey))
                {
                    yield return batch;
                    batch = [];
                    bytes = 0;
                    rowKeys = [action.Entity.RowKey];
                }

                batch.Add(action);
                bytes += size;
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }
        }
    }
}
