namespace Api.Model;

public sealed record TaskResult(int Seconds, DateTimeOffset StartedAt, DateTimeOffset CompletedAt);
