using System.Diagnostics;
using System.Globalization;
using System.Net;
using Azure.Storage.Blobs;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Storage;

/// <summary>The fixture itself: loopback only, gone when disposed, restartable, and loud when Azurite is missing.</summary>
[Collection(AzuriteCollection.Name)]
public class AzuriteFixtureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_shared_azurite_listens_on_three_distinct_loopback_ports()
    {
        Assert.Equal(3, new[] { azurite.BlobPort, azurite.QueuePort, azurite.TablePort }.Distinct().Count());
        foreach (var endpoint in new[] { azurite.BlobEndpoint, azurite.QueueEndpoint, azurite.TableEndpoint })
        {
            Assert.True(IPAddress.IsLoopback(IPAddress.Parse(endpoint.Host)), $"{endpoint} is not a loopback address");
            Assert.Contains(endpoint.ToString(), azurite.ConnectionString, StringComparison.Ordinal);
            Assert.True(await AzuriteFixture.AcceptsAsync(endpoint.Port, CancellationToken.None), $"nothing listens at {endpoint}");
        }

        if (OperatingSystem.IsLinux())
        {
            // The listening sockets themselves are bound to 127.0.0.1, not to every interface.
            var listening = ListeningSockets();
            foreach (var port in new[] { azurite.BlobPort, azurite.QueuePort, azurite.TablePort })
            {
                var bound = listening.Where(s => s.Port == port).Select(s => s.Address).ToList();
                Assert.NotEmpty(bound);
                Assert.All(bound, address => Assert.True(IPAddress.IsLoopback(address), $"port {port} is bound to {address}"));
            }
        }
    }

    [Fact]
    public void Azurite_runs_in_memory_without_the_api_version_check_or_telemetry()
    {
        var arguments = azurite.Arguments();

        Assert.Contains("--inMemoryPersistence", arguments);
        Assert.Contains("--skipApiVersionCheck", arguments);
        Assert.Contains("--loose", arguments);
        Assert.Contains("--disableTelemetry", arguments);
        Assert.DoesNotContain("--location", arguments);
    }

    [Fact]
    public async Task Disposing_the_fixture_ends_the_azurite_process_and_frees_its_ports()
    {
        var own = new AzuriteFixture();
        await own.InitializeAsync();
        var id = own.ProcessId!.Value;
        using var running = Process.GetProcessById(id);
        var ports = new[] { own.BlobPort, own.QueuePort, own.TablePort };

        await own.DisposeAsync();

        Assert.True(running.WaitForExit(TimeSpan.FromSeconds(10)), $"Azurite (process {id}) is still running");
        Assert.Null(own.ProcessId);
        foreach (var port in ports)
        {
            Assert.False(await AzuriteFixture.AcceptsAsync(port, CancellationToken.None), $"port {port} still accepts connections");
        }
    }

    [Fact]
    public async Task Stop_then_start_keeps_the_ports_and_starts_from_an_empty_account()
    {
        var own = new AzuriteFixture();
        await own.InitializeAsync();
        try
        {
            var ports = (own.BlobPort, own.QueuePort, own.TablePort);
            var container = AzuriteFixture.UniqueName("restart");
            await new BlobServiceClient(own.ConnectionString).GetBlobContainerClient(container).CreateAsync();

            await own.StopAsync(CancellationToken.None);
            Assert.Null(own.ProcessId);
            Assert.False(await AzuriteFixture.AcceptsAsync(own.BlobPort, CancellationToken.None));
            await own.StartAsync(CancellationToken.None);

            Assert.Equal(ports, (own.BlobPort, own.QueuePort, own.TablePort));
            var exists = await new BlobServiceClient(own.ConnectionString).GetBlobContainerClient(container).ExistsAsync();
            Assert.False(exists.Value, "in-memory Azurite kept a container across a restart");
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_missing_azurite_fails_loudly_saying_to_run_npm_ci()
    {
        var missing = new AzuriteFixture(Path.Combine(Path.GetTempPath(), $"no-azurite-{Guid.NewGuid():N}", "azurite"));

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(missing.InitializeAsync);
        await missing.DisposeAsync();

        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
        Assert.Contains("no-azurite-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_azurite_that_exits_at_once_fails_with_its_exit_code_and_output()
    {
        var script = Path.Combine(Path.GetTempPath(), $"fake-azurite-{Guid.NewGuid():N}" + (OperatingSystem.IsWindows() ? ".cmd" : ".sh"));
        if (OperatingSystem.IsWindows())
        {
            await File.WriteAllTextAsync(script, "@echo listen EACCES: permission denied 1>&2\r\n@exit /b 3\r\n");
        }
        else
        {
            await File.WriteAllTextAsync(script, "#!/bin/sh\necho 'listen EACCES: permission denied' >&2\nexit 3\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var broken = new AzuriteFixture(script);
        try
        {
            var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(broken.InitializeAsync);

            Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
            Assert.Contains("permission denied", error.Message, StringComparison.Ordinal);
            Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await broken.DisposeAsync();
            File.Delete(script);
        }
    }

    [Fact]
    public void Unique_names_are_valid_for_containers_tables_and_queues()
    {
        var name = AzuriteFixture.UniqueName("items");

        Assert.Matches("^[a-z][a-z0-9]{2,62}$", name);
        Assert.NotEqual(name, AzuriteFixture.UniqueName("items"));
        Assert.Throws<ArgumentException>(() => AzuriteFixture.UniqueName("Bad-Prefix"));
    }

    /// <summary>The TCP sockets in LISTEN state, from /proc/net/tcp and tcp6.</summary>
    private static List<(IPAddress Address, int Port)> ListeningSockets()
    {
        const string Listen = "0A";
        var sockets = new List<(IPAddress, int)>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var fields in File.ReadLines(table).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (fields.Length > 3 && fields[3] == Listen)
                {
                    var (hex, port) = (fields[1][..fields[1].IndexOf(':', StringComparison.Ordinal)], fields[1][(fields[1].IndexOf(':', StringComparison.Ordinal) + 1)..]);
                    sockets.Add((ProcAddress(hex), int.Parse(port, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                }
            }
        }

        return sockets;
    }

    /// <summary>/proc prints an address as 32-bit words in host (little-endian) order.</summary>
    private static IPAddress ProcAddress(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPAddress(bytes);
    }
}
