using System.Net;
using System.Net.Sockets;

namespace CouncilMinutes.Tests.Support;

/// <summary>Loopback addresses for tests of storage that does not answer.</summary>
internal static class Loopback
{
    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
