using System.Runtime.CompilerServices;

namespace Aspire.Hosting;

public static class ResourceModeBuilderExtensions
{
    public const string Setting = "Hosting:ResourceMode";

    private static readonly ConditionalWeakTable<IDistributedApplicationBuilder, ResourceModeDecision> Decisions = new();

    // Decided once per AppHost: the setting when it forces a mode, else whether a runtime answers.
    public static ResourceModeDecision GetResourceMode(this IDistributedApplicationBuilder builder) =>
        Decisions.GetValue(builder, b => ResourceModeDecision.Decide(b.Configuration[Setting], new ContainerRuntimeProbe()));
}

// The mode and, for the dashboard and the console, why.
public sealed record ResourceModeDecision(ResourceMode Mode, string Reason)
{
    public bool UseContainers => Mode == ResourceMode.Container;

    public static ResourceModeDecision Decide(string? setting, ContainerRuntimeProbe probe)
    {
        var forced = setting?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => ResourceMode.Auto,
            "container" => ResourceMode.Container,
            "executable" => ResourceMode.Executable,
            _ => throw new DistributedApplicationException(
                $"{ResourceModeBuilderExtensions.Setting}='{setting}' is not one of auto, container, executable."),
        };
        if (forced != ResourceMode.Auto)
            return new(forced, $"{ResourceModeBuilderExtensions.Setting}={forced.ToString().ToLowerInvariant()}");
        var (runtime, reason) = probe.Detect();
        return new(runtime is null ? ResourceMode.Executable : ResourceMode.Container, reason);
    }
}
