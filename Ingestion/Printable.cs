using System.Globalization;
using System.Text;

namespace CouncilMinutes.Ingestion;

/// <summary>
/// Text from a document, a file or a blob name made safe to print on a terminal or in a log line: control characters
/// (a CR or LF that would forge a line of output, an escape sequence that would restyle the terminal) shown as <c>\uXXXX</c>.
/// </summary>
public static class Printable
{
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
