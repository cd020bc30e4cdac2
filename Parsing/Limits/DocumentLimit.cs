namespace CouncilMinutes.Parsing.Limits;

/// <summary>The limits a document can exceed, named as their settings in <see cref="DocumentLimits"/>.</summary>
public enum DocumentLimit
{
    MaxDocumentBytes,
    MaxPartBytes,
    MaxInflatedBytes,
    MaxTextCharacters,
    MaxPages,
    MaxCharactersPerPage,
    MaxNestingDepth,
    TimeBudget,

    /// <summary>A pattern ran past <see cref="MatchTimeout.Milliseconds"/> on the document's text (fixed when the parser is built).</summary>
    MatchTimeout,
}
