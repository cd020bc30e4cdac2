using System.IO.Compression;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Docx;

/// <summary>
/// Checks a .docx package against the document's limits before the Word library opens it: each part's declared size,
/// then each XML part read through a counting stream (a declared size can lie) and a streaming reader that stops at the
/// nesting limit, since the library builds its tree by recursion and a deep enough part would overflow the stack.
/// </summary>
internal static class PackageLimits
{
    public static void Check(byte[] content, ReadingBudget budget, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var what = $"The part {entry.FullName} of the Word document";
            if (entry.Length > budget.Limits.MaxPartBytes)
            {
                budget.ChargeInflated(what, entry.Length, 0);
            }

            if (IsXml(entry.FullName))
            {
                using var part = InflationGuard.Counted(entry.Open(), budget, what);
                XmlNesting.Check(part, budget, what, cancellationToken);
            }
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
