using System.Net.Sockets;
using System.Text;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Reliability.Tests.Support;

namespace Reliability.Tests.Exposure;

// What the running system exposes: every listening socket of the run binds loopback, Redis answers
// nothing without its password, and the generated password appears in no resource's console log.
[Collection(ReliabilityCollection.Name)]
public sealed class ExposureTests(ReliabilitySystem system)
{
    private static readonly string[] Resources = ["cache", "predictor", "prometheus", "api"];

    [Fact]
    public async Task EveryListeningSocketOfTheRunBindsLoopback()
    {
        var instances = await InstancesAsync();
        var processes = await RunProcesses.OfAsync(system.App, instances);
        var sockets = ListeningSockets.Of(processes);

        var exposed = sockets.Where(s => !s.IsLoopback).ToList();
        Assert.True(exposed.Count == 0, "listening beyond loopback: " + string.Join(", ", exposed));
        var allocated = system.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<IResourceWithEndpoints>()
            .SelectMany(r => r.GetEndpoints()).Where(e => e.IsAllocated).Select(e => e.Port).ToHashSet();
        Assert.Subset(sockets.Select(s => s.Port).ToHashSet(), allocated);
        Figures.Record("Exposure: listening sockets",
            $"{sockets.Count} listening sockets of {sockets.Select(s => s.Pid).Distinct().Count()} run processes " +
            $"({string.Join(", ", sockets.Select(s => s.Process).Distinct().Order(StringComparer.Ordinal))}), all on loopback");
    }

    [Fact]
    public async Task RedisAnswersNothingWithoutItsPassword()
    {
        var (endpoint, password) = await CacheAsync();
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port);
        var stream = client.GetStream();

        var unauthenticated = await CommandAsync(stream, "GET", "anything");
        var wrong = await CommandAsync(stream, "AUTH", "not-the-password");
        var right = await CommandAsync(stream, "AUTH", password);
        var ping = await CommandAsync(stream, "PING");

        Assert.StartsWith("-NOAUTH", unauthenticated, StringComparison.Ordinal);
        Assert.StartsWith("-WRONGPASS", wrong, StringComparison.Ordinal);
        Assert.Equal("+OK", right);
        Assert.Equal("+PONG", ping);
        Figures.Record("Exposure: Redis password", $"without it: {unauthenticated}; wrong one: {wrong.Split(' ')[0]}; with it: {right}");
    }

    [Fact]
    public async Task TheRedisPasswordAppearsInNoConsoleLog()
    {
        var (_, password) = await CacheAsync();
        var logs = system.App.Services.GetRequiredService<ResourceLoggerService>();
        var lines = 0;
        foreach (var instance in await InstancesAsync())
        {
            using var idle = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await foreach (var batch in logs.WatchAsync(instance.ResourceId).WithCancellation(idle.Token))
                {
                    foreach (var line in batch)
                    {
                        lines++;
                        Assert.False(line.Content.Contains(password, StringComparison.Ordinal),
                            $"{instance.ResourceId} logged the Redis password: {line.Content.Replace(password, "***", StringComparison.Ordinal)}");
                    }
                    idle.CancelAfter(TimeSpan.FromSeconds(1));
                }
            }
            catch (OperationCanceledException) when (idle.IsCancellationRequested)
            {
            }
        }
        Assert.True(lines > 0, "no console lines were read");
        Figures.Record("Exposure: secrets in console logs", $"Redis password found in 0 of {lines} console lines of {Resources.Length} resources");
    }

    private async Task<List<ResourceEvent>> InstancesAsync()
    {
        var instances = new List<ResourceEvent>();
        foreach (var name in Resources)
            instances.AddRange(await system.App.WaitForRunningInstancesAsync(name, name == "predictor" ? 2 : 1, TimeSpan.FromSeconds(90)));
        return instances;
    }

    private async Task<((string Host, int Port) Endpoint, string Password)> CacheAsync()
    {
        var connection = await system.App.GetConnectionStringAsync("cache") ?? throw new InvalidOperationException("no connection string");
        var parts = connection.Split(',');
        var hostPort = parts[0].Split(':');
        var password = parts.Select(p => p.Split('=', 2)).Single(p => p[0].Trim() == "password")[1];
        return ((hostPort[0], int.Parse(hostPort[1], System.Globalization.CultureInfo.InvariantCulture)), password);
    }

    private static async Task<string> CommandAsync(NetworkStream stream, params string[] args)
    {
        var command = new StringBuilder($"*{args.Length}\r\n");
        foreach (var arg in args) command.Append(CultureInfo($"${Encoding.UTF8.GetByteCount(arg)}\r\n{arg}\r\n"));
        await stream.WriteAsync(Encoding.UTF8.GetBytes(command.ToString()));
        var buffer = new byte[512];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return Encoding.UTF8.GetString(buffer, 0, read).TrimEnd('\r', '\n');
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
