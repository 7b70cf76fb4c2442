using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Microsoft.Extensions.Hosting;

// One pipeline per (HttpClient name, target service): circuit-breaker state must outlive the handler
// instances IHttpClientFactory recycles every couple of minutes, and one failing service must not open
// the breaker for another. Order as in Aspire: total timeout → retry → circuit breaker → attempt timeout.
public sealed class HttpResiliencePipelines(IOptionsMonitor<HttpResilienceOptions> options, TimeProvider time)
{
    internal static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("ServiceDefaults.Request");

    private readonly ConcurrentDictionary<(string Client, string Authority), ResiliencePipeline<HttpResponseMessage>> _pipelines = new();

    public ResiliencePipeline<HttpResponseMessage> For(string clientName, Uri? target) =>
        _pipelines.GetOrAdd((clientName, target?.IsAbsoluteUri == true ? target.Authority : ""), _ => Build(options.CurrentValue));

    private ResiliencePipeline<HttpResponseMessage> Build(HttpResilienceOptions o) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = o.TotalTimeout, Name = "TotalTimeout" })
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.Retry.MaxAttempts,
                Delay = o.Retry.Delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    TransientHttpFailure.IsTransient(args.Outcome)
                    && args.Context.Properties.TryGetValue(RequestKey, out var request)
                    && TransientHttpFailure.IsIdempotent(request.Method)),
                // A server that says when to come back (429/503 Retry-After) knows better than our backoff; the
                // total timeout still bounds the wait.
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                // The failed response is dropped for the next attempt; release its connection now.
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = o.CircuitBreaker.FailureRatio,
                MinimumThroughput = o.CircuitBreaker.MinimumThroughput,
                SamplingDuration = o.CircuitBreaker.SamplingDuration,
                BreakDuration = o.CircuitBreaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(TransientHttpFailure.IsTransient(args.Outcome)),
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = o.AttemptTimeout, Name = "AttemptTimeout" })
            .Build();

    private TimeSpan? RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
