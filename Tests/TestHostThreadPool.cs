using System.Runtime.CompilerServices;

namespace TestSupport;

// The test host holds two thread-pool threads for the whole run: vstest's message loop polls its socket
// on one, and xunit's runner waits for the assembly's result on another. Neither tells the pool it is
// blocked, so on a 2-core machine (minimum 2 threads) they are the whole minimum, and any other work
// item waits for the pool's starvation check, which runs every 500 ms. Measured in Reliability.Tests:
// a work item queued from a plain thread waited 500-966 ms, a few times a minute. Two more threads
// give back what the runner takes, before any test starts anything.
internal static class TestHostThreadPool
{
    private const int HeldByTheRunner = 2;

    [ModuleInitializer]
    internal static void GiveBackTheThreadsTheRunnerHolds()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(workers + HeldByTheRunner, completionPorts);
    }
}
