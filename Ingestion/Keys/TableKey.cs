using System.Globalization;
using System.Text;

namespace CouncilMinutes.Ingestion.Keys;

/// <summary>
/// Partition and row keys as Table Storage accepts them: no <c>/ \ # ?</c>, no control characters, at most 1 KiB.
/// Forbidden characters (and <c>%</c>, so the escape reverses) become <c>%XX</c>, as in a URL.
/// </summary>
public static class TableKey
{
    /// <summary>The longest key, in characters, Table Storage allows (1 KiB of UTF-16).</summary>
    public const int MaxLength = 512;

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length > MaxLength)
        {
            throw new ArgumentException($"The key is {builder.Length} characters once escaped; Table Storage allows {MaxLength}.", nameof(value));
        }

        return builder.ToString();
    }

    public static string Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length
                && int.TryParse(key.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 2;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }
}
