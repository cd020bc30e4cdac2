namespace CouncilMinutes.Parsing;

/// <summary>Settings of the minutes parser (configuration section <c>Parser</c>).</summary>
public sealed class ParserOptions
{
    public const string SectionName = "Parser";

    /// <summary>Documents larger than this are refused unread. Default 50 MB.</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;
}
