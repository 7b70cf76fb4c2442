using Hosting.Tests.Support;

namespace Hosting.Tests.Redis;

public sealed class RedisCacheTests
{
    [Fact]
    public async Task WithoutContainersTheCacheIsRedisServerOnTheEndpointsTargetPortWithPersistenceOffAndThePasswordInAFile()
    {
        var builder = Model.Builder("executable");
        var cache = builder.AddRedisCache("cache");
        var redis = Assert.IsType<RedisServerResource>(cache.Resource);
        Model.Allocate(redis, port: 6380, targetPort: 41000);

        var args = await Evaluate.ArgumentsAsync(redis);

        Assert.Equal("redis-server", redis.Command);
        var password = await redis.PasswordParameter.GetValueAsync(default);
        var passwordFile = Path.Combine(redis.WorkingDirectory, RedisServerBuilderExtensions.PasswordFileName);
        Assert.Equal([passwordFile, "--port", "41000", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", redis.WorkingDirectory], args);
        // Not on the command line, which DCP logs: in a file only this user reads.
        Assert.Equal($"requirepass \"{password}\"\n", await File.ReadAllTextAsync(passwordFile));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwordFile));
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "aspire-metrics", "cache-"), redis.WorkingDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConnectionStringHasAspiresShapeOnTheProxiedPort()
    {
        var builder = Model.Builder("executable");
        var redis = (RedisServerResource)builder.AddRedisCache("cache").Resource;
        Model.Allocate(redis, port: 6380, targetPort: 41000);

        var connectionString = await redis.ConnectionStringExpression.GetValueAsync(default);

        Assert.Equal($"localhost:6380,password={await redis.PasswordParameter.GetValueAsync(default)}", connectionString);
    }

    [Fact]
    public async Task AReferenceGivesTheServiceConnectionStringsCache()
    {
        var builder = Model.Builder("executable");
        var cache = builder.AddRedisCache("cache");
        var api = builder.AddExecutable("api", "api", ".").WithReference(cache);
        Model.Allocate(cache.Resource, port: 6380, targetPort: 41000);

        var environment = await Evaluate.EnvironmentAsync(api.Resource);

        Assert.Equal(await cache.Resource.ConnectionStringExpression.GetValueAsync(default), environment["ConnectionStrings__cache"]);
    }

    [Fact]
    public void RedisServerIsHealthyOnlyThroughItsPingCheckAndRestartsWhenItCrashes()
    {
        var redis = Model.Builder("executable").AddRedisCache("cache").Resource;
        Assert.Equal("cache_check", Assert.Single(redis.Annotations.OfType<HealthCheckAnnotation>()).Key);
        Assert.Single(redis.Annotations.OfType<RestartPolicyAnnotation>());
    }

    [Fact]
    public void WithContainersTheCacheIsAspiresRedisResourceWithItsPinnedImage()
    {
        var cache = Model.Builder("container").AddRedisCache("cache");
        var redis = Assert.IsType<RedisResource>(cache.Resource);
        var image = Assert.Single(redis.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal("library/redis", image.Image);
        Assert.False(string.IsNullOrEmpty(image.Tag));
        Assert.Single(redis.Annotations.OfType<RestartPolicyAnnotation>());
    }
}
