using System.Globalization;
using System.Text;

namespace CouncilMinutes.Ingestion.Owners;

/// <summary>
/// An owner's name reduced to what stays the same when minutes are inconsistent about it: case, accents, punctuation and
/// dashes ("Strategic Director – People" is "Strategic Director - People"), "&amp;" and "and", a leading "the", Chairman,
/// Chair and Chairperson, the "Councillor" or "Cllr" before a member's name, and plurals ("Officers" is "Officer").
/// </summary>
public static class OwnerName
{
    /// <summary>The matching key of a name: its words, reduced, joined by spaces; empty when nothing is left.</summary>
    public static string Key(string name) => string.Join(' ', Words(name));

    /// <summary>
    /// The keys of the people a name lists ("Councillors Lloyd Jones and Ryan": "lloyd jone", "ryan"), split at commas and
    /// "and"; a single name gives one key.
    /// </summary>
    public static IReadOnlyList<string> PartKeys(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = new List<string>();
        foreach (var piece in name.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = new List<string>();
            foreach (var word in Words(piece).Append("and"))
            {
                if (word != "and")
                {
                    part.Add(word);
                }
                else if (part.Count > 0)
                {
                    parts.Add(string.Join(' ', part));
                    part.Clear();
                }
            }
        }

        return parts;
    }

    private static List<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c == '&' ? " and " : " ");
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("councillor" or "councillors" or "cllr" or "cllrs"))
            .Select(Reduce)
            .ToList();
        if (words is ["the", _, ..])
        {
            words.RemoveAt(0);
        }

        return words;
    }

    private static string Reduce(string word) => word switch
    {
        "chairman" or "chairmen" or "chairperson" or "chairpersons" or "chairwoman" or "chairwomen" => "chair",
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
                             && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };
}
