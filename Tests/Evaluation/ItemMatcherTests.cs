using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Parsing.Json;
using static CouncilMinutes.Tests.Evaluation.MinutesScorerTests;

namespace CouncilMinutes.Tests.Evaluation;

public class ItemMatcherTests
{
    [Fact]
    public void Items_match_by_number_before_anything_else()
    {
        List<ItemJson> label = [Item("16", "Council Minutes"), Item("17", "The Mayor's Announcements")];
        List<ItemJson> predicted = [Item("17.", "Announcements"), Item("16", "Minutes of Council")];

        var matching = ItemMatcher.Match(label, predicted);

        Assert.Equal([new ItemPair(0, 1, ItemMatchBasis.Number), new ItemPair(1, 0, ItemMatchBasis.Number)], matching.Pairs);
    }

    [Fact]
    public void Differently_numbered_items_never_match_by_title()
    {
        List<ItemJson> label = [Item("27", "Children and Young People's Plan 2011-14 - KEY DECISION")];
        List<ItemJson> predicted = [Item("19", "Children and Young People's Plan 2011-14 - KEY DECISION")];

        var matching = ItemMatcher.Match(label, predicted);

        // Alone in their gap they still pair by order: the parser found an item there, with a wrong number.
        Assert.Equal([new ItemPair(0, 0, ItemMatchBasis.Order)], matching.Pairs);
    }

    [Fact]
    public void Unnumbered_items_match_by_title_across_a_missed_item()
    {
        List<ItemJson> label = [Item(null, "Council Minutes"), Item(null, "Leader's Report"), Item(null, "Executive Board minutes")];
        List<ItemJson> predicted = [Item(null, "Minutes"), Item(null, "Minutes of the Executive Board")];

        var matching = ItemMatcher.Match(label, predicted);

        Assert.Equal([new ItemPair(0, 0, ItemMatchBasis.Title), new ItemPair(2, 1, ItemMatchBasis.Title)], matching.Pairs);
        Assert.Equal([1], matching.MissedLabelItems);
        Assert.Empty(matching.SpuriousPredictedItems);
    }

    [Fact]
    public void Garbled_title_is_still_found_by_its_place()
    {
        List<ItemJson> label = [Item(null, "Declarations of Interest"), Item(null, "minutes"), Item(null, "Shared Services Board")];
        List<ItemJson> predicted = [Item(null, "Declarations of Interest"), Item(null, "Minutes pdf icon PDF 57 KB Minutes of the meeting"), Item(null, "Shared Services Board")];

        var matching = ItemMatcher.Match(label, predicted);

        Assert.Contains(new ItemPair(1, 1, ItemMatchBasis.Order), matching.Pairs);
        Assert.Empty(matching.MissedLabelItems);
    }

    [Fact]
    public void Untitled_items_pair_by_content_when_one_is_missing()
    {
        List<ItemJson> label =
        [
            Item(null, null, resolutions: ["the minutes be noted"]),
            Item(null, null, resolutions: ["that a further report be submitted to the Board on staff communication"]),
            Item(null, null),
        ];
        List<ItemJson> predicted = [Item(null, null, resolutions: ["That a further report be submitted to the Board on staff communication."]), Item(null, null)];

        var matching = ItemMatcher.Match(label, predicted);

        Assert.Equal([new ItemPair(1, 0, ItemMatchBasis.Order), new ItemPair(2, 1, ItemMatchBasis.Order)], matching.Pairs);
        Assert.Equal([0], matching.MissedLabelItems);
    }

    [Fact]
    public void Order_matching_pairs_from_the_start_when_nothing_else_tells_items_apart()
    {
        List<ItemJson> label = [Item(null, null), Item(null, null), Item(null, null)];
        List<ItemJson> predicted = [Item(null, null), Item(null, null)];

        var matching = ItemMatcher.Match(label, predicted);

        Assert.Equal([new ItemPair(0, 0, ItemMatchBasis.Order), new ItemPair(1, 1, ItemMatchBasis.Order)], matching.Pairs);
        Assert.Equal([2], matching.MissedLabelItems);
    }

    [Fact]
    public void Extra_predicted_items_are_spurious()
    {
        List<ItemJson> label = [Item("CYP10", "MINUTES")];
        List<ItemJson> predicted = [Item("CYP10", "MINUTES"), Item("CYP11", "PUBLIC QUESTION TIME")];

        var matching = ItemMatcher.Match(label, predicted);

        Assert.Equal([1], matching.SpuriousPredictedItems);
        Assert.Empty(matching.MissedLabelItems);
    }
}
