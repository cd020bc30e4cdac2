using System.Text;

namespace CouncilMinutes.Parsing.Extraction.Text;

/// <summary>
/// How the text formats' bytes become text: by their byte order mark when they have one; else UTF-16 or UTF-32 told
/// apart by where their zero bytes fall; else UTF-8 when the bytes are valid UTF-8; else Windows-1252, the encoding
/// of most older UK council documents (its curly quotes and dashes sit where Latin-1 has control characters).
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, from the code pages that ship with .NET but must be registered to be used.</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>How much of the start of a document is looked at to tell UTF-16 and UTF-32 without a byte order mark.</summary>
    private const int SampleBytes = 4096;

    /// <summary>The document's text.</summary>
    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (Wide(content) is { } wide)
        {
            return wide.Encoding.GetString(content[wide.Preamble..]);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(content);
        }
    }

    /// <summary>True when the bytes are UTF-16 or UTF-32 text: text, although it is full of zero bytes.</summary>
    public static bool IsWide(ReadOnlySpan<byte> content) => Wide(content) is not null;

    /// <summary>UTF-16 or UTF-32 (either byte order), with the length of the byte order mark, or null for a single-byte or UTF-8 encoding.</summary>
    private static (Encoding Encoding, int Preamble)? Wide(ReadOnlySpan<byte> content)
    {
        // UTF-32's marks first: UTF-32 LE's begins with UTF-16 LE's.
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        return ZeroPattern(content[..Math.Min(content.Length, SampleBytes)]) switch
        {
            ZeroBytes.Utf32LittleEndian => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 0),
            ZeroBytes.Utf32BigEndian => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 0),
            ZeroBytes.Utf16LittleEndian => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 0),
            ZeroBytes.Utf16BigEndian => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 0),
            _ => null,
        };
    }

    private enum ZeroBytes
    {
        None,
        Utf16LittleEndian,
        Utf16BigEndian,
        Utf32LittleEndian,
        Utf32BigEndian,
    }

    /// <summary>
    /// Text in Latin script has a zero in every high byte of UTF-16 ("M\0i\0n\0") and in three of every four bytes of
    /// UTF-32; binary data has zeros scattered, and single-byte text has none.
    /// </summary>
    private static ZeroBytes ZeroPattern(ReadOnlySpan<byte> sample)
    {
        if (sample.Length < 8)
        {
            return ZeroBytes.None;
        }

        Span<int> zeros = stackalloc int[4];
        for (var i = 0; i < sample.Length; i++)
        {
            zeros[i % 4] += sample[i] == 0 ? 1 : 0;
        }

        var quarter = sample.Length / 4;
        bool Mostly(int count) => count * 10 >= quarter * 9;
        bool Rarely(int count) => count * 10 <= quarter;
        return (Mostly(zeros[0]), Mostly(zeros[1]), Mostly(zeros[2]), Mostly(zeros[3])) switch
        {
            (false, true, true, true) when Rarely(zeros[0]) => ZeroBytes.Utf32LittleEndian,
            (true, true, true, false) when Rarely(zeros[3]) => ZeroBytes.Utf32BigEndian,
            (false, true, false, true) when Rarely(zeros[0]) && Rarely(zeros[2]) => ZeroBytes.Utf16LittleEndian,
            (true, false, true, false) when Rarely(zeros[1]) && Rarely(zeros[3]) => ZeroBytes.Utf16BigEndian,
            _ => ZeroBytes.None,
        };
    }
}
