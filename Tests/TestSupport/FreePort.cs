using System.Net;
using System.Net.Sockets;

namespace TestSupport;

public static class FreePort
{
    // Binding port 0 lets the kernel choose; the tiny race until the real server binds is accepted.
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
