using System.Text;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Extraction;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Parsing.Structure;

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

    /// <summary>The meeting in a document of the format its name says ("minutes.md", "minutes.html").</summary>
    public static MeetingMinutes Document(string text, string name)
    {
        var result = Bytes(Encoding.UTF8.GetBytes(text), name);
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result.Meeting!;
    }

    /// <summary>The meeting in blocks as a PDF's layout gives them (a bold line a heading, a margin note an action note).</summary>
    public static MeetingMinutes Blocks(params Block[] blocks) =>
        MinutesGrammar.Read(new ExtractedDocument(SourceFormat.Pdf, blocks, SourceHints.None), SourceHints.None, CancellationToken.None).Meeting!;

    public static AgendaItem SingleItem(string text) => Assert.Single(Text(text).Items);

    public static string CorpusPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Corpus", .. parts]);
}
