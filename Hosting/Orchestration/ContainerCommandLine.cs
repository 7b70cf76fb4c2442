using System.Globalization;
using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// The docker/podman CLI arguments for a container spec. Environment values are NOT on the command line
// (`-e KEY` makes the CLI read the value from its own environment), so secrets don't show in `ps`.
public static class ContainerCommandLine
{
    public static IReadOnlyList<string> Run(ContainerLaunchSpec spec)
    {
        var args = new List<string> { "run", "-d", "--name", spec.ContainerName };
        foreach (var p in spec.Ports)
            args.AddRange(["-p", string.Create(CultureInfo.InvariantCulture, $"{p.HostAddress}:{p.HostPort}:{p.ContainerPort}")]);
        foreach (var m in spec.Mounts)
            args.AddRange(["-v", $"{m.Source}:{m.Target}{(m.ReadOnly ? ":ro" : "")}"]);
        foreach (var key in spec.Environment.Keys.Order(StringComparer.Ordinal))
            args.AddRange(["-e", key]);
        args.AddRange(spec.RunOptions);
        args.Add(spec.Image);
        args.AddRange(spec.Args);
        return args;
    }

    public static IReadOnlyList<string> Logs(string containerId) => ["logs", "--follow", containerId];

    public static IReadOnlyList<string> Wait(string containerId) => ["wait", containerId];

    public static IReadOnlyList<string> Stop(string containerId, TimeSpan grace) =>
        ["stop", "--time", ((int)Math.Ceiling(grace.TotalSeconds)).ToString(CultureInfo.InvariantCulture), containerId];

    public static IReadOnlyList<string> Remove(string containerId) => ["rm", "--force", containerId];
}
