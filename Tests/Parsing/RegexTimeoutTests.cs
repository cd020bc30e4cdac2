using System.Reflection;
using System.Text.RegularExpressions;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>Every pattern the parser runs on a document's text gives up after <see cref="MatchTimeout.Milliseconds"/>.</summary>
public class RegexTimeoutTests
{
    [Fact]
    public void Every_generated_pattern_of_the_parser_has_the_match_timeout()
    {
        var patterns = typeof(MinutesParser).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToList();

        Assert.True(patterns.Count > 100, $"found only {patterns.Count} patterns");
        Assert.All(patterns, method =>
            Assert.Equal(TimeSpan.FromMilliseconds(MatchTimeout.Milliseconds), ((Regex)method.Invoke(null, null)!).MatchTimeout));
    }
}
