using System.Runtime.InteropServices;

namespace TestSupport;

public static partial class Posix
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    // kill -0 succeeds on zombies, so a dead-but-unreaped child counts as dead here.
    public static bool IsAlive(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status)) return false;
        try
        {
            var state = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
            return state is not null && !state.Contains('Z') && !state.Contains("X (dead)");
        }
        catch (IOException)
        {
            return false;
        }
    }
}
