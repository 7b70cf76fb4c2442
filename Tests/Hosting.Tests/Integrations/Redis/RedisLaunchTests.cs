using Hosting.Orchestration;
using Hosting.Integrations.Redis;

namespace Hosting.Tests.Integrations.Redis;

public class RedisLaunchTests
{
    [Fact]
    public void ExecutableArgumentsTurnPersistenceOffAndRequireThePassword() =>
        Assert.Equal(
            "--port 6380 --bind 127.0.0.1 --requirepass pw --save  --appendonly no --dir /run/cache/data",
            string.Join(' ', RedisLaunch.ExecutableArguments(6380, "pw", "/run/cache/data")));

    [Fact]
    public void SaveIsGivenAnEmptyArgumentNotDropped() =>
        Assert.Equal("", RedisLaunch.ExecutableArguments(1, "pw", "/d")[7]);

    [Fact]
    public void ConnectionStringNamesLoopbackPortAndPassword() =>
        Assert.Equal("127.0.0.1:6380,password=pw", RedisLaunch.ConnectionString(6380, "pw"));

    [Fact]
    public void ContainerCommandLineIsExact() =>
        Assert.Equal(
            "run -d --name cache-0-ab12cd -p 127.0.0.1:6380:6379 --add-host=host.docker.internal:host-gateway " +
            "redis:7.4.2 redis-server --requirepass pw --save  --appendonly no",
            string.Join(' ', ContainerCommandLine.Run(RedisLaunch.Container("docker", "cache-0-ab12cd", 6380, "pw"))));
}
