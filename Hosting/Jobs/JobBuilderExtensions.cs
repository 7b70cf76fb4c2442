using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Aspire.Hosting;

// A project or executable that runs to completion (a batch job) instead of serving. It starts with the
// app like any resource; a dashboard command runs it again, and an optional interval reruns it. Its exit
// code stays on the dashboard ("Finished", exit code N). Never give a job WithRestartOnCrash: a finished
// run is not a crash, and a failed one should stay visible until someone looks.
public static class JobBuilderExtensions
{
    public static IResourceBuilder<T> WithRunCommand<T>(this IResourceBuilder<T> builder, string name, string displayName, string description)
        where T : IResource
    {
        var job = builder.Resource;
        return builder.WithCommand(name, displayName,
            // Aspire's own start command, as the dashboard's Start button sends it: same name, same proxy ports.
            context => context.Services.GetRequiredService<ResourceCommandService>()
                .ExecuteCommandAsync(job, KnownResourceCommands.StartCommand, context.CancellationToken),
            new CommandOptions
            {
                Description = description,
                IconName = "Play",
                IsHighlighted = true,
                // Never two runs at once: the command is offered only while the job is not running.
                UpdateState = context => IsFinished(context.ResourceSnapshot) ? ResourceCommandState.Enabled : ResourceCommandState.Disabled,
            });
    }

    // Runs the job again `interval` after each run ends; null or zero leaves it to the command.
    public static IResourceBuilder<T> WithRunInterval<T>(this IResourceBuilder<T> builder, TimeSpan? interval) where T : IResource
    {
        if (interval is not { } every || every <= TimeSpan.Zero) return builder;
        if (builder.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            builder.ApplicationBuilder.Services.TryAddSingleton(TimeProvider.System);
            builder.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, JobScheduleService>());
        }
        return builder.WithAnnotation(new JobScheduleAnnotation(every), ResourceAnnotationMutationBehavior.Replace);
    }

    public static bool IsFinished(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state);
}
