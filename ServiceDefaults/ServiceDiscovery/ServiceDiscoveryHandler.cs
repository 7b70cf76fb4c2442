namespace Microsoft.Extensions.Hosting;

// Sits inside the resilience handler, so every attempt (including retries) picks the next replica.
internal sealed class ServiceDiscoveryHandler(ServiceEndpointResolver resolver) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var logical = request.RequestUri;
        if (logical is null) return await base.SendAsync(request, cancellationToken);
        request.RequestUri = resolver.Resolve(logical);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            // Restore the logical address so a retry of the same message resolves afresh.
            request.RequestUri = logical;
        }
    }
}
