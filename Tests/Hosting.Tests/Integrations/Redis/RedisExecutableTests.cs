using Hosting.Integrations.Redis;
using TestSupport;

namespace Hosting.Tests.Integrations.Redis;

// A real redis-server started from the executable launch arguments, checked with the RESP probe.
public class RedisExecutableTests
{
    [Fact]
    public async Task RealRedisFromTheLaunchArgumentsPassesTheProbeOnlyWithItsPassword()
    {
        using var dir = new TempDirectory();
        var port = FreePort.Next();
        const string password = "a1b2c3d4e5f6a7b8";
        var probe = new RedisPingProbe("127.0.0.1", port, password);
        Assert.False(await probe.IsHealthyAsync());

        await using var redis = ExternalProcess.Start(Tool.Find(RedisLaunch.Executable, RedisLaunch.DebianPackage),
            RedisLaunch.ExecutableArguments(port, password, dir.Path));

        await Eventually.TrueAsync(() => probe.IsHealthyAsync(), TimeSpan.FromSeconds(10), "redis AUTH+PING");
        Assert.False(await new RedisPingProbe("127.0.0.1", port, "wrong-password").IsHealthyAsync());
    }

    [Fact]
    public async Task ProbeFailsFastWhenNothingListens() =>
        Assert.False(await new RedisPingProbe("127.0.0.1", FreePort.Next(), "x").IsHealthyAsync());

    [Fact]
    public void CommandsAreEncodedAsRespArrays() =>
        Assert.Equal("*2\r\n$4\r\nAUTH\r\n$6\r\nsecr\u00e9\r\n", RedisPingProbe.Command("AUTH", "secré"));
}
