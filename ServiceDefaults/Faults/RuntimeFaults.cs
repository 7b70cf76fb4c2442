using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

// Faults the dashboard switches on and off while a service runs (docs/faults-and-traffic.md). The AppHost
// writes them to one JSON file and passes its path as Faults:File; the file is a configuration source
// reloaded on change, so every replica (and a replica restarted mid-fault) reads the same switches within
// a fraction of a second, and nothing listens on a port for them: no admin endpoint a client could call.
public static class RuntimeFaults
{
    public const string SectionName = "Faults";
    public const string FileSetting = "Faults:File";

    // Adds the faults file, when the AppHost named one, as a reloading configuration source.
    public static TBuilder AddRuntimeFaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var file = builder.Configuration[FileSetting];
        if (!string.IsNullOrWhiteSpace(file))
            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: true, reloadOnChange: true);
        return builder;
    }

    // IOptionsMonitor<RuntimeFault>.Get(name) then follows section Faults:{name} as the file changes.
    public static IServiceCollection AddRuntimeFault(this IServiceCollection services, IConfiguration configuration, string name) =>
        services.Configure<RuntimeFault>(name, configuration.GetSection($"{SectionName}:{name}"));
}
