using System.Text;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Model;

namespace CouncilMinutes.Tests.Support;

/// <summary>Parses test input the way a user's upload is parsed.</summary>
internal static class Parse
{
    public static ParseResult Bytes(byte[] content, string name = "minutes.txt", SourceHints? hints = null) =>
        new MinutesParser().Parse(content, name, hints);

    /// <summary>The meeting in a text document; fails the test if the parser could not read it.</summary>
    public static MeetingMinutes Text(string text, SourceHints? hints = null)
    {
        var result = Bytes(Encoding.UTF8.GetBytes(text), "minutes.txt", hints);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.Meeting!;
    }

    public static AgendaItem SingleItem(string text) => Assert.Single(Text(text).Items);

    public static string CorpusPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Corpus", .. parts]);
}
