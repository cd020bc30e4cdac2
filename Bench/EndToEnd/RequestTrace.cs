using System.Diagnostics;
using CouncilMinutes.LocalAzurite;

namespace CouncilMinutes.Bench.EndToEnd;

/// <summary>
/// Lists the HTTP requests a piece of work sends (method, status, path and query), for <c>e2e --trace N</c>: what each
/// round-trip of an ingest is for. Listens to HttpClient's own activities, and only while a trace is open, so the measured
/// rounds, which never open one, send their requests untouched.
/// </summary>
public sealed class RequestTrace : IDisposable
{
    private static readonly AsyncLocal<List<string>?> Current = new();
    private readonly ActivityListener _listener;

    /// <summary>Starts listening; call before the first request, since HttpClient reads the redaction switch once.</summary>
    public RequestTrace()
    {
        // .NET replaces query strings with '*' in its telemetry; a trace needs them (comp=lease, $filter).
        AppContext.SetSwitch("System.Net.Http.DisableUriRedaction", true);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => Current.Value is null ? ActivitySamplingResult.None : ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (Current.Value is { } lines)
                {
                    lock (lines)
                    {
                        lines.Add(Describe(activity));
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Runs <paramref name="work"/> and returns the requests it sent, in the order they completed.</summary>
    public static async Task<(T Result, IReadOnlyList<string> Requests)> RecordAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var lines = new List<string>();
        Current.Value = lines;
        try
        {
            return (await work(), lines);
        }
        finally
        {
            Current.Value = null;
        }
    }

    public void Dispose() => _listener.Dispose();

    private static string Describe(Activity activity)
    {
        var method = activity.GetTagItem("http.request.method") as string ?? "?";
        var status = activity.GetTagItem("http.response.status_code")?.ToString() ?? "-";
        var url = activity.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var uri)
            ? Uri.UnescapeDataString(uri.PathAndQuery.Replace("/" + AzuriteServer.AccountName, "", StringComparison.Ordinal))
            : "?";
        return $"{method,-6} {status,-4} {(url.Length > 150 ? url[..150] + "…" : url)}";
    }
}
