using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CouncilMinutes.LocalAzurite;

/// <summary>A real Azurite (the npm package pinned in package.json) on free loopback ports, from <see cref="InitializeAsync"/> to <see cref="DisposeAsync"/>.</summary>
/// <remarks>
/// The tests' fixture and the benchmark's rounds both run this one. If Azurite cannot be started, <see cref="InitializeAsync"/>
/// throws with what was tried and what Azurite printed: a caller that needs storage fails loudly rather than skipping.
/// </remarks>
public class AzuriteServer
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development account key (public, the same for every Azurite).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    // Another process can take a port between our probe releasing it and Azurite binding it; a fresh set usually works.
    private const int PortAttempts = 3;
    private const int OutputLinesKept = 200;

    private readonly string? executableOverride;
    private readonly Queue<string> output = new();
    private readonly Lock outputLock = new();
    private Process? process;
    private string? workingDirectory;

    private readonly bool persistent;

    public AzuriteServer()
    {
    }

    /// <summary>With <paramref name="persistent"/>, Azurite keeps its data on disk in its own temporary folder, so a restart loses nothing.</summary>
    protected AzuriteServer(bool persistent) => this.persistent = persistent;

    /// <summary>Starts this executable instead of the repository's Azurite (to test how a failed start is reported).</summary>
    protected AzuriteServer(string executable) => executableOverride = executable;

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    public Uri BlobEndpoint => Endpoint(BlobPort);

    public Uri QueueEndpoint => Endpoint(QueuePort);

    public Uri TableEndpoint => Endpoint(TablePort);

    /// <summary>The account on this Azurite's ports (not the standard ones, so several test runs can share a machine).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>The Azurite process's id while it runs.</summary>
    public int? ProcessId => process is { HasExited: false } running ? running.Id : null;

    /// <summary>The CPU time the running Azurite (one Node.js process) has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var running = process ?? throw new InvalidOperationException("Azurite is not running.");
            running.Refresh();
            return running.TotalProcessorTime;
        }
    }

    /// <summary>Picks free loopback ports and starts Azurite on them (a fresh set if another process took one meanwhile).</summary>
    public async Task InitializeAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            (BlobPort, QueuePort, TablePort) = FreeLoopbackPorts();
            try
            {
                await StartAsync(CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (AzuriteFailedException e) when (attempt < PortAttempts && e.PortTaken)
            {
                // Fall through to a fresh set of ports.
            }
        }
    }

    /// <summary>Starts Azurite on its ports (again, after <see cref="StopAsync"/>) and waits until all three accept connections.</summary>
    /// <remarks>
    /// Unless persistent, Azurite keeps everything in memory, so a restarted Azurite is an empty account: every container,
    /// table, queue, blob, entity and message is gone. A test of "storage went away mid-ingest" must create its resources
    /// again after this and expect what was stored before the stop to be lost, as if the account had been replaced; it
    /// should use an Azurite of its own, so that other tests sharing one are not disturbed.
    /// </remarks>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (process is not null)
        {
            throw new InvalidOperationException("Azurite is already running; stop it first.");
        }

        if (BlobPort == 0)
        {
            throw new InvalidOperationException("Azurite has no ports yet; call InitializeAsync first.");
        }

        var executable = executableOverride ?? FindAzurite();
        workingDirectory ??= Directory.CreateTempSubdirectory("azurite-").FullName;
        lock (outputLock)
        {
            output.Clear();
        }

        var started = new Process { StartInfo = StartInfo(executable), EnableRaisingEvents = true };
        started.OutputDataReceived += (_, line) => Keep(line.Data);
        started.ErrorDataReceived += (_, line) => Keep(line.Data);
        try
        {
            started.Start();
        }
        catch (Win32Exception e)
        {
            started.Dispose();
            throw Failure(executable, $"it could not be started ({e.Message})", portTaken: false);
        }

        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        try
        {
            while (!await AllPortsAcceptAsync(timeout.Token).ConfigureAwait(false))
            {
                if (started.HasExited)
                {
                    // Let the output readers drain what the process wrote before it exited.
                    await started.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                    var exitCode = started.ExitCode;
                    Discard();
                    throw Failure(executable, $"it exited with code {exitCode} before listening", portTaken: OutputMentions("EADDRINUSE"));
                }

                await Task.Delay(100, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill();
            throw Failure(executable, $"its ports did not all accept connections within {StartTimeout.TotalSeconds:0} s", portTaken: false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
    }

    /// <summary>Stops Azurite (its whole process tree) and waits until its ports refuse connections; it keeps its ports for a restart.</summary>
    /// <remarks>Everything stored is lost: see <see cref="StartAsync"/>.</remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (process is not { } running)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StopTimeout);
        if (persistent && !OperatingSystem.IsWindows())
        {
            // Azurite saves its data when interrupted; a kill would lose what it had not yet written to disk. It says when each
            // service has closed, but its process does not always exit afterwards, so it is killed once all three have.
            using var interrupt = Process.Start("kill", ["-INT", running.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await interrupt.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            var deadline = DateTime.UtcNow.AddSeconds(8);
            while (!running.HasExited && DateTime.UtcNow < deadline
                   && !(OutputMentions("Blob service successfully closed") && OutputMentions("Queue service successfully closed")
                        && OutputMentions("Table service successfully closed")))
            {
                await Task.Delay(50, timeout.Token).ConfigureAwait(false);
            }
        }

        if (!running.HasExited)
        {
            running.Kill(entireProcessTree: true);
        }

        await running.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        Discard();
        while (await AnyPortAcceptsAsync(timeout.Token).ConfigureAwait(false))
        {
            await Task.Delay(50, timeout.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Stops Azurite and starts it again on the same ports: empty, unless it is persistent.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync(cancellationToken).ConfigureAwait(false);
        await StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops Azurite and deletes its temporary folder.</summary>
    public Task DisposeAsync()
    {
        Kill();
        if (workingDirectory is not null)
        {
            try
            {
                Directory.Delete(workingDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless; failing the run over it is not.
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The repository's Azurite, <c>node_modules/.bin/azurite</c> beside <c>Pipeline.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">It is not installed; the message says how to install it.</exception>
    public static string FindAzurite()
    {
        var root = RepositoryRoot()
                   ?? throw new InvalidOperationException(
                       $"Azurite could not be found: no folder holding Pipeline.sln above {AppContext.BaseDirectory}, so no node_modules to look in. " +
                       "Run the tests from the repository (bash test.sh).");
        var bin = Path.Combine(root, "node_modules", ".bin");
        var candidates = OperatingSystem.IsWindows() ? new[] { "azurite.cmd", "azurite" } : ["azurite"];
        return candidates.Select(name => Path.Combine(bin, name)).FirstOrDefault(File.Exists)
               ?? throw new InvalidOperationException(
                   $"Azurite is not installed: {Path.Combine(bin, candidates[0])} does not exist. The storage tests need a real Azurite: " +
                   $"run `npm ci` at the repository root ({root}); test.sh does this before the tests. It needs Node.js 20 or later.");
    }

    /// <summary>The installed Azurite's version, from its package.json, or "unknown".</summary>
    public static string InstalledVersion()
    {
        var manifest = RepositoryRoot() is { } root ? Path.Combine(root, "node_modules", "azurite", "package.json") : null;
        if (manifest is null || !File.Exists(manifest))
        {
            return "unknown";
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "unknown" : "unknown";
    }

    /// <summary>The folder holding <c>Pipeline.sln</c> above this program, or null.</summary>
    public static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pipeline.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private ProcessStartInfo StartInfo(string executable)
    {
        var info = new ProcessStartInfo(executable)
        {
            // Azurite writes nothing with in-memory persistence, but a temporary folder keeps any stray file out of the repository.
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        foreach (var argument in Arguments())
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>Azurite's command line: in memory, loopback only, and tolerant of the SDK's newer API version.</summary>
    public IReadOnlyList<string> Arguments()
    {
        var host = IPAddress.Loopback.ToString();
        return
        [
            // Azurite refuses --location together with --inMemoryPersistence: one or the other.
            .. persistent ? new[] { "--location", workingDirectory ?? "." } : ["--inMemoryPersistence"],
            // The Azure SDK sends an API version newer than Azurite knows, which Azurite would otherwise reject.
            "--skipApiVersionCheck",
            // Azurite otherwise traces every request for its usage telemetry, and sends it over the network.
            "--disableTelemetry",
            "--loose",
            "--silent",
            "--blobHost", host, "--blobPort", Port(BlobPort),
            "--queueHost", host, "--queuePort", Port(QueuePort),
            "--tableHost", host, "--tablePort", Port(TablePort),
        ];

        static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

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

    private static Uri Endpoint(int port) => new($"http://{IPAddress.Loopback}:{port}/{AccountName}");

    private async Task<bool> AllPortsAcceptAsync(CancellationToken cancellationToken)
    {
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            if (!await AcceptsAsync(port, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> AnyPortAcceptsAsync(CancellationToken cancellationToken)
    {
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            if (await AcceptsAsync(port, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when something accepts a TCP connection on this loopback port.</summary>
    public static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (outputLock)
        {
            output.Enqueue(line);
            if (output.Count > OutputLinesKept)
            {
                output.Dequeue();
            }
        }
    }

    private bool OutputMentions(string text)
    {
        lock (outputLock)
        {
            return output.Any(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    private AzuriteFailedException Failure(string executable, string reason, bool portTaken)
    {
        string captured;
        lock (outputLock)
        {
            captured = output.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, output);
        }

        var message = new StringBuilder()
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Azurite did not start: {reason}.")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Tried: {executable} {string.Join(' ', Arguments())}")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"In: {workingDirectory}")
            .AppendLine("Its output:")
            .AppendLine(captured)
            .Append("Azurite comes from npm: run `npm ci` at the repository root (test.sh does this before the tests); it needs Node.js 20 or later on PATH.")
            .ToString();
        return new AzuriteFailedException(message, portTaken);
    }

    private void KillOnExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        if (process is not { } running)
        {
            return;
        }

        try
        {
            if (!running.HasExited)
            {
                running.Kill(entireProcessTree: true);
                running.WaitForExit(StopTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        Discard();
    }

    private void Discard()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        process?.Dispose();
        process = null;
    }

    /// <summary>Azurite could not be started; the message says what was tried and what it printed.</summary>
    private sealed class AzuriteFailedException(string message, bool portTaken) : InvalidOperationException(message)
    {
        public bool PortTaken { get; } = portTaken;
    }
}
