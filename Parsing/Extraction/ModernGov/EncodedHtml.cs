using System.Net;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.ModernGov;

/// <summary>
/// The web service entity-encodes the HTML it carries, and some councils' systems encode it again
/// (<c>&amp;amp;lt;p&amp;amp;gt;</c>). Decoding repeats until nothing changes, a few rounds at most.
/// </summary>
public static partial class EncodedHtml
{
    private const int MaxRounds = 3;

    /// <summary>The HTML markup the value encodes: decoded while it still shows encoded tags and no real ones.</summary>
    public static string DecodeMarkup(string value)
    {
        var text = value;
        for (var round = 0; round < MaxRounds && EncodedTag().IsMatch(text) && !RealTag().IsMatch(text); round++)
        {
            text = WebUtility.HtmlDecode(text);
        }

        return text;
    }

    /// <summary>Plain text with every layer of entity encoding removed ("Tom &amp;amp; Jerry" is "Tom &amp; Jerry").</summary>
    public static string DecodeText(string value)
    {
        var text = value;
        for (var round = 0; round < MaxRounds && Entity().IsMatch(text); round++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }

    [GeneratedRegex(@"&(?:amp;)*lt;\s*/?\s*[a-zA-Z!]", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex EncodedTag();

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!]", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex RealTag();

    [GeneratedRegex(@"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex Entity();
}
