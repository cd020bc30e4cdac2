using System.Reflection;
using CouncilMinutes.Parsing;

namespace CouncilMinutes.Tests.Parsing;

/// <summary>Every generated pattern's matcher stays small enough for the JIT to optimise it.</summary>
public class RegexSizeTests
{
    /// <summary>
    /// The most IL a matcher may have. Past some 50 KB the JIT gives up optimising a method and runs it unoptimised for good:
    /// the attendance labels, once one pattern of 53 KB, ran five times slower on every line of every document. The largest
    /// matcher now is about 20 KB.
    /// </summary>
    private const int MaxMatcherIl = 32_000;

    [Fact]
    public void Every_generated_matcher_is_small_enough_to_be_optimised()
    {
        var matchers = typeof(MinutesParser).Assembly.GetTypes()
            .Where(t => t.FullName?.EndsWith("+RunnerFactory+Runner", StringComparison.Ordinal) == true)
            .Select(t => (Runner: t.FullName!, Il: t.GetMethod("TryMatchAtCurrentPosition", BindingFlags.Instance | BindingFlags.NonPublic)?.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0))
            .ToList();

        Assert.True(matchers.Count > 100, $"found only {matchers.Count} matchers");
        Assert.All(matchers, m => Assert.True(m.Il <= MaxMatcherIl, $"{m.Runner}: {m.Il} bytes of IL"));
    }
}
