using Microsoft.Extensions.Options;

namespace Predictor.Faults;

// The predictor's runtime faults on GET /predict/{ticker}: extra latency before the answer, and a share of
// answers replaced by 500 problem+json. Off unless the AppHost's faults file switches them on.
public sealed class PredictorFaultFilter(IOptionsMonitor<RuntimeFault> faults, TimeProvider time) : IEndpointFilter
{
    public const string Latency = "PredictorLatency";
    public const string Errors = "PredictorErrors";
    public const int MaxLatencyMilliseconds = 5000;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var now = time.GetUtcNow();
        var latency = faults.Get(Latency);
        if (latency.IsActive(now) && latency.Milliseconds > 0)
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(latency.Milliseconds, MaxLatencyMilliseconds)), time,
                context.HttpContext.RequestAborted);

        var errors = faults.Get(Errors);
        if (errors.IsActive(now) && Random.Shared.Next(100) < Math.Clamp(errors.Percent, 0, 100))
            return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Injected fault",
                detail: "Fault injection (PredictorErrors) failed this prediction on purpose; see docs/faults-and-traffic.md.");
        return await next(context);
    }
}
