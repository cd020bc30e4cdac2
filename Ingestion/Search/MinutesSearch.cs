using System.IO.Compression;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CouncilMinutes.Ingestion.Keys;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Search;

/// <summary>
/// Search across stored minutes: a Lucene index of every item (title, text, decisions, actions) that ingestion updates
/// and that lives as one blob (<c>minutes-parsed/search/index.zip</c>), so that any instance can load it. Each update
/// is conditional on the blob's ETag and tried again when another instance changed it meanwhile: nothing is lost.
/// </summary>
public sealed partial class MinutesSearch(StorageClients clients, MeetingQueries meetings, IOptions<SearchOptions> options, ILogger<MinutesSearch> logger)
    : IDisposable
{
    public const string IndexBlobName = "search/index.zip";

    /// <summary>The longest query read, in characters, and the most words of it used.</summary>
    public const int MaxQueryLength = 200;

    public const int MaxQueryTerms = 20;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Analyzer English = new EnglishAnalyzer(Version);
    private readonly SearchOptions _options = options.Value;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (ETag Tag, DirectoryReader Reader)? _loaded;

    private BlobClient IndexBlob => clients.Blobs.GetBlobContainerClient(StorageNames.ParsedContainer).GetBlobClient(IndexBlobName);

    /// <summary>Puts the stored meeting's items in the index in place of what it held of the meeting (none when it is gone).</summary>
    public Task IndexAsync(MeetingKey key, CancellationToken cancellationToken) => IndexAsync([key], cancellationToken);

    /// <summary>Puts the stored meetings' items in the index in one update (a rebuild, or many meetings stored at once).</summary>
    public async Task IndexAsync(IReadOnlyCollection<MeetingKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var contents = new List<(MeetingKey Key, MeetingContent? Content)>();
        foreach (var key in keys)
        {
            contents.Add((key, await meetings.GetAsync(key, cancellationToken).ConfigureAwait(false)));
        }

        for (var attempt = 1; ; attempt++)
        {
            var (tag, directory) = await DownloadAsync(cancellationToken).ConfigureAwait(false);
            using (directory)
            {
                using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, English)))
                {
                    foreach (var (key, content) in contents)
                    {
                        writer.DeleteDocuments(new Term(Fields.Meeting, key.Value));
                        foreach (var document in Documents(content))
                        {
                            writer.AddDocument(document);
                        }
                    }

                    writer.Commit();
                }

                var zipped = Zip(directory);
                if (zipped.Length > _options.MaxIndexBytes)
                {
                    LogTooLarge(logger, zipped.Length, _options.MaxIndexBytes);
                    return;
                }

                try
                {
                    var conditions = tag is { } t ? new BlobRequestConditions { IfMatch = t } : new BlobRequestConditions { IfNoneMatch = ETag.All };
                    await IndexBlob.UploadAsync(new BinaryData(zipped), new BlobUploadOptions { Conditions = conditions }, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ConditionNotMet || e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
                {
                    if (attempt >= _options.MaxUpdateAttempts)
                    {
                        throw;
                    }

                    // Another instance stored its meeting first: add ours to what it wrote.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100 * attempt)), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>The items that have every word of <paramref name="query"/> (stemmed), best first.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = Words(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms).ToList();
        if (words.Count == 0 || await ReaderAsync(cancellationToken).ConfigureAwait(false) is not { } reader)
        {
            return [];
        }

        var all = new BooleanQuery();
        foreach (var word in words)
        {
            all.Add(new BooleanQuery
            {
                { new TermQuery(new Term(Fields.Heading, word)) { Boost = 2 }, Occur.SHOULD },
                { new TermQuery(new Term(Fields.Decisions, word)) { Boost = 1.5f }, Occur.SHOULD },
                { new TermQuery(new Term(Fields.Actions, word)), Occur.SHOULD },
                { new TermQuery(new Term(Fields.Text, word)), Occur.SHOULD },
            }, Occur.MUST);
        }

        var searcher = new IndexSearcher(reader);
        return [.. searcher.Search(all, Math.Clamp(max, 1, 100)).ScoreDocs.Select(hit => Hit(searcher.Doc(hit.Doc), words))];
    }

    public void Dispose()
    {
        _loaded?.Reader.Dispose();
        _loading.Dispose();
    }

    private static SearchHit Hit(Document document, IReadOnlyList<string> words)
    {
        var decisions = document.GetValues(Fields.Decisions);
        var actions = document.GetValues(Fields.Actions);

        // The line that shows why it matched: a decision or action with the words, else the item's text.
        var lines = decisions.Select(d => (SearchHitKind.Decision, d)).Concat(actions.Select(a => (SearchHitKind.Action, a)))
            .Append((SearchHitKind.Item, document.Get(Fields.Text) ?? ""));
        var (kind, line) = lines.FirstOrDefault(l => Words(l.Item2).Intersect(words).Any(), lines.Last());
        return new SearchHit(MeetingKey.TryParse(document.Get(Fields.Meeting), out var key) ? key : throw new InvalidDataException("an index entry without its meeting"),
            document.Get(Fields.Committee), document.Get(Fields.Heading) ?? "", line.Length > 300 ? line[..300] + "…" : line, kind);
    }

    private static IEnumerable<Document> Documents(MeetingContent? content)
    {
        if (content is null)
        {
            yield break;
        }

        foreach (var item in content.Items)
        {
            var document = new Document
            {
                new StringField(Fields.Meeting, content.Meeting.Key.Value, Field.Store.YES),
                new StoredField(Fields.Committee, content.Meeting.Committee ?? content.Meeting.Key.Committee),
                new TextField(Fields.Heading, string.Join(' ', new[] { item.Number, item.Title }.Where(s => !string.IsNullOrWhiteSpace(s))), Field.Store.YES),
                new TextField(Fields.Text, item.Text, Field.Store.YES),
            };
            foreach (var resolution in item.Resolutions)
            {
                document.Add(new TextField(Fields.Decisions, resolution.Text, Field.Store.YES));
            }

            foreach (var action in item.Actions)
            {
                document.Add(new TextField(Fields.Actions, action.Text, Field.Store.YES));
            }

            yield return document;
        }
    }

    /// <summary>The index as stored, with its ETag, or an empty one (no ETag) before the first meeting.</summary>
    private async Task<(ETag? Tag, RAMDirectory Directory)> DownloadAsync(CancellationToken cancellationToken)
    {
        var directory = new RAMDirectory();
        try
        {
            var download = await IndexBlob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            Unzip(download.Value.Content.ToArray(), directory);
            return (download.Value.Details.ETag, directory);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return (null, directory);
        }
    }

    /// <summary>The index to search: loaded again only when the blob changed since (one metadata request per search).</summary>
    private async Task<DirectoryReader?> ReaderAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ETag current;
            try
            {
                current = (await IndexBlob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag;
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
            {
                return null;
            }

            if (_loaded is not { } loaded || loaded.Tag != current)
            {
                var (tag, directory) = await DownloadAsync(cancellationToken).ConfigureAwait(false);
                _loaded?.Reader.Dispose();
                _loaded = (tag ?? current, DirectoryReader.Open(directory));
            }

            return _loaded.Value.Reader;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>The analysed words of a text, as the index holds them.</summary>
    private static IEnumerable<string> Words(string text)
    {
        using var stream = English.GetTokenStream(Fields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var words = new List<string>();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private static byte[] Zip(RAMDirectory directory)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in directory.ListAll())
            {
                using var input = directory.OpenInput(name, IOContext.READ_ONCE);
                var bytes = new byte[input.Length];
                input.ReadBytes(bytes, 0, bytes.Length);
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static void Unzip(byte[] zipped, RAMDirectory directory)
    {
        using var zip = new ZipArchive(new MemoryStream(zipped), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var input = entry.Open();
            using var copy = new MemoryStream();
            input.CopyTo(copy);
            using var output = directory.CreateOutput(entry.Name, IOContext.DEFAULT);
            output.WriteBytes(copy.GetBuffer(), 0, (int)copy.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index is {Bytes} bytes, over Search:MaxIndexBytes ({Max}): it is no longer updated. Move search to Azure AI Search (docs/web.md).")]
    private static partial void LogTooLarge(ILogger logger, long bytes, long max);

    private static class Fields
    {
        public const string Meeting = "meeting";
        public const string Committee = "committee";
        public const string Heading = "heading";
        public const string Text = "text";
        public const string Decisions = "decisions";
        public const string Actions = "actions";
    }
}

/// <summary>What a search found: an item of a meeting, and the line of it that matched.</summary>
public sealed record SearchHit(MeetingKey Meeting, string? Committee, string ItemHeading, string Line, SearchHitKind Kind);

/// <summary>What the matching line is.</summary>
public enum SearchHitKind
{
    Decision,
    Action,
    Item,
}
