namespace CouncilMinutes.Ingestion.Tables;

/// <summary>Text that fits a string property; a longer text keeps an excerpt in the row and lives whole in the parsed JSON.</summary>
public static class PropertyText
{
    /// <summary>The text, or its first characters and an ellipsis when it is over the property limit.</summary>
    public static string Fit(string? text, out bool truncated)
    {
        text ??= "";
        truncated = text.Length > TableLimits.CharactersPerString;
        return truncated ? text[..(TableLimits.CharactersPerString - 1)] + "…" : text;
    }
}
