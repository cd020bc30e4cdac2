using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Parsing.Json;

namespace CouncilMinutes.Tests.Evaluation;

public class MinutesScorerTests
{
    [Theory]
    [MemberData(nameof(TestCorpus.Names), MemberType = typeof(TestCorpus))]
    public void Label_scored_against_itself_is_perfect(string name)
    {
        var label = TestCorpus.Label(name);

        var result = MinutesScorer.Score(label, label, name);

        Assert.Empty(result.Findings);
        AssertPerfect(result.Scores);
    }

    [Fact]
    public void Whole_corpus_scored_against_its_labels_is_perfect_on_every_field()
    {
        var labels = TestCorpus.Documents.ToDictionary(d => d.DocumentPath, d => d.ReadLabel());

        var report = new CorpusEvaluator(path => labels[path]).Evaluate(TestCorpus.Sets);

        Assert.Equal(labels.Count, report.Overall.Documents);
        Assert.Equal(["blind", "dev", "holdout", "printed", "seeds"], report.Subsets.Keys);
        AssertPerfect(report.Overall);
        Assert.All(report.Overall.AccuracyFields, f => Assert.True(f.Score.Total > 0, $"{f.Field} was never scored"));
        Assert.True(report.Overall.Attendance.TruePositives > 0);
        Assert.Empty(report.FieldsBelow(1.0));
        Assert.Empty(EvaluationTargets.Corpus.Unmet(report.Overall));
        Assert.Empty(EvaluationTargets.Seeds.Unmet(report.Subsets["seeds"]));
    }

    [Theory]
    [MemberData(nameof(TestCorpus.Names), MemberType = typeof(TestCorpus))]
    public void Label_with_one_item_removed_loses_exactly_that_item_and_its_texts(string name)
    {
        var label = TestCorpus.Label(name);
        for (var removed = 0; removed < label.Items.Count; removed++)
        {
            var item = label.Items[removed];
            var predicted = label with { Items = label.Items.Where((_, i) => i != removed).ToList() };

            var scores = MinutesScorer.Score(label, predicted).Scores;

            Assert.Equal(new SetScore(label.Items.Count - 1, 0, 1), scores.Items);
            Assert.Equal((double)(label.Items.Count - 1) / label.Items.Count, scores.Items.Recall, 12);
            Assert.Equal(1.0, scores.Items.Precision);
            Assert.Equal(item.Resolutions.Count, scores.Resolutions.FalseNegatives);
            Assert.Equal(0, scores.Resolutions.FalsePositives);
            Assert.Equal(item.Actions.Count, scores.Actions.FalseNegatives);
            Assert.Equal(0, scores.Actions.FalsePositives);
        }
    }

    [Theory]
    [MemberData(nameof(TestCorpus.Names), MemberType = typeof(TestCorpus))]
    public void Order_of_texts_within_an_item_does_not_matter(string name)
    {
        var label = TestCorpus.Label(name);
        var shuffled = label with
        {
            Items = label.Items.Select(i => i with
            {
                Resolutions = Enumerable.Reverse(i.Resolutions).ToList(),
                Actions = Enumerable.Reverse(i.Actions).ToList(),
            }).ToList(),
        };

        AssertPerfect(MinutesScorer.Score(label, shuffled).Scores);
    }

    [Fact]
    public void Seeds_style_resolution_is_found_in_a_dev_style_label()
    {
        var label = Meeting(Item("1", "Minutes", resolutions: ["That the minutes be received."]));
        var predicted = Meeting(Item("1", "Minutes", resolutions: ["the minutes be received"]));

        Assert.Equal(new SetScore(1, 0, 0), MinutesScorer.Score(label, predicted).Scores.Resolutions);
    }

    [Fact]
    public void Action_in_the_wrong_item_counts_as_missed_and_spurious()
    {
        var action = new ActionJson { Text = "The Chief Executive would circulate the slides to Members", Owner = "Chief Executive" };
        var label = Meeting(Item("1", "Minutes"), Item("2", "Leader's Report", actions: [action]));
        var predicted = Meeting(Item("1", "Minutes", actions: [action]), Item("2", "Leader's Report"));

        var result = MinutesScorer.Score(label, predicted);

        Assert.Equal(new SetScore(2, 0, 0), result.Scores.Items);
        Assert.Equal(new SetScore(0, 1, 1), result.Scores.Actions);
        Assert.Equal(new SetScore(1, 0, 0), result.Scores.ActionsAnyItem);
        Assert.Equal(AccuracyScore.Zero, result.Scores.ActionOwner);
        Assert.Contains(result.Findings, f => f is { Field: EvaluatedField.Actions, Kind: FindingKind.Missed, Item: "2 Leader's Report" });
        Assert.Contains(result.Findings, f => f is { Field: EvaluatedField.Actions, Kind: FindingKind.Spurious, Item: "1 Minutes" });
    }

    [Fact]
    public void Texts_under_an_unmatched_item_count_fully()
    {
        var label = Meeting(Item("1", "Minutes", resolutions: ["the minutes be approved"]));
        var predicted = Meeting(Item("1", "Minutes", resolutions: ["the minutes be approved"]), Item("2", "Other business", resolutions: ["the report be noted"]));

        var scores = MinutesScorer.Score(label, predicted).Scores;

        Assert.Equal(new SetScore(1, 1, 0), scores.Items);
        Assert.Equal(new SetScore(1, 1, 0), scores.Resolutions);
    }

