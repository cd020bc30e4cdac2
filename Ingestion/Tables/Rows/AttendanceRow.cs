namespace CouncilMinutes.Ingestion.Tables.Rows;

/// <summary>A row of <c>Attendance</c> (partition: meeting key; row: the person's slug): one person and the part they played.</summary>
public sealed record AttendanceRow : TableRow
{
    /// <summary>The name as printed.</summary>
    public string? Name { get; init; }

    /// <summary>An <see cref="Parsing.Model.AttendeeRole"/> by name: <c>Member</c>, <c>Chair</c>, <c>Officer</c>, <c>Apology</c>…</summary>
    public string? Role { get; init; }

    /// <summary>A description printed with the name ("Principal Planning Officer").</summary>
    public string? Note { get; init; }

    /// <summary>True for a member attending in place of another.</summary>
    public bool? Substitute { get; init; }

    /// <summary>The version of the meeting write that wrote the row.</summary>
    public string? Version { get; init; }
}
