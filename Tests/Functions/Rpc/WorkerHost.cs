using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilMinutes.Tests.Functions.Rpc;

/// <summary>
/// Runs a built .NET isolated worker the way the Azure Functions host does: a <c>FunctionRpc</c> gRPC service on 127.0.0.1,
/// the worker started as <c>dotnet {app}.dll</c> with the host's settings in its environment, then init, metadata and load
/// over the event stream; <see cref="InvokeAsync"/> sends one invocation as the host would for a trigger.
/// </summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    /// <summary>The Functions host version the test host says it is (a 4.x host, as Flex Consumption runs).</summary>
    public const string HostVersion = "4.1040.0";

    /// <summary>How long the worker has to start and answer each step of the handshake. Default value is 60 seconds.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>How long one invocation may take before the test host gives up on it. Default value is 2 minutes.</summary>
    public static readonly TimeSpan InvocationTimeout = TimeSpan.FromMinutes(2);

    // The most lines of the worker's own output kept for a failure message.
    private const int OutputLinesKept = 200;

    // What the worker's ASP.NET Core integration calls its HTTP address among its capabilities, and the header the host
    // ties a forwarded request to its invocation with.
    private const string HttpUriCapability = "HttpUri";
    private const string InvocationIdHeader = "x-ms-invocation-id";

    /// <summary>The caller the host says it forwards for (X-Forwarded-For): somewhere on the internet, never this machine.</summary>
    public const string ForwardedFor = "203.0.113.7";

    // As the host's forwarder: no redirects followed, no cookies kept, a refused connection tried again (the worker opens
    // its HTTP port as it starts, after the event stream).
    private static readonly HttpClient Forwarder = new(new RetryRefused(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }));

    private readonly WebApplication _server;
    private readonly WorkerStream _stream;
    private readonly Process _worker;
    private readonly ConcurrentQueue<string> _output;
    private readonly Dictionary<string, RpcFunctionMetadata> _functions = new(StringComparer.Ordinal);
    private Uri? _httpUri;

    private WorkerHost(WebApplication server, WorkerStream stream, Process worker, ConcurrentQueue<string> output)
    {
        _server = server;
        _stream = stream;
        _worker = worker;
        _output = output;
    }

    /// <summary>The functions the worker indexed and loaded, by name.</summary>
    public IReadOnlyDictionary<string, RpcFunctionMetadata> Functions => _functions;

    /// <summary>Everything the worker logged over the stream.</summary>
    public IReadOnlyList<RpcLog> Logs => _stream.Logs;

    /// <summary>The worker's own standard output and error, last lines.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>
    /// Starts the worker in <paramref name="appDirectory"/> (a published Functions app) with <paramref name="appSettings"/> as its
    /// environment, as the host passes app settings, and takes it through init, metadata and load of every function.
    /// </summary>
    /// <exception cref="WorkerStartException">The worker did not start, or failed a step; the message holds its output.</exception>
    public static async Task<WorkerHost> StartAsync(string appDirectory, IReadOnlyDictionary<string, string> appSettings, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(appDirectory);
        ArgumentNullException.ThrowIfNull(appSettings);
        var workerConfig = Path.Combine(appDirectory, "worker.config.json");
        if (!File.Exists(workerConfig))
        {
            throw new WorkerStartException($"No worker.config.json in {appDirectory}: not a Functions app's output.", "");
        }

        var stream = new WorkerStream();
        var server = await StartServerAsync(stream, cancellationToken);
        var output = new ConcurrentQueue<string>();
        Process worker;
        try
        {
            worker = StartWorker(appDirectory, WorkerPath(workerConfig), Endpoint(server), appSettings, output);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        var host = new WorkerHost(server, stream, worker, output);
        try
        {
            await host.HandshakeAsync(appDirectory, cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Invokes a loaded function with its trigger's data, as the host does when the trigger fires.</summary>
    public async Task<InvocationResponse> InvokeAsync(string functionName, ParameterBinding trigger, IReadOnlyDictionary<string, TypedData>? triggerMetadata = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var request = Invocation(functionName, trigger);
        foreach (var (name, value) in triggerMetadata ?? new Dictionary<string, TypedData>())
        {
            request.TriggerMetadata[name] = value;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InvocationTimeout);
        return await AnswerAsync(request, timeout.Token);
    }

    /// <summary>
    /// Sends <paramref name="request"/> (a path on the app) to an HTTP-triggered function as the host does for a worker with
    /// the ASP.NET Core integration: the request itself forwarded to the worker's HTTP address with the invocation's id, then
    /// the invocation over the stream.
    /// </summary>
    public async Task<(HttpResponseMessage Response, InvocationResponse Invocation)> SendAsync(string functionName, HttpRequestMessage request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var httpUri = _httpUri ?? throw new InvalidOperationException("The worker offered no HTTP address (the HttpUri capability): it does not use the ASP.NET Core integration.");
        var trigger = Loaded(functionName).Bindings.Single(b => b.Value.Type == "httpTrigger").Key;
        // The host hands over the request's data too; the integration reads the forwarded request instead.
        var invocation = Invocation(functionName, new ParameterBinding { Name = trigger, Data = new TypedData() });
        request.RequestUri = new Uri(httpUri, request.RequestUri!.OriginalString);
        request.Headers.Add(InvocationIdHeader, invocation.InvocationId);
        request.Headers.Add("X-Forwarded-For", ForwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InvocationTimeout);
        var forwarded = Forwarder.SendAsync(request, timeout.Token);
        var answered = AnswerAsync(invocation, timeout.Token);
        await Task.WhenAll(forwarded, answered);
        return (await forwarded, await answered);
    }

    private RpcFunctionMetadata Loaded(string functionName) =>
        _functions.TryGetValue(functionName, out var function) ? function : throw new ArgumentException($"The worker loaded no function named {functionName}.", nameof(functionName));

    private InvocationRequest Invocation(string functionName, ParameterBinding trigger)
    {
        // The host always sends a trace context (the worker reads it unconditionally): a fresh W3C trace per invocation.
        var trace = new RpcTraceContext { TraceParent = $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01", Attributes = { ["OperationName"] = functionName } };
        return new InvocationRequest { InvocationId = Guid.NewGuid().ToString(), FunctionId = Loaded(functionName).FunctionId, InputData = { trigger }, TraceContext = trace };
    }

    private async Task<InvocationResponse> AnswerAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var answer = await _stream.RequestAsync(new StreamingMessage { InvocationRequest = request }, cancellationToken);
        return answer.InvocationResponse ?? throw new InvalidOperationException($"The worker answered the invocation with {answer.ContentCase}.");
    }

    public async ValueTask DisposeAsync()
    {
        // The host asks the worker to stop, then ends it if it has not within the grace period.
        if (!_worker.HasExited && !_stream.Ended.IsCompleted)
        {
            await _stream.SendAsync(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = new Duration { Seconds = 5 } } }, CancellationToken.None)
                .AsTask().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _worker.WaitForExitAsync(grace.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (!_worker.HasExited)
        {
            _worker.Kill(entireProcessTree: true);
            await _worker.WaitForExitAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _worker.Dispose();
        _stream.End(null);
        await _server.DisposeAsync();
    }

    private async Task HandshakeAsync(string appDirectory, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var exited = _worker.WaitForExitAsync(timeout.Token);
        var started = await Task.WhenAny(_stream.Started, exited, Task.Delay(Timeout.Infinite, timeout.Token));
        if (started != _stream.Started || !_stream.Started.IsCompletedSuccessfully)
        {
            var why = _worker.HasExited
                ? $"The worker exited with code {_worker.ExitCode} before it opened the event stream."
                : $"The worker did not open the event stream within {StartTimeout.TotalSeconds:0} s.";
            throw new WorkerStartException(why, Output);
        }

        var init = await StepAsync(new StreamingMessage
        {
            WorkerInitRequest = new WorkerInitRequest { HostVersion = HostVersion, WorkerDirectory = appDirectory, FunctionAppDirectory = appDirectory },
        }, "init", timeout.Token);
        Succeeded(init.WorkerInitResponse?.Result, "init");
        if (init.WorkerInitResponse!.Capabilities.TryGetValue(HttpUriCapability, out var httpUri))
        {
            _httpUri = new Uri(httpUri);
        }

        var metadata = await StepAsync(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory } },
            "metadata", timeout.Token);
        Succeeded(metadata.FunctionMetadataResponse?.Result, "metadata");
        if (metadata.FunctionMetadataResponse!.UseDefaultMetadataIndexing)
        {
            throw new WorkerStartException("The worker asked the host to index the functions itself (use_default_metadata_indexing), which this host does not do.", Output);
        }

        foreach (var indexed in metadata.FunctionMetadataResponse.FunctionMetadataResults)
        {
            var function = Loadable(indexed, appDirectory);
            var load = await StepAsync(new StreamingMessage { FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.FunctionId, Metadata = function } },
                $"load of {function.Name}", timeout.Token);
            Succeeded(load.FunctionLoadResponse?.Result, $"load of {function.Name}");
            _functions[function.Name] = function;
        }
    }

    private async Task<StreamingMessage> StepAsync(StreamingMessage request, string step, CancellationToken cancellationToken)
    {
        try
        {
            return await _stream.RequestAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            throw new WorkerStartException($"The worker did not answer the {step} request: {e.Message}", Output);
        }
    }

    private void Succeeded(StatusResult? result, string step)
    {
        if (result?.Status != StatusResult.Types.Status.Success)
        {
            throw new WorkerStartException($"The worker's {step} failed: {result?.Exception?.Message ?? "no result"}", Output);
        }
    }

    /// <summary>
    /// The load request's metadata as the host builds it from what the worker indexed: the raw bindings parsed into
    /// <see cref="BindingInfo"/> by name, the app folder as the function's directory, an id of the host's choosing when the worker gave none.
    /// </summary>
    private static RpcFunctionMetadata Loadable(RpcFunctionMetadata indexed, string appDirectory)
    {
        var function = new RpcFunctionMetadata
        {
            Name = indexed.Name,
            FunctionId = string.IsNullOrEmpty(indexed.FunctionId) ? Guid.NewGuid().ToString() : indexed.FunctionId,
            Directory = appDirectory,
            ScriptFile = indexed.ScriptFile,
            EntryPoint = indexed.EntryPoint,
            Language = indexed.Language,
        };
        function.RawBindings.Add(indexed.RawBindings);
        function.Properties.Add(indexed.Properties);
        foreach (var raw in indexed.RawBindings)
        {
            using var binding = JsonDocument.Parse(raw);
            var info = new BindingInfo
            {
                Type = binding.RootElement.GetProperty("type").GetString(),
                Direction = Enum.Parse<BindingInfo.Types.Direction>(binding.RootElement.GetProperty("direction").GetString()!, ignoreCase: true),
            };
            if (binding.RootElement.TryGetProperty("dataType", out var dataType))
            {
                info.DataType = Enum.Parse<BindingInfo.Types.DataType>(dataType.GetString()!, ignoreCase: true);
            }

            if (binding.RootElement.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    info.Properties[property.Name] = property.Value.ToString();
                }
            }

            function.Bindings[binding.RootElement.GetProperty("name").GetString()] = info;
        }

        return function;
    }

    private static async Task<WebApplication> StartServerAsync(WorkerStream stream, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // The worker's channel speaks HTTP/2 without TLS, as it does to the real host on loopback.
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = null;
            grpc.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton(stream);
        var server = builder.Build();
        server.MapGrpcService<FunctionRpcEndpoint>();
        await server.StartAsync(cancellationToken);
        return server;
    }

    private static Uri Endpoint(WebApplication server)
    {
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>The worker assembly worker.config.json names (<c>description.defaultWorkerPath</c>), as the host finds it.</summary>
    private static string WorkerPath(string workerConfig)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(workerConfig));
        var relative = config.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString()
                       ?? throw new WorkerStartException("worker.config.json names no defaultWorkerPath.", "");
        return Path.Combine(Path.GetDirectoryName(workerConfig)!, relative);
    }

    private static Process StartWorker(string appDirectory, string workerPath, Uri endpoint, IReadOnlyDictionary<string, string> appSettings, ConcurrentQueue<string> output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(workerPath);
        foreach (var (name, value) in appSettings)
        {
            start.Environment[name] = value;
        }

        // What the host itself sets for an isolated worker, over any app setting of the same name.
        var workerId = Guid.NewGuid().ToString();
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = appDirectory;
        start.Environment["Functions__Worker__HostEndpoint"] = endpoint.AbsoluteUri;
        start.Environment["Functions__Worker__WorkerId"] = workerId;
        start.Environment["Functions__Worker__RequestId"] = Guid.NewGuid().ToString();
        start.Environment["Functions__Worker__GrpcMaxMessageLength"] = int.MaxValue.ToString(CultureInfo.InvariantCulture);

        var worker = Process.Start(start) ?? throw new WorkerStartException("dotnet could not be started.", "");
        worker.OutputDataReceived += (_, line) => Keep(output, line.Data);
        worker.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        return worker;
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > OutputLinesKept && output.TryDequeue(out _))
        {
        }
    }

    /// <summary>The host's retry of a forwarded request that could not reach the worker: 10 tries, 50 ms apart and doubling to 250 ms.</summary>
    private sealed class RetryRefused(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private const int Tries = 10;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var delay = TimeSpan.FromMilliseconds(50);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await base.SendAsync(request, cancellationToken);
                }
                catch (HttpRequestException) when (attempt < Tries)
                {
                    await Task.Delay(delay, cancellationToken);
                    delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
                }
            }
        }
    }
}
