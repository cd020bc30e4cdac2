namespace CouncilMinutes.Parsing.Limits;

/// <summary>
/// One document's share of its <see cref="DocumentLimits"/> while it is read: the bytes its compressed parts have expanded
/// to so far, the text taken out of it, and how deep its elements nest. Not thread-safe: one per document, one reader at a time.
/// </summary>
public sealed class ReadingBudget(DocumentLimits limits)
{
    private long _inflated;

    public DocumentLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>
    /// The first limit this document went past, if any. A library that catches every exception of its own reading (a
    /// lenient PDF reader) may swallow the one thrown; the reader checks this afterwards, so the breach is never lost.
    /// </summary>
    public LimitExceededException? Breach { get; private set; }

    /// <summary>Throws <see cref="Breach"/> if a limit was passed, even where the exception was swallowed.</summary>
    public void ThrowIfBreached()
    {
        if (Breach is { } breach)
        {
            throw breach;
        }
    }

    /// <summary>Counts a compressed part as it expands; throws once it or the document's parts together pass their limits.</summary>
    /// <param name="what">The part, as a clerk reads it ("A compressed stream of the PDF").</param>
    /// <param name="partBytes">The part's expanded size so far.</param>
    /// <param name="added">The bytes just added to it.</param>
    /// <exception cref="LimitExceededException">Over <see cref="DocumentLimits.MaxPartBytes"/> or <see cref="DocumentLimits.MaxInflatedBytes"/>.</exception>
    public void ChargeInflated(string what, long partBytes, long added)
    {
        if (partBytes > Limits.MaxPartBytes)
        {
            throw Breached(new LimitExceededException(DocumentLimit.MaxPartBytes, $"{what} expands to more than {DocumentLimits.Size(Limits.MaxPartBytes)}."));
        }

        _inflated += added;
        if (_inflated > Limits.MaxInflatedBytes)
        {
            throw Breached(new LimitExceededException(DocumentLimit.MaxInflatedBytes,
                $"The document's compressed parts expand to more than {DocumentLimits.Size(Limits.MaxInflatedBytes)} together."));
        }
    }

    /// <summary>Throws when <paramref name="characters"/>, the text taken out of the document so far, is more than it may hold.</summary>
    /// <exception cref="LimitExceededException">Over <see cref="DocumentLimits.MaxTextCharacters"/>.</exception>
    public void CheckText(long characters)
    {
        if (characters > Limits.MaxTextCharacters)
        {
            throw Breached(new LimitExceededException(DocumentLimit.MaxTextCharacters, $"The document holds more than {Limits.MaxTextCharacters:N0} characters of text."));
        }
    }

    /// <summary>Throws when an element <paramref name="depth"/> levels deep is deeper than any document may nest.</summary>
    /// <exception cref="LimitExceededException">Over <see cref="DocumentLimits.MaxNestingDepth"/>.</exception>
    public void CheckDepth(int depth, string what)
    {
        if (depth > Limits.MaxNestingDepth)
        {
            throw Breached(new LimitExceededException(DocumentLimit.MaxNestingDepth, $"{what} nests its elements more than {Limits.MaxNestingDepth:N0} deep."));
        }
    }

    private LimitExceededException Breached(LimitExceededException exception) => Breach ??= exception;
}
