using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Reliability.Tests.Exposure;

// Every process of a run: the host (this test process, which is the AppHost here), each resource
// instance DCP reports with its pid, the owners of the ports the model allocated (DCP's proxies, which
// run detached under PID 1), and all their descendants.
public static class RunProcesses
{
    public static async Task<IReadOnlySet<int>> OfAsync(DistributedApplication app, IEnumerable<ResourceEvent> instances)
    {
        var roots = new HashSet<int> { Environment.ProcessId };
        foreach (var instance in instances)
            if (instance.ProcessId() is { } pid) roots.Add(pid);
        var ports = new HashSet<int>();
        foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<IResourceWithEndpoints>())
            foreach (var endpoint in resource.GetEndpoints())
                if (endpoint.IsAllocated) ports.Add(endpoint.Port);
        foreach (var owner in await OwnersOfAsync(ports)) roots.Add(owner);
        var all = new HashSet<int>();
        foreach (var root in roots) Descend(root, all);
        return all;
    }

    private static void Descend(int pid, HashSet<int> into)
    {
        if (!into.Add(pid)) return;
        foreach (var child in ProcessTree.Children(pid)) Descend(child, into);
    }

    // Processes listening on the given ports: scanning every pid's sockets (of this user) once.
    private static Task<IEnumerable<int>> OwnersOfAsync(IReadOnlySet<int> ports) => Task.Run(() =>
    {
        var pids = Directory.EnumerateDirectories("/proc").Select(Path.GetFileName)
            .Where(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture));
        return ListeningSockets.Of(pids).Where(s => ports.Contains(s.Port)).Select(s => s.Pid).Distinct();
    });
}
