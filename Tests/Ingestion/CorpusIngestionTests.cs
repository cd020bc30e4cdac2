using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Evaluation;
using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Ingestion;

public class CorpusIngestionTests
{
    [Fact]
    public async Task Every_corpus_document_ingests_and_its_rows_match_the_parsers_output()
    {
        await using var host = await PipelineHost.StartAloneAsync();
        var documents = CorpusEvaluator.FindDocuments([Parse.CorpusPath()]);
        var day = new DateOnly(2001, 1, 1);
        foreach (var document in documents)
        {
            var bytes = File.ReadAllBytes(document.DocumentPath);
            var label = document.ReadLabel();

            var committee = label.Committee ?? $"Committee of {document.Name}";

            // What the text lacks comes from metadata, as the scraper or a clerk would give it.
            var metadata = new Dictionary<string, string>
            {
                // Metadata travels in HTTP headers: escaped, as the command line and the scraper escape it.
                [IngestionService.Metadata.Committee] = Uri.EscapeDataString(committee),
                [IngestionService.Metadata.MeetingDate] = label.MeetingDate ?? (day = day.AddDays(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            var result = await host.IngestAsync(document.Name, bytes, metadata);
            var parsed = new MinutesParser().Parse(bytes, document.Name, new SourceHints { Committee = committee }).Meeting!;

            Assert.True(result.Status == IngestionStatus.Ingested, $"{document.Name}: {result.Status} {result.Reason} {result.Message}");
            var items = await host.RowsAsync(StorageNames.ItemsTable, result.MeetingKey!);
            var resolutions = await host.RowsAsync(StorageNames.ResolutionsTable, result.MeetingKey!);
            if (parsed.Scope == DocumentScope.WholeMeeting)
            {
                Assert.Equal(parsed.Items.Count, items.Count);
                Assert.Equal(parsed.Items.Sum(i => i.Resolutions.Count), resolutions.Count);
            }

            foreach (var resolution in parsed.Items.SelectMany(i => i.Resolutions))
            {
                Assert.Contains(resolutions, row => row.Contains($"Text={resolution.Text}", StringComparison.Ordinal));
            }

            var actions = await host.RowsAsync(StorageNames.ActionsTable, result.MeetingKey!);
            foreach (var action in parsed.Actions)
            {
                Assert.Contains(actions, row => row.Contains($"Text={action.Text}", StringComparison.Ordinal));
            }
        }
    }
}
