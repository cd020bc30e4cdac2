using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Limits;

/// <summary>Thrown while a document is read when it goes past one of its <see cref="DocumentLimits"/>; the parser turns it into a result.</summary>
public sealed class LimitExceededException : Exception
{
    public LimitExceededException(DocumentLimit limit, string what)
        : base(what) => Limit = limit;

    public LimitExceededException() : this(DocumentLimit.MaxDocumentBytes, "The document is over a limit.") { }

    public LimitExceededException(string message) : this(DocumentLimit.MaxDocumentBytes, message) { }

    public LimitExceededException(string message, Exception inner) : base(message, inner) { }

    public DocumentLimit Limit { get; }

    /// <summary>What is wrong and what to do, for the clerk who reads the quarantine reason.</summary>
    public UnreadableDocument ToFailure(DocumentLimits limits) => new(UnreadableReason.OverLimit,
        $"{Message} That is over the limit of {limits.Describe(Limit)} ({DocumentLimits.SettingOf(Limit)}). "
        + (Limit == DocumentLimit.MatchTimeout
            ? "Genuine minutes never do this; if this document is genuine, send it to the pipeline's engineers."
            : $"If this is genuine minutes, raise {DocumentLimits.SettingOf(Limit)} (environment {DocumentLimits.SectionName}__{Limit}) and reprocess it; otherwise leave it in quarantine."));
}
