namespace CouncilMinutes.Cli;

/// <summary>What a <c>minutes</c> command's exit code says; every command uses these three and no others.</summary>
internal static class ExitCodes
{
    /// <summary>The command did all it was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// The command ran, but something needs a person: a document quarantined, a score below its floor, a digest not delivered,
    /// a meeting not found or still being written.
    /// </summary>
    public const int NeedsAttention = 1;

    /// <summary>The command could not do its work: bad arguments, a missing path, settings wrong, storage unreachable or refusing.</summary>
    public const int CannotRun = 2;
}
