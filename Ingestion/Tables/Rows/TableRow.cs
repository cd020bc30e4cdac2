using Azure;
using Azure.Data.Tables;

namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>
/// What every row of the pipeline's tables has: its keys, and the service's timestamp and ETag. Each table's row type adds
/// its columns as properties named as the columns are stored, so existing rows read back; a null property is a column the
/// row lacks: not stored on insert, and left as it was by a merge.
/// </summary>
public abstract record TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    /// <summary>When the service last wrote the row; set by the service, never sent.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The row's version as read, for a conditional write; never sent as a column.</summary>
    public ETag ETag { get; set; }
}
