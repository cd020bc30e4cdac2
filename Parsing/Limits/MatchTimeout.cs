namespace CouncilMinutes.Parsing.Limits;

/// <summary>
/// The match timeout of every regular expression the parser runs on a document's text. A constant, because the
/// source-generated patterns take it at build time; real lines match in microseconds, so only a pathological input reaches it.
/// </summary>
public static class MatchTimeout
{
    public const int Milliseconds = 1000;
}
