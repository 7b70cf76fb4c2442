using Hosting.ApplicationModel;
using Hosting.Orchestration;

namespace Hosting.Tests.Support;

// `dotnet Hosting.Tests.dll orphan-parent N`: starts N `sleep` children through ProcessRunner, prints
// their pids, then waits to be killed. The orphan test SIGKILLs this process and checks the children died.
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["orphan-parent", var count]) return 0;
        var runner = new ProcessRunner();
        for (var i = 0; i < int.Parse(count, System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            // Started from thread-pool threads on purpose: the launcher thread must make that harmless.
            var child = await Task.Run(() => runner.StartAsync(new ProcessLaunchSpec
            {
                FileName = "sleep", Args = ["300"], WorkingDirectory = "/", Environment = new Dictionary<string, string>(),
            }, (_, _) => { }, CancellationToken.None));
            Console.WriteLine($"child {child.Pid}");
        }
        Console.WriteLine("ready");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
