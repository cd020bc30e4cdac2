using Azure.Data.Tables;

namespace CouncilMinutes.Ingestion.Tables;

/// <summary>An entity's size as Table Storage counts it (UTF-16 names and strings, 8 bytes a number or date), approximately.</summary>
public static class EntitySize
{
    /// <summary>The size of a <see cref="TableEntity"/> or a typed row, counted over the columns it is sent with.</summary>
    public static int Of(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var size = 4 + ((entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0)) * 2;
        foreach (var (name, value) in TableColumns.Of(entity))
        {
            size += 8 + (name.Length * 2) + value switch
            {
                string s => 4 + (s.Length * 2),
                byte[] b => 4 + b.Length,
                BinaryData b => 4 + b.ToMemory().Length,

                // Azure.Data.Tables stores an enum as its name.
                Enum e => 4 + (e.ToString().Length * 2),
                null => 0,
                _ => 8,
            };
        }

        return size;
    }
}
