namespace Api.Caching;

// Answered is false when the cache failed or timed out; Value is null when it had nothing.
public readonly record struct CacheRead(bool Answered, string? Value);
