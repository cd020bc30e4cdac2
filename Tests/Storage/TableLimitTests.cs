using Azure.Data.Tables;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Tables;
using CouncilMinutes.Ingestion.Tables.Rows;
using FsCheck;
using FsCheck.Xunit;

namespace CouncilMinutes.Tests.Storage;

/// <summary>Table Storage's limits, which Azurite does not enforce: our batching must.</summary>
public class TableLimitTests
{
    private static TableTransactionAction Upsert(string partition, string row, string? text = null) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row) { ["Text"] = text ?? "x" });

    [Fact]
    public void A_batch_holds_one_partition_and_at_most_a_hundred_operations()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Upsert("a", $"{i:D3}"))
            .Concat(Enumerable.Range(0, 5).Select(i => Upsert("b", $"{i:D3}")));

        var batches = TableBatches.Plan(actions).ToList();

        Assert.Equal([100, 100, 50, 5], batches.Select(b => b.Count));
        Assert.All(batches, b => Assert.Single(b.Select(a => a.Entity.PartitionKey).Distinct()));
    }

    [Fact]
    public void A_batch_stays_under_four_megabytes()
    {
        var large = new string('y', TableLimits.CharactersPerString);
        var actions = Enumerable.Range(0, 100).Select(i => Upsert("a", $"{i:D3}", large)).ToList();

        var batches = TableBatches.Plan(actions).ToList();

        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.True(b.Sum(a => EntitySize.Of(a.Entity)) <= TableLimits.BytesPerBatch));
        Assert.Equal(100, batches.Sum(b => b.Count));
    }

    [Fact]
    public void A_row_touched_twice_goes_in_two_batches_in_order()
    {
        var batches = TableBatches.Plan([Upsert("a", "1", "first"), Upsert("a", "2"), Upsert("a", "1", "second")]).ToList();

        Assert.Equal(2, batches.Count);
        Assert.Equal("second", ((TableEntity)batches[1][0].Entity).GetString("Text"));
    }

    [Fact]
    public void An_entity_over_a_megabyte_is_refused_before_it_is_sent()
    {
        var entity = new TableEntity("a", "1");
        for (var i = 0; i < 20; i++)
        {
            entity[$"P{i}"] = new string('z', TableLimits.CharactersPerString);
        }

        Assert.Throws<InvalidOperationException>(() => TableBatches.Plan([new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity)]).ToList());
    }

    [Fact]
    public void A_typed_row_over_a_megabyte_is_refused_before_it_is_sent()
    {
        // Text not fitted to the property limit: nothing but our own check stands between it and Azurite, which would take it.
        var row = new ItemRow { PartitionKey = "a", RowKey = "001", Text = new string('z', 600_000) };

        Assert.Throws<InvalidOperationException>(() => TableBatches.Plan([new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)]).ToList());
    }

    [Fact]
    public void A_typed_row_measures_as_the_same_columns_in_a_table_entity()
    {
        var row = new OwnerRow { PartitionKey = "halton", RowKey = "dcs", Name = "Director", Aliases = "[\"DCS\"]", Emails = "[]" };
        var entity = new TableEntity("halton", "dcs") { ["Name"] = "Director", ["Aliases"] = "[\"DCS\"]", ["Emails"] = "[]", ["Webhook"] = null };

        Assert.Equal(EntitySize.Of(entity), EntitySize.Of(row));
    }

    [Fact]
    public void Typed_rows_of_one_partition_are_batched_within_the_limits()
    {
        var large = new string('y', TableLimits.CharactersPerString);
        var rows = Enumerable.Range(1, 250).Select(i => new ItemRow { PartitionKey = "m", RowKey = MeetingRows.ItemKey(i), Text = large, Bullets = large });

        var batches = TableBatches.Plan(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))).ToList();

        Assert.All(batches, b => Assert.True(b.Count <= TableLimits.OperationsPerBatch && b.Sum(a => EntitySize.Of(a.Entity)) <= TableLimits.BytesPerBatch));
        Assert.Equal(250, batches.Sum(b => b.Count));
        Assert.True(batches.Count > 3, $"{batches.Count} batches: a batch of 100 such rows would be 12 MB");
    }

    [Fact]
    public void Text_over_the_property_limit_is_cut_to_an_excerpt()
    {
        var text = PropertyText.Fit(new string('w', 100_000), out var truncated);

        Assert.True(truncated);
        Assert.Equal(TableLimits.CharactersPerString, text.Length);
    }

    [Property(MaxTest = 500)]
    public bool Escaped_keys_hold_no_forbidden_character_and_unescape_to_the_original(string value)
    {
        value ??= "";
        if (value.Length > 150)
        {
            value = value[..150];
        }

        var key = TableKey.Escape(value);
        return !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)) && TableKey.Unescape(key) == value;
    }

    [Property(MaxTest = 200)]
    public bool Keys_too_long_for_a_table_are_shortened_the_same_way_each_time_and_stay_distinct(NonEmptyString a, NonEmptyString b)
    {
        var first = new string('/', 300) + a.Get;
        var second = new string('/', 300) + b.Get;
        var key = TableKey.Escape(first);
        return key.Length <= TableKey.MaxLength && key == TableKey.Escape(first) && (a.Get == b.Get) == (key == TableKey.Escape(second))
               && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    [Theory]
    [InlineData("Children Young People and Families Policy and Performance Board", "children-young-people-and-families-policy-and-performance-board")]
    [InlineData("Policy & Resources Committee", "policy-and-resources-committee")]
    [InlineData("Executive Director of Children's Services", "executive-director-of-childrens-services")]
    [InlineData("Cabinet Member – Highways (Cllr O'Brien)", "cabinet-member-highways-cllr-obrien")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string name, string slug) => Assert.Equal(slug, Slug.From(name));

    [Fact]
    public void Meeting_keys_read_back_what_they_write()
    {
        var second = new MeetingKey("planning-committee", new DateOnly(2015, 3, 25), 2);

        Assert.Equal("planning-committee_2015-03-25-2", second.Value);
        Assert.True(MeetingKey.TryParse(second.Value, out var read));
        Assert.Equal(second, read);
    }
}
