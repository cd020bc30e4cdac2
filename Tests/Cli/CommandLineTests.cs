using System.Text.Json;
using CouncilMinutes.Cli;
using CouncilMinutes.Parsing.Json;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Cli;

/// <summary>Runs the <c>minutes</c> command in-process; the console is swapped, so these tests run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

[Collection(nameof(ConsoleCollection))]
public class CommandLineTests
{
    internal static async Task<(int ExitCode, string Out, string Error)> Run(params string[] args)
    {
        var (exit, output, error) = await ConsoleCapture.RunAsync(() => MinutesCommandLine.RunAsync(args));
        return (exit, output, error);
    }

    [Fact]
    public async Task Parse_json_prints_the_label_schema_field_names()
    {
        var (exit, output, _) = await Run("parse", Parse.CorpusPath("seeds", "001_8374e71d7d5c0b11.txt"), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2024-09-09", root.GetProperty("meeting_date").GetString());
        Assert.Equal("20:35", root.GetProperty("meeting_end_time").GetString());
        Assert.Equal("2024-07-15", root.GetProperty("previous_minutes_date").GetString());
        var item = root.GetProperty("items")[4];
        Assert.Equal("CYP14", item.GetProperty("number").GetString());
        Assert.Equal("Executive Director of Children's Services", item.GetProperty("action_owner").GetString());
        var action = item.GetProperty("actions")[0];
        Assert.Equal(["text", "owner", "due"], action.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["present", "chair", "vice_chair", "apologies", "officers", "also_attending"],
            root.GetProperty("attendance").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Parse_json_prints_one_line_per_document_that_round_trips_through_the_contract()
    {
        var (exit, output, _) = await Run("parse", "--json", Parse.CorpusPath("seeds", "002_9a4f3b5bc54aca4e.txt"), Parse.CorpusPath("dev", "020_maldon_issue.txt"));

        Assert.Equal(0, exit);
        var meetings = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(MinutesJson.FromJson).ToList();
        Assert.Equal(["25", "826"], meetings.Select(m => m.Items.Single().Number));
    }

    [Fact]
    public async Task Parse_reads_the_documents_of_a_folder_and_passes_over_labels()
    {
        var (exit, output, error) = await Run("parse", "--json", Parse.CorpusPath("printed"));

        Assert.Equal(0, exit);
        var sources = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => MinutesJson.FromJson(line).Source);
        Assert.Contains("halton-cyp-2024-09-09.pdf", sources);
        Assert.Contains("skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ends_with_examples_of_the_command()
    {
        var (exit, output, _) = await Run("parse", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
        Assert.Contains("minutes parse minutes/ --json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_line_that_does_not_parse_exits_2()
    {
        var (exit, _, error) = await Run("parse", "--no-such-option", Parse.CorpusPath("printed"));

        Assert.Equal(ExitCodes.CannotRun, exit);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_is_named_with_the_reason_and_exits_2()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(empty, []);
        try
        {
            var (exit, _, error) = await Run("parse", empty);

            Assert.Equal(2, exit);
            Assert.Contains("empty", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public async Task Settings_given_as_arguments_reach_the_parser()
    {
        var (exit, _, error) = await Run("parse", Parse.CorpusPath("seeds", "004_6e0a7cef810b3a72.txt"), "--Limits:MaxDocumentBytes=100");

        Assert.Equal(2, exit);
        Assert.Contains("limit of 100 bytes", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-01")]
    [InlineData("01/02/2024")]
    [InlineData("1 February 2024")]
    public async Task A_date_is_read_day_first_as_the_UK_writes_it(string date)
    {
        var undated = Path.Combine(Path.GetTempPath(), $"undated-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(undated, "Minutes of the Planning Committee\n\nPresent: Councillors Logan and Ryan\n\n1. Apologies\n\nApologies were received from Councillor Baker.\n\n2. Minutes\n\nRESOLVED: That the minutes be approved.\n");
        try
        {
            var (exit, output, _) = await Run("parse", undated, "--json", "--date", date);

            Assert.Equal(0, exit);
            Assert.Contains("2024-02-01", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(undated);
        }
    }

    [Theory]
    [InlineData("02/13/2024")]
    [InlineData("next Tuesday")]
    public async Task A_date_in_another_form_is_refused_with_the_forms_it_takes(string date)
    {
        var (exit, _, error) = await Run("parse", Parse.CorpusPath("seeds", "004_6e0a7cef810b3a72.txt"), "--date", date);

        Assert.Equal(ExitCodes.CannotRun, exit);
        Assert.Contains("dd/mm/yyyy (day first)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_fails_with_exit_1_and_ends_with_a_verdict_naming_the_fields_below_their_floors()
    {
        var (passing, passed, _) = await Run("eval", Parse.CorpusPath("seeds"), "--min-score", "items=0.9");
        var (failing, output, _) = await Run("eval", Parse.CorpusPath("seeds"), "--min-f1", "1.01");

        Assert.Equal(0, passing);
        Assert.EndsWith("PASS: 1 floor met.", passed.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("FAILS", passed, StringComparison.Ordinal);
        Assert.Equal(1, failing);
        Assert.Contains("FAILS", output, StringComparison.Ordinal);
        Assert.EndsWith("FAIL: 4 of 4 floors not met: items 1.000 < 1.01; resolutions 1.000 < 1.01; actions 1.000 < 1.01; attendance 1.000 < 1.01.",
            output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_json_is_machine_readable()
    {
        var (exit, output, _) = await Run("eval", Parse.CorpusPath("printed"), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
    }
}