    [Theory]
    [InlineData("Chief Executive", "the Chief Executive", true)]
    [InlineData(null, null, true)]
    [InlineData("Officers", null, false)]
    [InlineData("Members", "Officers", false)]
    public void Action_owner_is_scored_over_matched_actions(string? labelOwner, string? predictedOwner, bool correct)
    {
        const string Text = "In the meantime, the Chief Executive would circulate his presentation slides.";
        var label = Meeting(Item(null, "Leader's Report", actions: [new ActionJson { Text = Text, Owner = labelOwner }]));
        var predicted = Meeting(Item(null, "Leader's Report", actions: [new ActionJson { Text = Text, Owner = predictedOwner }]));

        var scores = MinutesScorer.Score(label, predicted).Scores;

        Assert.Equal(new AccuracyScore(correct ? 1 : 0, 1), scores.ActionOwner);
        Assert.Equal(new AccuracyScore(1, 1), scores.ActionDue);
    }

    [Fact]
    public void Attendance_names_match_without_bracketed_roles()
    {
        var label = Meeting() with { Attendance = new AttendanceJson { Present = ["Mrs Soyke (Chairman)", "Noakes (Vice-Chairman)"], Apologies = ["Weeden"] } };
        var predicted = Meeting() with { Attendance = new AttendanceJson { Present = ["Mrs Soyke", "Councillor Noakes"], Apologies = ["Weeden", "Ward"] } };

        var result = MinutesScorer.Score(label, predicted);

        Assert.Equal(new SetScore(3, 1, 0), result.Scores.Attendance);
        Assert.Contains(result.Findings, f => f is { Field: EvaluatedField.Attendance, Kind: FindingKind.Spurious, Context: "apologies", Actual: "Ward" });
    }

    [Fact]
    public void Attendance_is_not_scored_where_the_label_does_not_state_it()
    {
        var predicted = Meeting() with { Attendance = new AttendanceJson { Present = ["Logan"], Officers = ["A. Jones"] } };

        Assert.Equal(SetScore.Zero, MinutesScorer.Score(Meeting(), predicted).Scores.Attendance);

        var statesOnlyPresent = Meeting() with { Attendance = new AttendanceJson { Present = ["Logan"] } };
        Assert.Equal(new SetScore(1, 0, 0), MinutesScorer.Score(statesOnlyPresent, predicted).Scores.Attendance);
    }

    [Fact]
    public void Stated_attendance_the_parser_did_not_find_is_missed()
    {
        var label = Meeting() with { Attendance = new AttendanceJson { Present = ["Logan", "Baker"], Officers = [] } };

        Assert.Equal(new SetScore(0, 0, 2), MinutesScorer.Score(label, Meeting()).Scores.Attendance);
    }

    [Fact]
    public void Null_committee_or_date_in_the_label_is_not_counted()
    {
        var label = Meeting() with { Committee = null, MeetingDate = null };
        var predicted = Meeting() with { Committee = "Cabinet", MeetingDate = "2012-06-06" };

        var scores = MinutesScorer.Score(label, predicted).Scores;

        Assert.Equal(AccuracyScore.Zero, scores.Committee);
        Assert.Equal(AccuracyScore.Zero, scores.MeetingDate);
        Assert.Null(scores.Committee.Accuracy);
    }

    [Fact]
    public void Committee_and_date_are_scored_where_labelled()
    {
        var label = Meeting() with { Committee = "Lisburn & Castlereagh City Council", MeetingDate = "2020-02-12" };
        var predicted = Meeting() with { Committee = "Lisburn and Castlereagh City Council", MeetingDate = "2020-02-13" };

        var result = MinutesScorer.Score(label, predicted);

        Assert.Equal(new AccuracyScore(1, 1), result.Scores.Committee);
        Assert.Equal(new AccuracyScore(0, 1), result.Scores.MeetingDate);
        Assert.Contains(result.Findings, f => f is { Field: EvaluatedField.MeetingDate, Kind: FindingKind.Wrong, Expected: "2020-02-12", Actual: "2020-02-13" });
    }

    [Fact]
    public void No_prediction_misses_everything_labelled()
    {
        var label = TestCorpus.Label("seeds/001_8374e71d7d5c0b11.txt");

        var result = MinutesScorer.Score(label, null, failure: "The PDF is encrypted.");

        Assert.Equal("The PDF is encrypted.", result.Failure);
        Assert.Equal(1, result.Scores.Failures);
        Assert.Equal(new SetScore(0, 0, label.Items.Count), result.Scores.Items);
        Assert.Equal(label.Items.Sum(i => i.Resolutions.Count), result.Scores.Resolutions.FalseNegatives);
        Assert.Equal(0.0, result.Scores.Attendance.F1);
        Assert.Equal(new AccuracyScore(0, 1), result.Scores.MeetingDate);
    }

    private static void AssertPerfect(FieldScores scores)
    {
        Assert.All(scores.F1Fields, f =>
        {
            Assert.True(f.Score.F1 == 1.0, $"{f.Field} F1 {f.Score.F1}");
            Assert.Equal(0, f.Score.FalsePositives + f.Score.FalseNegatives);
        });
        Assert.All(scores.AccuracyFields, f => Assert.True(f.Score.Accuracy is null or 1.0, $"{f.Field} accuracy {f.Score.Accuracy}"));
    }

    internal static MinutesJson Meeting(params ItemJson[] items) => new() { Items = [.. items] };

    internal static ItemJson Item(string? number, string? title, List<string>? resolutions = null, List<ActionJson>? actions = null) =>
        new() { Number = number, Title = title, Resolutions = resolutions ?? [], Actions = actions ?? [] };
}
