using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hosting.Orchestration;

// Linux's parent-death signal belongs to the parent THREAD: a child forked from a thread-pool thread
// is killed when that thread retires. Every child is therefore forked from this one long-lived thread,
// and `setpriv --pdeathsig KILL` makes it die when the AppHost dies, even by SIGKILL.
internal static class ProcessLauncher
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource Started)> Queue = [];

    static ProcessLauncher()
    {
        var thread = new Thread(Loop) { IsBackground = true, Name = "process-launcher" };
        thread.Start();
    }

    public static Task StartAsync(Process process)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Queue.Add((process, started));
        return started.Task;
    }

    private static void Loop()
    {
        foreach (var (process, started) in Queue.GetConsumingEnumerable())
        {
            try
            {
                process.Start();
                started.SetResult();
            }
            catch (Exception e)
            {
                started.SetException(e);
            }
        }
    }
}
