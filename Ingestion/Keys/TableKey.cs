using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CouncilMinutes.Ingestion.Keys;

/// <summary>
/// Partition and row keys as Table Storage accepts them: no <c>/ \ # ?</c>, no control characters, at most 1 KiB.
/// Forbidden characters (and <c>%</c>, so the escape reverses) become <c>%XX</c>, as in a URL. A key that would still be
/// too long keeps its start and ends in a hash of the whole value, so it stays unique and the same for the same value;
/// rows keyed so keep the value itself in a property (the ledger's <c>BlobName</c>), which is how they are read back.
/// </summary>
public static class TableKey
{
    /// <summary>The longest key, in characters, Table Storage allows (1 KiB of UTF-16).</summary>
    public const int MaxLength = 512;

    /// <summary>The separator before the hash of a shortened key; never produced by the escape itself.</summary>
    private const string HashSeparator = "~~";

    /// <summary>Hex digits of the SHA-256 of the value that end a shortened key: 64 bits, unique among any inbox's names.</summary>
    private const int HashDigits = 16;

    /// <summary>The value as a key: escaped, and shortened deterministically when it would be longer than <see cref="MaxLength"/>.</summary>
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

        return builder.Length <= MaxLength ? builder.ToString() : Shortened(builder, value);
    }

    /// <summary>The value of an escaped key; for a shortened key, only its start (the row's own property has the whole value).</summary>
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

    private static readonly char[] HighSurrogates = Enumerable.Range(0xD800, 0x400).Select(c => (char)c).ToArray();

    private static string Shortened(StringBuilder escaped, string value)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..HashDigits];
        var keep = MaxLength - HashSeparator.Length - HashDigits;

        // Never cut an escape ("%2F") in two.
        var cut = escaped.ToString(0, keep);
        var percent = cut.LastIndexOf('%');
        if (percent >= 0 && percent > keep - 3)
        {
            cut = cut[..percent];
        }

        return cut.TrimEnd(HighSurrogates) + HashSeparator + hash;
    }
}
