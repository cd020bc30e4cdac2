namespace CouncilMinutes.Parsing.Model;

/// <summary>Something the parser noticed about a document: a gap, a guess, a part it could not read.</summary>
/// <param name="Severity">How much it matters to a reader of the result.</param>
/// <param name="Code">A stable short code (<c>no-meeting-date</c>).</param>
/// <param name="Message">A sentence a clerk can act on.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    public static Diagnostic Warning(string code, string message) => new(DiagnosticSeverity.Warning, code, message);
    public static Diagnostic Info(string code, string message) => new(DiagnosticSeverity.Info, code, message);

    public override string ToString() => $"{Severity.ToString().ToUpperInvariant()} {Code}: {Message}";
}

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
