using System.Xml;

namespace CouncilMinutes.Parsing.Limits;

/// <summary>
/// Measures an XML part's nesting with a streaming reader before any library builds a tree of it: a tree built by
/// recursion (Word's loader) overflows the stack on a deep enough document, which no handler can catch.
/// </summary>
public static class XmlNesting
{
    private static readonly XmlReaderSettings Streaming = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Reads <paramref name="xml"/> to its end, throwing as soon as an element is deeper than the budget allows.</summary>
    /// <exception cref="LimitExceededException">An element nests deeper than <see cref="DocumentLimits.MaxNestingDepth"/>.</exception>
    /// <exception cref="XmlException">The part is not well-formed XML, or declares a DTD.</exception>
    public static void Check(Stream xml, ReadingBudget budget, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        using var reader = XmlReader.Create(xml, Streaming);
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                budget.CheckDepth(reader.Depth + 1, what);
                if (++elements % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
    }
}
