using System.Net;
using Polly;
using Polly.Timeout;

namespace Microsoft.Extensions.Hosting;

// What counts as worth retrying or tripping the breaker: 5xx, 408, 429, connection failures and timeouts.
internal static class TransientHttpFailure
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    // Retrying a POST could repeat a side effect; only methods that are idempotent by definition retry.
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;
}
