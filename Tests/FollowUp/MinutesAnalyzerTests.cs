using CouncilMinutes.Ingestion.FollowUp;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CouncilMinutes.Tests.FollowUp;

public class MinutesAnalyzerTests
{
    [Theory]
    [InlineData("questionnaire", "survey")]
    [InlineData("budget", "Precept")]
    [InlineData("specify", "definition")]
    [InlineData("quotes", "estimate")]
    public void Words_of_one_meaning_in_minutes_are_read_as_one_term(string action, string report) => Assert.Equal(Terms(action), Terms(report));

    [Fact]
    public void Other_words_keep_their_stems() => Assert.Equal(["hous", "field"], Terms("The houses by the field"));

    private static List<string> Terms(string text)
    {
        using var analyzer = new MinutesAnalyzer(LuceneVersion.LUCENE_48);
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
