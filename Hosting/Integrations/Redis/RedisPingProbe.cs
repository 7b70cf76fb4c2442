using System.Net.Sockets;
using System.Text;

namespace Hosting.Integrations.Redis;

// Healthy when AUTH and PING both succeed over RESP; no client library needed for two commands.
public sealed class RedisPingProbe(string host, int port, string password)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, deadline.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(Command("AUTH", password) + Command("PING")), deadline.Token);
            var replies = await ReadRepliesAsync(stream, 2, deadline.Token);
            return replies is ["+OK", "+PONG"];
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }

    internal static string Command(params string[] parts)
    {
        var text = new StringBuilder($"*{parts.Length}\r\n");
        foreach (var part in parts) text.Append($"${Encoding.UTF8.GetByteCount(part)}\r\n{part}\r\n");
        return text.ToString();
    }

    // Simple-string and error replies are single lines; AUTH and PING answer with nothing else.
    private static async Task<string[]> ReadRepliesAsync(NetworkStream stream, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[512];
        var received = 0;
        while (received < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(received), cancellationToken);
            if (n == 0) break;
            received += n;
            var lines = Encoding.UTF8.GetString(buffer, 0, received).Split("\r\n");
            if (lines.Length > count) return lines[..count];
        }
        return [];
    }
}
