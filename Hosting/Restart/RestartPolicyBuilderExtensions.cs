using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting;

public static class RestartPolicyBuilderExtensions
{
    // Restart the resource (every replica on its own) when it crashes, with capped exponential backoff.
    public static IResourceBuilder<T> WithRestartOnCrash<T>(this IResourceBuilder<T> builder,
        TimeSpan? initialDelay = null, TimeSpan? maxDelay = null) where T : IResource
    {
        if (builder.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            builder.ApplicationBuilder.Services.TryAddSingleton(TimeProvider.System);
            builder.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RestartOnCrashService>());
        }
        var policy = new RestartPolicyAnnotation(
            initialDelay ?? RestartPolicyAnnotation.Default.InitialDelay, maxDelay ?? RestartPolicyAnnotation.Default.MaxDelay);
        return builder.WithAnnotation(policy, ResourceAnnotationMutationBehavior.Replace);
    }
}
