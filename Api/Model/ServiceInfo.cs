using System.Reflection;

namespace Api.Model;

public sealed record ServiceInfo(string Service, string Version, string Environment, IReadOnlyList<string> Endpoints)
{
    public static string AssemblyVersion { get; } =
        typeof(ServiceInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
