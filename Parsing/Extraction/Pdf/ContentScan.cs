using System.Text;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// A quick pass over a PDF content stream for what can draw glyphs: its strings (literal and hex, with their length in
/// bytes) and its <c>/Name Do</c> operators (a form drawn). Everything else, inline images' data included, is skipped.
/// </summary>
internal ref struct ContentScan(ReadOnlySpan<byte> content)
{
    public enum Kind
    {
        String,
        DrawForm,
    }

    /// <summary>A string of <paramref name="Length"/> bytes, or a form drawn by <paramref name="Name"/>.</summary>
    public readonly record struct Token(Kind Kind, long Length, string? Name);

    private readonly ReadOnlySpan<byte> _content = content;
    private int _at;
    private string? _lastName;

    public Token? Next()
    {
        while (_at < _content.Length)
        {
            var b = _content[_at];
            switch (b)
            {
                case (byte)'%':
                    SkipLine();
                    break;
                case (byte)'(':
                    return new Token(Kind.String, LiteralString(), null);
                case (byte)'<' when _at + 1 < _content.Length && _content[_at + 1] == '<':
                    _at += 2;
                    break;
                case (byte)'<':
                    return new Token(Kind.String, HexString(), null);
                case (byte)'/':
                    _lastName = Word(1);
                    break;
                case var letter when IsRegular(letter):
                    var word = Word(0);
                    if (word == "Do" && _lastName is { } form)
                    {
                        _lastName = null;
                        return new Token(Kind.DrawForm, 0, form);
                    }

                    if (word == "ID")
                    {
                        SkipInlineImage();
                    }

                    break;
                default:
                    _at++;
                    break;
            }
        }

        return null;
    }

    /// <summary>The bytes of a literal string, its balanced parentheses and escapes read as PDF reads them; the position moves past it.</summary>
    private long LiteralString()
    {
        var depth = 0;
        var length = 0L;
        for (; _at < _content.Length; _at++)
        {
            var b = _content[_at];
            if (b == '\\')
            {
                _at++;
                length++;
                continue;
            }

            if (b == '(' && depth++ == 0)
            {
                continue;
            }

            if (b == ')' && --depth == 0)
            {
                _at++;
                return length;
            }

            length++;
        }

        return length;
    }

    private long HexString()
    {
        var start = ++_at;
        var end = _content[start..].IndexOf((byte)'>');
        _at = end < 0 ? _content.Length : start + end + 1;
        return ((end < 0 ? _content.Length - start : end) + 1) / 2;
    }

    private string Word(int skip)
    {
        var start = _at + skip;
        var end = start;
        while (end < _content.Length && IsRegular(_content[end]))
        {
            end++;
        }

        _at = Math.Max(end, _at + 1);
        return Encoding.ASCII.GetString(_content[start..end]);
    }

    private void SkipLine()
    {
        var end = _content[_at..].IndexOfAny((byte)'\r', (byte)'\n');
        _at = end < 0 ? _content.Length : _at + end;
    }

    /// <summary>Inline image data runs from after <c>ID</c> to an <c>EI</c> on its own: binary, never text.</summary>
    private void SkipInlineImage()
    {
        for (var i = _at + 1; i + 2 < _content.Length; i++)
        {
            if (_content[i] == 'E' && _content[i + 1] == 'I' && IsWhite(_content[i - 1]) && (i + 2 == _content.Length || !IsRegular(_content[i + 2])))
            {
                _at = i + 2;
                return;
            }
        }

        _at = _content.Length;
    }

    private static bool IsWhite(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsRegular(byte b) => !IsWhite(b) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
