using System.Globalization;
using System.Text;

namespace CouncilMinutes.Ingestion.Keys;

/// <summary>A name as a key: lower case, ASCII letters and digits, words joined by hyphens ("Children's Services" → "childrens-services").</summary>
public static class Slug
{
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var hyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (c == '&')
            {
                builder.Append(builder.Length == 0 || hyphen ? "and-" : "-and-");
                hyphen = true;
            }
            else if (!hyphen && builder.Length > 0)
            {
                builder.Append('-');
                hyphen = true;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }
}
