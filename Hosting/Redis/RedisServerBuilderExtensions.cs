using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Aspire.Hosting;

public static class RedisServerBuilderExtensions
{
    // The cache as Aspire's Redis container when a container runtime answers, else redis-server;
    // either way restarted when it crashes. WithReference gives ConnectionStrings__{name}.
    public static IResourceBuilder<IResourceWithConnectionString> AddRedisCache(this IDistributedApplicationBuilder builder,
        [ResourceName] string name, int? port = null) =>
        builder.GetResourceMode().UseContainers
            ? builder.AddRedis(name, port).WithRestartOnCrash()
            : builder.AddRedisServer(name, port).WithRestartOnCrash();

    public const string PasswordFileName = "redis.conf";

    // redis-server on loopback, password required, persistence off (the cache is disposable).
    public static IResourceBuilder<RedisServerResource> AddRedisServer(this IDistributedApplicationBuilder builder,
        [ResourceName] string name, int? port = null)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var data = RunDirectory.Create(builder, name);
        var redis = new RedisServerResource(name, password, data);
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(redis, async (_, ct) =>
            connectionString = await redis.ConnectionStringExpression.GetValueAsync(ct));
        // The same check Aspire.Hosting.Redis uses (AspNetCore.HealthChecks.Redis): healthy once AUTH + PING answer.
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(_ => connectionString ?? throw new InvalidOperationException("no connection string yet"),
            name: healthCheck);
        return builder.AddResource(redis)
            .WithEndpoint(port: port, scheme: "tcp", name: RedisServerResource.PrimaryEndpointName)
            .WithArgs(async context =>
            {
                // The password goes in a config file only this user can read, not on the command line:
                // DCP logs an executable's arguments to its console ("Starting process... Args = [...]"),
                // shown in the dashboard's console view (found by Tests/Reliability.Tests, docs/reliability.md).
                if (context.ExecutionContext.IsRunMode)
                    context.Args.Add(await WritePasswordFileAsync(data, redis.PasswordParameter, context.CancellationToken));
                else
                {
                    context.Args.Add("--requirepass");
                    context.Args.Add(redis.PasswordParameter);
                }
                context.Args.Add("--port");
                context.Args.Add(redis.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                foreach (var arg in (string[])["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", data])
                    context.Args.Add(arg);
            })
            .WithHealthCheck(healthCheck)
            .WithIconName("Database");
    }

    // redis-server reads a config file named as its first argument; `requirepass` there is the password.
    private static async Task<string> WritePasswordFileAsync(string directory, ParameterResource password, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, PasswordFileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var file = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        await file.WriteAsync($"requirepass \"{await password.GetValueAsync(cancellationToken)}\"\n");
        return path;
    }
}
