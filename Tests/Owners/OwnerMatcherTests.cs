using System.Text.Json;
using CouncilMinutes.Ingestion.Owners;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Owners;

/// <summary>The matcher against the owner strings the labelled corpus holds, and the ways minutes vary a name.</summary>
public class OwnerMatcherTests
{
    /// <summary>A directory as a clerk would write it for these councils: names as the council uses them, a few aliases.</summary>
    private static readonly Owner[] Directory =
    [
        Owner("Executive Director of Children's Services", "Director of Children's Services"),
        Owner("Chief Executive"),
        Owner("Chair", "Vice-Chair"),
        Owner("Officers"),
        Owner("Members"),
        Owner("The Board"),
        Owner("Convener of the Civic Events Working Group"),
        Owner("Cllr P. Lloyd Jones", "Councillor Lloyd Jones"),
        Owner("Councillor Ryan"),
        Owner("Strategic Director - People"),
        Owner("Head of Legal & Democratic Services"),
    ];

    private static readonly OwnerMatcher Matcher = new(Directory);

    /// <summary>Each owner string a label in the corpus names, and whom it means.</summary>
    private static readonly Dictionary<string, string[]> CorpusOwners = new(StringComparer.Ordinal)
    {
        ["Executive Director of Children's Services"] = ["Executive Director of Children's Services"],
        ["Officers"] = ["Officers"],
        ["Members"] = ["Members"],
        ["the convener of the Civic Events Working Group"] = ["Convener of the Civic Events Working Group"],
        ["the Board"] = ["The Board"],
        ["Councillors Lloyd Jones and Ryan"] = ["Cllr P. Lloyd Jones", "Councillor Ryan"],
        ["Chief Executive"] = ["Chief Executive"],
        ["Chairperson"] = ["Chair"],
        ["Chairman"] = ["Chair"],
    };

    [Fact]
    public void Every_owner_the_corpus_labels_name_matches_whom_it_means()
    {
        // The shared corpus's folders; blind and holdout stay unseen, as they are for the parser.
        var labelled = new[] { "seeds", "dev", "printed" }
            .SelectMany(folder => System.IO.Directory.EnumerateFiles(Parse.CorpusPath(folder), "*.json"))
            .SelectMany(path => Owners(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement))
            .ToHashSet(StringComparer.Ordinal);

        // A new owner string in the corpus must be added above, so the matcher is checked against it.
        Assert.Subset(CorpusOwners.Keys.ToHashSet(StringComparer.Ordinal), labelled);
        foreach (var owner in labelled)
        {
            Assert.Equal(CorpusOwners[owner], Matcher.Match(owner).Select(o => o.Name));
        }
    }

    [Theory]
    [InlineData("EXECUTIVE DIRECTOR OF CHILDREN’S SERVICES", "Executive Director of Children's Services")]
    [InlineData("the Director of Children's Services.", "Executive Director of Children's Services")]
    [InlineData("Strategic Director – People", "Strategic Director - People")]
    [InlineData("Strategic Director—People", "Strategic Director - People")]
    [InlineData("Head of Legal and Democratic Services", "Head of Legal & Democratic Services")]
    [InlineData("Chair", "Chair")]
    [InlineData("Vice Chairman", "Chair")]
    [InlineData("Officer", "Officers")]
    [InlineData("Cllr Ryan", "Councillor Ryan")]
    [InlineData("Ryan", "Councillor Ryan")]
    [InlineData("Councillor Lloyd Jones", "Cllr P. Lloyd Jones")]
    public void Names_written_differently_match_the_same_owner(string written, string owner) =>
        Assert.Equal(owner, Assert.Single(Matcher.Match(written)).Name);

    [Theory]
    [InlineData("Director of Adult Services")]
    [InlineData("Councillors Ryan and Smith")]
    [InlineData("Executive Director")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_the_directory_does_not_list_matches_no_one(string? written) =>
        Assert.Empty(Matcher.Match(written));

    [Fact]
    public void Two_owners_answering_to_one_name_are_a_clash()
    {
        var clash = Assert.Single(OwnerMatcher.Clashes([Owner("Chairman"), Owner("Chairperson of the Board", "Chair")]));

        Assert.Equal("chair", clash.Key);
    }

    private static Owner Owner(string name, params string[] aliases) => new(name, aliases, [], null);

    private static IEnumerable<string> Owners(JsonElement label) =>
        label.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
                .Where(i => i.TryGetProperty("actions", out var a) && a.ValueKind == JsonValueKind.Array)
                .SelectMany(i => i.GetProperty("actions").EnumerateArray())
                .Select(a => a.TryGetProperty("owner", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : null)
                .OfType<string>()
            : [];
}
