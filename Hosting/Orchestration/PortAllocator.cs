using System.Net;
using System.Net.Sockets;

namespace Hosting.Orchestration;

// Free ports come from binding port 0. Every listener stays open until the whole plan is allocated so the
// kernel never hands out the same port twice; the short gap until the child binds is accepted (as in tye).
internal sealed class PortAllocator : IDisposable
{
    private readonly List<TcpListener> _held = [];

    public int Free(string host) => Hold(host, 0)!.Value;

    // Returns null when the port is taken.
    public int? TryFixed(string host, int port) => Hold(host, port);

    private int? Hold(string host, int port)
    {
        var listener = new TcpListener(IPAddress.Parse(host), port);
        try
        {
            listener.Start();
        }
        catch (SocketException) when (port != 0)
        {
            return null;
        }
        _held.Add(listener);
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        foreach (var listener in _held) listener.Dispose();
        _held.Clear();
    }
}
