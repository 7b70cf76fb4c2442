using Xunit;
using System.Net.Sockets;
using System.Text;

namespace TestSupport;

// A real redis-server (Debian package) on a random loopback port with a password, in its own temp dir.
public sealed class RedisServer : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ExternalProcess? _process;

    public int Port { get; private set; }
    public string Password { get; } = Guid.NewGuid().ToString("N");
    public string ConnectionString => $"127.0.0.1:{Port},password={Password},abortConnect=false";
    public int Pid => _process?.Pid ?? 0;

    public async Task InitializeAsync()
    {
        Port = FreePort.Next();
        await StartAsync();
    }

    public async Task StartAsync()
    {
        _process = ExternalProcess.Start(Tool.Find("redis-server", "redis-server"),
        [
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--requirepass", Password,
            "--save", "", "--appendonly", "no", "--dir", _dir.Path,
        ]);
        await Eventually.TrueAsync(() => PingAsync(), TimeSpan.FromSeconds(10), $"redis-server to answer PING on {Port}");
    }

    public async Task StopAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
        _process = null;
    }

    public void Kill() => _process?.KillHard();

    public async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            var cmd = Encoding.ASCII.GetBytes($"*2\r\n$4\r\nAUTH\r\n${Password.Length}\r\n{Password}\r\n*1\r\n$4\r\nPING\r\n");
            await stream.WriteAsync(cmd);
            var buffer = new byte[64];
            var read = 0;
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            while (read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), cts.Token);
                if (n == 0) break;
                read += n;
                if (Encoding.ASCII.GetString(buffer, 0, read).Contains("+PONG")) return true;
            }
            return false;
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _dir.Dispose();
    }
}
