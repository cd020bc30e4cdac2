using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CouncilMinutes.Bench;

/// <summary>
/// The repository's Azurite (<c>node_modules/.bin/azurite</c>, pinned in package.json) on three free loopback ports, in
/// memory, for one benchmark round: a fresh process is an empty account. A trimmed copy of the tests' AzuriteFixture
/// (Bench must not reference the test project): same command line, no restart.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development account key (public, the same for every Azurite).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly string _workingDirectory;

    private AzuriteProcess(Process process, string workingDirectory, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>The CPU time Azurite (one Node.js process) has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The account on this Azurite's ports.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={Endpoint(BlobPort)};QueueEndpoint={Endpoint(QueuePort)};TableEndpoint={Endpoint(TablePort)};";

    /// <summary><c>node_modules/.bin/azurite</c> under the repository root, or null when npm ci has not been run.</summary>
    public static string? Locate()
    {
        var bin = Path.Combine(Corpus.RepositoryRoot, "node_modules", ".bin");
        return (OperatingSystem.IsWindows() ? new[] { "azurite.cmd", "azurite" } : ["azurite"]).Select(n => Path.Combine(bin, n)).FirstOrDefault(File.Exists);
    }

    /// <summary>The installed Azurite's version, from its package.json, for the report.</summary>
    public static string Version()
    {
        var manifest = Path.Combine(Corpus.RepositoryRoot, "node_modules", "azurite", "package.json");
        if (!File.Exists(manifest))
        {
            return "unknown";
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "unknown" : "unknown";
    }

    /// <summary>Starts Azurite and waits until its three ports accept connections.</summary>
    /// <exception cref="InvalidOperationException">Azurite is not installed, or did not start; the message says why.</exception>
    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Locate() ?? throw new InvalidOperationException(
            $"Azurite is not installed in {Path.Combine(Corpus.RepositoryRoot, "node_modules")}: run `npm ci` at the repository root " +
            "(Bench/run.sh e2e does it for you). It needs Node.js 20 or later.");
        var (blob, queue, table) = FreeLoopbackPorts();
        var workingDirectory = Directory.CreateTempSubdirectory("bench-azurite-").FullName;
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        var host = IPAddress.Loopback.ToString();
        foreach (var argument in new[]
                 {
                     // As the tests run it: in memory, tolerant of the SDK's newer API version, no telemetry, no request log.
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--loose", "--silent",
                     "--blobHost", host, "--blobPort", Port(blob),
                     "--queueHost", host, "--queuePort", Port(queue),
                     "--tableHost", host, "--tablePort", Port(table),
                 })
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var azurite = new AzuriteProcess(process, workingDirectory, blob, queue, table);
        process.OutputDataReceived += (_, line) => azurite.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => azurite.Keep(line.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"Azurite could not be started from {executable}: {e.Message}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += azurite.KillOnExit;
        var deadline = Stopwatch.StartNew();
        while (!await azurite.AllPortsAcceptAsync(cancellationToken))
        {
            if (process.HasExited || deadline.Elapsed > StartTimeout)
            {
                var why = process.HasExited ? $"it exited with code {process.ExitCode}" : $"its ports did not accept connections within {StartTimeout.TotalSeconds:0} s";
                await azurite.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not start: {why}. Its output:\n{azurite.Output()}");
            }

            await Task.Delay(100, cancellationToken);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Exited meanwhile, or slow to die: it holds nothing worth waiting for.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static Uri Endpoint(int port) => new($"http://{IPAddress.Loopback}:{port}/{AccountName}");

    private static (int Blob, int Queue, int Table) FreeLoopbackPorts()
    {
        // Held open together so the system hands out three different ports.
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
                listener.Dispose();
            }
        }
    }

    private async Task<bool> AllPortsAcceptAsync(CancellationToken cancellationToken)
    {
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.Count == 0 ? "(nothing)" : string.Join('\n', _output.TakeLast(50));
        }
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
