using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Microsoft.Extensions.Hosting;

// Runs every outgoing request through the client's Polly pipeline. Polly's own exceptions are rethrown as
// HttpRequestException (inner exception kept) so callers handle one exception type for "the call failed".
internal sealed class ResilienceHandler(HttpResiliencePipelines pipelines, string clientName) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pipeline = pipelines.For(clientName, request.RequestUri);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HttpResiliencePipelines.RequestKey, request);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Handler.SendCoreAsync(state.Request, ctx.CancellationToken),
                context, (Handler: this, Request: request));
        }
        catch (BrokenCircuitException e)
        {
            throw new HttpRequestException($"Circuit open for {request.RequestUri?.Authority}: recent calls failed; not calling it for now.", e);
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"{request.Method} {request.RequestUri} timed out after {e.Timeout.TotalSeconds:0.###} s.", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
