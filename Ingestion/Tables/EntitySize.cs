using Azure.Data.Tables;

namespace CouncilMinutes.Ingestion.Tables;

/// <summary>An entity's size as Table Storage counts it (UTF-16 names and strings, 8 bytes a number or date), approximately.</summary>
public static class EntitySize
{
    public static int Of(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var size = 4 + ((entity.PartitionKey?.Length ?? 0) + (entity.RowKey?.Length ?? 0)) * 2;
        if (entity is TableEntity properties)
        {
            foreach (var (name, value) in properties)
            {
                size += 8 + (name.Length * 2) + value switch
                {
                    string s => 4 + (s.Length * 2),
                    byte[] b => 4 + b.Length,
                    null => 0,
                    _ => 8,
                };
            }
        }

        return size;
    }
}
