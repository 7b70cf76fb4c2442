using System.Runtime.InteropServices;

namespace Hosting.Orchestration;

internal static class ProcessSignals
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in this project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Kill(int pid, int signal);

    // Each child leads its own process group (setsid), so -pid signals the child and its descendants.
    public static void KillGroup(int pid, int signal)
    {
        if (Kill(-pid, signal) != 0) Kill(pid, signal);
    }

    // kill -0 succeeds on zombies, which are dead for our purposes.
    public static bool IsAlive(int pid)
    {
        try
        {
            var state = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
            return state is not null && !state.Contains('Z') && !state.Contains("X (dead)");
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
