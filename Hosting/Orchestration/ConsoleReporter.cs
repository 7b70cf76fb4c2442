using System.Text;
using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// The AppHost console: each resource's output prefixed with its name (and replica), state transitions,
// and a table with the URLs to open once everything is up. Plain lines, no TUI.
public sealed class ConsoleReporter : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Dictionary<string, string> _displayNames;

    private ConsoleReporter(ApplicationPlan plan, CancellationToken stopping)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _displayNames = plan.Replicas.ToDictionary(r => r.InstanceId, r => r.DisplayName);
    }

    public static ConsoleReporter Start(ApplicationPlan plan, ResourceNotificationService notifications, ResourceLoggerService logs, CancellationToken stopping)
    {
        var reporter = new ConsoleReporter(plan, stopping);
        _ = reporter.PrintLogsAsync(logs);
        _ = reporter.PrintTransitionsAsync(notifications);
        return reporter;
    }

    public static void PrintError(string message) =>
        Console.Error.WriteLine($"error: {message}");

    private async Task PrintLogsAsync(ResourceLoggerService logs)
    {
        try
        {
            await foreach (var line in logs.WatchAsync(null, _stop.Token))
                Console.Out.WriteLine($"{Prefix(line.InstanceId)}{(line.Stream == LogStream.System ? "» " : "")}{line.Text}");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PrintTransitionsAsync(ResourceNotificationService notifications)
    {
        var last = new Dictionary<string, ResourceState>();
        try
        {
            await foreach (var s in notifications.WatchAsync(_stop.Token))
            {
                if (last.TryGetValue(s.InstanceId, out var previous) && previous == s.State) continue;
                last[s.InstanceId] = s.State;
                if (s.State == ResourceState.NotStarted && s.Message is null) continue;
                Console.Out.WriteLine($"{Prefix(s.InstanceId)}== {s.State}{(s.Message is null ? "" : $": {s.Message}")}");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private string Prefix(string instanceId) => _displayNames.GetValueOrDefault(instanceId, instanceId).PadRight(14) + "| ";

    public static void PrintSummary(ApplicationPlan plan, DistributedApplicationModel model, ResourceNotificationService notifications, TimeSpan startup)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine($"All resources up in {startup.TotalSeconds:0.00} s.");
        text.AppendLine($"{"RESOURCE",-16}{"STATE",-10}{"PID",-9}URL");
        foreach (var replica in plan.Replicas)
        {
            var s = notifications.GetSnapshot(replica.InstanceId);
            var id = s?.Pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? s?.ContainerId?[..12] ?? "";
            text.AppendLine($"{replica.DisplayName,-16}{s?.State,-10}{id,-9}{string.Join(" ", replica.Endpoints.Values.Select(e => e.Url))}");
        }
        text.AppendLine();
        text.AppendLine("Open:");
        foreach (var resource in model.Resources.OfType<IResourceWithEndpoints>())
            foreach (var endpoint in resource.Annotations.OfType<EndpointAnnotation>().Where(e => e.Port is not null && (e.Scheme is "http" or "https")))
                foreach (var allocated in endpoint.Allocated.Where(a => IsRunning(resource, a.ReplicaIndex)))
                    text.AppendLine($"  {resource.Name,-14}{allocated.Url}");
        foreach (var skipped in notifications.GetSnapshots().Where(s => s.State == ResourceState.NotStarted && s.Message is not null))
            text.AppendLine($"  {skipped.Name,-14}{skipped.Message}");
        text.AppendLine($"Run directory: {plan.RunDirectory}. Press Ctrl+C to stop everything.");
        Console.Out.Write(text.ToString());

        bool IsRunning(IResource resource, int replica) =>
            notifications.GetSnapshot(ApplicationPlanner.InstanceId(resource.Name, replica))?.State == ResourceState.Running;
    }

    public void Dispose()
    {
        // Not disposed: the printing loops may still observe the token.
        _stop.Cancel();
    }
}
