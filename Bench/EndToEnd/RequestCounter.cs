using System.Diagnostics.Metrics;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>
/// Counts the HTTP requests the storage clients send, per document: every request HttpClient completes (retries included)
/// is one measurement of .NET's <c>http.client.request.duration</c>, which this listens to, and is added to the tally of the
/// document whose work sent it (an <see cref="AsyncLocal{T}"/> set around the work, so parallel documents are told apart).
/// </summary>
/// <remarks>
/// StorageClients builds its clients itself and takes no pipeline policy, so counting at HttpClient's own metric needs no
/// change to Ingestion and does not alter the requests (unlike a tracing listener, which adds a traceparent header).
/// Requests outside any tally (uploads before the run, reading rows back) are counted in <see cref="Unattributed"/> only.
/// </remarks>
public sealed class RequestCounter : IDisposable
{
    private const string MeterName = "System.Net.Http";
    private const string InstrumentName = "http.client.request.duration";
    private static readonly AsyncLocal<RequestTally?> Current = new();
    private readonly MeterListener _listener = new();
    private Func<int, StorageService> _serviceOf = _ => StorageService.Other;

    public RequestCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeterName && instrument.Name == InstrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Requests sent outside any tally.</summary>
    public RequestTally Unattributed { get; } = new();

    /// <summary>Which service a request went to, from its port (each Azurite has its own three).</summary>
    public void UsePorts(int blobPort, int queuePort, int tablePort) =>
        _serviceOf = port => port == blobPort ? StorageService.Blob : port == queuePort ? StorageService.Queue : port == tablePort ? StorageService.Table : StorageService.Other;

    /// <summary>Counts the requests sent by <paramref name="work"/> (and anything it starts) into a new tally.</summary>
    public static async Task<(T Result, RequestTally Requests)> CountAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var tally = new RequestTally();
        var outer = Current.Value;
        Current.Value = tally;
        try
        {
            return (await work(), tally);
        }
        finally
        {
            Current.Value = outer;
        }
    }

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var port = 0;
        var method = "?";
        foreach (var (name, value) in tags)
        {
            switch (name)
            {
                case "server.port" when value is int p:
                    port = p;
                    break;
                case "http.request.method" when value is string m:
                    method = m;
                    break;
            }
        }

        (Current.Value ?? Unattributed).Add(_serviceOf(port), method, seconds);
    }
}

/// <summary>The storage service a request went to.</summary>
public enum StorageService
{
    Blob,
    Queue,
    Table,
    Other,
}

/// <summary>Requests counted for one piece of work, by service and HTTP method, with the time HttpClient took for them.</summary>
public sealed class RequestTally
{
    private readonly Dictionary<(StorageService Service, string Method), (int Count, double Seconds)> _counts = [];

    public int Total
    {
        get
        {
            lock (_counts)
            {
                return _counts.Values.Sum(c => c.Count);
            }
        }
    }

    public int Of(StorageService service)
    {
        lock (_counts)
        {
            return _counts.Where(c => c.Key.Service == service).Sum(c => c.Value.Count);
        }
    }

    /// <summary>The counts as "table GET" → n.</summary>
    public IReadOnlyDictionary<string, int> ByOperation()
    {
        lock (_counts)
        {
            return _counts.ToDictionary(c => Name(c.Key), c => c.Value.Count, StringComparer.Ordinal);
        }
    }

    /// <summary>The seconds the requests took, as "table GET" → s.</summary>
    public IReadOnlyDictionary<string, double> SecondsByOperation()
    {
        lock (_counts)
        {
            return _counts.ToDictionary(c => Name(c.Key), c => c.Value.Seconds, StringComparer.Ordinal);
        }
    }

    internal void Add(StorageService service, string method, double seconds)
    {
        lock (_counts)
        {
            var (count, total) = _counts.GetValueOrDefault((service, method));
            _counts[(service, method)] = (count + 1, total + seconds);
        }
    }

    private static string Name((StorageService Service, string Method) operation) => $"{operation.Service.ToString().ToLowerInvariant()} {operation.Method}";
}
