using System.Net.Sockets;
using System.Text;
using Hosting.ApplicationModel;
using Hosting.Testing;
using TestSupport;

namespace Distributed.Tests;

[Collection(AppHostCollection.Name)]
public sealed class ResourceCommandTests(AppHostFixture system)
{
    [Fact]
    public async Task CacheStoppedAndStartedAgainAnswersOnTheSamePortWithTheSameConnectionString()
    {
        var connectionString = await system.App.GetConnectionStringAsync("cache");
        Assert.True(await PingAsync(connectionString));
        var pidBefore = system.App.ResourceNotifications.GetReplicas("cache").Single().Pid;

        await system.App.StopResourceAsync("cache");
        Assert.Equal(ResourceState.Exited, system.App.ResourceNotifications.GetReplicas("cache").Single().State);
        Assert.False(await PingAsync(connectionString));

        await system.App.StartResourceAsync("cache");
        var after = await system.App.WaitForResourceHealthyAsync("cache").WaitAsync(TimeSpan.FromSeconds(20));
        Assert.NotEqual(pidBefore, after.Single().Pid);
        Assert.Equal(connectionString, await system.App.GetConnectionStringAsync("cache"));
        Assert.True(await PingAsync(connectionString));
        // Leave the system as found: the api's Redis client reconnects by itself; once a repeated request is a
        // cache hit again, caching works end to end (this ticker is used by no other test).
        var ticker = system.TakeTickers(1)[0];
        await Eventually.TrueAsync(async () =>
        {
            using var response = await system.Api.GetAsync($"/predict/{ticker}");
            return response.Headers.TryGetValues("X-Cache", out var values) && values.Single() == "hit";
        }, TimeSpan.FromSeconds(30), "the api's cache working again");
    }

    // "host:port,password=..." -> AUTH + PING over RESP.
    private static async Task<bool> PingAsync(string connectionString)
    {
        var parts = connectionString.Split(',');
        var hostPort = parts[0].Split(':');
        var password = parts.First(p => p.StartsWith("password=", StringComparison.Ordinal))["password=".Length..];
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(hostPort[0], int.Parse(hostPort[1], System.Globalization.CultureInfo.InvariantCulture));
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"*2\r\n$4\r\nAUTH\r\n${password.Length}\r\n{password}\r\n*1\r\n$4\r\nPING\r\n"));
            var buffer = new byte[64];
            var read = 0;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            while (read < buffer.Length && !Encoding.ASCII.GetString(buffer, 0, read).Contains("+PONG"))
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                if (n == 0) break;
                read += n;
            }
            return Encoding.ASCII.GetString(buffer, 0, read) == "+OK\r\n+PONG\r\n";
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
