using System.Diagnostics;

namespace Api.Caching;

// One client span per Redis command, started and stopped around the call. Aspire's Redis client can trace commands
// itself (the OpenTelemetry StackExchange.Redis instrumentation inside Aspire.StackExchange.Redis), but that keeps
// every request's Activity and profiling session alive until a drain thread runs every 10 s: under load that held
// ~200k activities, tripled the Api's memory and pushed its p99 into hundreds of milliseconds (BENCHMARKS.md).
// Its tracing is therefore off (RedisClientRegistration) and these spans stand in, with the same names and tags.
public static class RedisTracing
{
    public const string SourceName = "Api.Redis";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartCommand(string command)
    {
        var activity = Source.StartActivity(command, ActivityKind.Client);
        activity?.SetTag("db.system.name", "redis");
        activity?.SetTag("db.system", "redis");
        activity?.SetTag("db.operation.name", command);
        return activity;
    }

    public static void Failed(Activity? activity, Exception error)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        activity?.SetTag("error.type", error.GetType().FullName);
    }
}
