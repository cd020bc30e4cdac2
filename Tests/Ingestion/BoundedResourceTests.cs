using System.Diagnostics;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Parsing.Limits;
using CouncilMinutes.Tests.Support;
using Xunit.Abstractions;

namespace CouncilMinutes.Tests.Ingestion;

/// <summary>
/// Documents built to crash, exhaust or stall the pipeline are each quarantined with the limit they broke, within a
/// bounded memory and time, and the pipeline goes on. They run alone (<see cref="SerialCollection"/>): peak memory is the process's.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class BoundedResourceTests(BoundedResourceTests.Pipeline pipeline, ITestOutputHelper output) : IClassFixture<BoundedResourceTests.Pipeline>
{
    private const long MaxPeakBytes = 1L << 30;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(5);
    private const long Gigabyte = 1L << 30;

    /// <summary>One pipeline on its own Azurite for every case.</summary>
    public sealed class Pipeline : IAsyncLifetime
    {
        internal PipelineHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await PipelineHost.StartAloneAsync();

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    public static TheoryData<string> Cases => new(Hostile.Keys);

    /// <summary>Each case: the document, the quarantine reason, and the setting its message must name (null: none).</summary>
    private static readonly Dictionary<string, (Func<byte[]> Make, QuarantineReason Reason, DocumentLimit? Limit)> Hostile = new()
    {
        ["nested-tables.docx"] = (() => HostileDocuments.NestedTablesDocx(10_000), QuarantineReason.OverLimit, DocumentLimit.MaxNestingDepth),
        ["content-stream-bomb.pdf"] = (() => HostileDocuments.InflatingPdf(Gigabyte + 1), QuarantineReason.OverLimit, DocumentLimit.MaxPartBytes),
        ["document-xml-bomb.docx"] = (() => HostileDocuments.InflatingDocx(Gigabyte + 1), QuarantineReason.OverLimit, DocumentLimit.MaxPartBytes),
        // The ZIP reader stops at the size a part declares, so a part that hides its size reads as a damaged package.
        ["document-xml-bomb-sizes-hidden.docx"] = (() => HostileDocuments.InflatingDocx(Gigabyte + 1, declareSize: false), QuarantineReason.Corrupt, null),
        ["many-glyphs.pdf"] = (() => HostileDocuments.ManyGlyphsPdf(31L << 20), QuarantineReason.OverLimit, DocumentLimit.MaxCharactersPerPage),
        ["many-glyphs-uncompressed.pdf"] = (() => HostileDocuments.ManyGlyphsPdf(4L << 20, compress: false), QuarantineReason.OverLimit, DocumentLimit.MaxCharactersPerPage),
        ["stray-end-tags.html"] = (() => HostileDocuments.StrayEndTagsHtml(100_000), QuarantineReason.OverLimit, DocumentLimit.MaxNestingDepth),
        ["deep-quotes.md"] = (() => System.Text.Encoding.UTF8.GetBytes(new string('>', 100_000) + " deep\n"), QuarantineReason.OverLimit, DocumentLimit.MaxNestingDepth),
        ["deep.xml"] = (() => HostileDocuments.DeepModernGovXml(100_000), QuarantineReason.OverLimit, DocumentLimit.MaxNestingDepth),
        ["with-dtd.xml"] = (HostileDocuments.ModernGovXmlWithDtd, QuarantineReason.UnsupportedFormat, null),
        ["shopping-list.txt"] = (HostileDocuments.ShoppingList, QuarantineReason.NotMinutes, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_document_is_quarantined_with_the_limit_it_broke_in_bounded_memory_and_time(string name)
    {
        var (make, reason, limit) = Hostile[name];
        var content = make();
        var blobName = $"hostile/{name}";
        await pipeline.Host.UploadAsync(blobName, content);

        IngestionResult result = null!;
        var clock = Stopwatch.StartNew();
        var peak = await PeakMemory.MeasureAsync(async () => result = await pipeline.Host.Ingestion.ProcessAsync(blobName));
        clock.Stop();
        output.WriteLine($"{name}: {content.Length / 1024} KB, {result.Reason}, peak {peak / (1024 * 1024)} MB, {clock.Elapsed.TotalMilliseconds:0} ms");

        Assert.Equal((IngestionStatus.Quarantined, reason), (result.Status, result.Reason));
        if (limit is { } broken)
        {
            Assert.Contains(DocumentLimits.SettingOf(broken), result.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Dtd", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(peak < MaxPeakBytes, $"{name}: peak memory {peak / (1024 * 1024)} MB");
        Assert.True(clock.Elapsed < MaxTime, $"{name}: took {clock.Elapsed.TotalSeconds:0.0} s");
        var record = await new DocumentLedger(pipeline.Host.Clients).GetAsync(StorageNames.InboxContainer, blobName, CancellationToken.None);
        Assert.Equal((DocumentStatus.Failed, reason), (record?.Status, record?.Reason));
    }
}
