namespace CouncilMinutes.Parsing.Limits;

/// <summary>
/// The bounds every document is read within (configuration section <c>Limits</c>, environment <c>Limits__Name</c>), checked
/// before and while it is read. A document over one is quarantined with the limit named, never read further.
/// </summary>
/// <remarks>
/// The defaults leave room for the longest real minutes (a 300-page printed volume, a council's year of minutes in one
/// .docx) while keeping a hostile document's cost under a second and a few hundred megabytes.
/// </remarks>
public sealed class DocumentLimits
{
    public const string SectionName = "Limits";

    /// <summary>The largest document accepted, in bytes; a larger one is never loaded. Default value is 50 MB.</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// The most any one compressed part may expand to: a PDF stream, or a part of a .docx package. Default value is 32 MB
    /// (a page's content is rarely over 1 MB; a whole year of minutes in one document.xml is about 10 MB).
    /// </summary>
    public long MaxPartBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>The most all compressed parts of one document may expand to together. Default value is 256 MB.</summary>
    public long MaxInflatedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The most text one document may hold, in characters. Default value is 8 million (about 2,500 pages).</summary>
    public int MaxTextCharacters { get; set; } = 8_000_000;

    /// <summary>The most pages a PDF may have. Default value is 2,000.</summary>
    public int MaxPages { get; set; } = 2_000;

    /// <summary>
    /// The most characters one page of a PDF may draw. Default value is 100,000 (a dense page of small print holds about
    /// 10,000); each costs the PDF library a few hundred bytes while the page is read.
    /// </summary>
    public int MaxCharactersPerPage { get; set; } = 100_000;

    /// <summary>
    /// The deepest nesting of elements in a .docx, HTML page or XML response. Default value is 256 (real documents nest
    /// a few dozen deep: Word's tables in tables, a portal's layout).
    /// </summary>
    public int MaxNestingDepth { get; set; } = 256;

    /// <summary>The time one document may take to read, from its bytes to its meeting. Default value is 30 seconds.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The configuration key of a limit, as a clerk or engineer would set it (<c>Limits:MaxPartBytes</c>).</summary>
    public static string SettingOf(DocumentLimit limit) => $"{SectionName}:{limit}";

    /// <summary>The value of a limit, as a person reads it ("32 MB", "2,000 pages").</summary>
    public string Describe(DocumentLimit limit) => limit switch
    {
        DocumentLimit.MaxDocumentBytes => Size(MaxDocumentBytes),
        DocumentLimit.MaxPartBytes => Size(MaxPartBytes),
        DocumentLimit.MaxInflatedBytes => Size(MaxInflatedBytes),
        DocumentLimit.MaxTextCharacters => $"{MaxTextCharacters:N0} characters",
        DocumentLimit.MaxPages => $"{MaxPages:N0} pages",
        DocumentLimit.MaxCharactersPerPage => $"{MaxCharactersPerPage:N0} characters a page",
        DocumentLimit.MaxNestingDepth => $"{MaxNestingDepth:N0} levels",
        DocumentLimit.TimeBudget => $"{TimeBudget.TotalSeconds:0.#} seconds",
        DocumentLimit.MatchTimeout => $"{MatchTimeout.Milliseconds:N0} ms a pattern",
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, null),
    };

    /// <summary>A size as a person reads it: "50 MB", "640 KB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
