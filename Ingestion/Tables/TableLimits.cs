namespace CouncilMinutes.Ingestion.Tables;

/// <summary>Table Storage's limits, which Azurite does not enforce, so our code must.</summary>
public static class TableLimits
{
    /// <summary>Operations in one entity-group transaction.</summary>
    public const int OperationsPerBatch = 100;

    /// <summary>Bytes in one transaction's payload (4 MiB), less a margin for the multipart envelope.</summary>
    public const int BytesPerBatch = (4 * 1024 * 1024) - (64 * 1024);

    /// <summary>Characters in one string property (64 KiB of UTF-16), less a margin.</summary>
    public const int CharactersPerString = 30_000;

    /// <summary>Bytes in one entity (1 MiB).</summary>
    public const int BytesPerEntity = 1024 * 1024;
}
