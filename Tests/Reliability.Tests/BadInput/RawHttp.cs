using System.Net.Sockets;
using System.Text;

namespace Reliability.Tests.BadInput;

public enum Delivery
{
    Whole,       // the bytes at once, then wait for the answer
    Truncated,   // the bytes at once, then the client closes its sending side (the body ends early)
    Slow,        // the bytes in small pieces with pauses
    Abandoned,   // part of the request, a pause, then the connection closes without waiting
}

public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, int BodyLength)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

// HTTP/1.1 over a plain socket, so a request can be anything: bytes no HttpClient would send.
public static class RawHttp
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);

    // The answer, or null when the server closed the connection without one (or the client abandoned it).
    public static async Task<RawResponse?> SendAsync(string host, int port, byte[] request, Delivery delivery, Random pacing)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(AnswerTimeout);
        await socket.ConnectAsync(host, port, timeout.Token);
        try
        {
            switch (delivery)
            {
                case Delivery.Slow:
                    for (var offset = 0; offset < request.Length;)
                    {
                        var size = Math.Min(request.Length - offset, pacing.Next(1, Math.Max(2, request.Length / 8)));
                        await socket.SendAsync(request.AsMemory(offset, size), timeout.Token);
                        offset += size;
                        await Task.Delay(pacing.Next(5, 60), timeout.Token);
                    }
                    break;
                case Delivery.Abandoned:
                    await socket.SendAsync(request.AsMemory(0, request.Length / 2), timeout.Token);
                    await Task.Delay(pacing.Next(50, 500), timeout.Token);
                    return null;
                default:
                    await socket.SendAsync(request, timeout.Token);
                    if (delivery == Delivery.Truncated) socket.Shutdown(SocketShutdown.Send);
                    break;
            }
        }
        catch (SocketException)
        {
            // The server may answer and close before the whole (oversized) request is sent; read the answer.
        }
        return await ReadResponseAsync(socket, timeout.Token);
    }

    private static async Task<RawResponse?> ReadResponseAsync(Socket socket, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, cancellationToken);
                if (read == 0) break;
                received.Write(buffer, 0, read);
                if (Parse(received.ToArray()) is { } complete) return complete;
            }
        }
        catch (SocketException)
        {
        }
        return received.Length == 0 ? null : Parse(received.ToArray(), complete: true);
    }

    // Status line and headers; the body is counted, not kept. Null until a full head (and body, when
    // its length is known) has arrived, unless the connection is closed.
    private static RawResponse? Parse(byte[] bytes, bool complete = false)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return complete ? throw new InvalidDataException($"partial response head: {text[..Math.Min(200, text.Length)]}") : null;
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[1].Trim());
        var body = bytes.Length - (end + 4);
        if (!complete && headers.TryGetValue("content-length", out var length) && body < int.Parse(length, System.Globalization.CultureInfo.InvariantCulture))
            return null;
        if (!complete && headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked") && !text.EndsWith("0\r\n\r\n", StringComparison.Ordinal))
            return null;
        return new RawResponse(status, headers, body);
    }
}
