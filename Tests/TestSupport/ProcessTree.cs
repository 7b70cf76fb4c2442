using System.Globalization;

namespace TestSupport;

// Processes below a pid, from /proc. DCP starts a project as `dotnet run`, whose child is the
// service itself: the process that crashes in real life, and the one a test kills.
public static class ProcessTree
{
    public static IReadOnlyList<int> Children(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks)) return [];
        try
        {
            return [.. Directory.EnumerateDirectories(tasks)
                .SelectMany(t => File.ReadAllText(Path.Combine(t, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Where(Posix.IsAlive).Distinct()];
        }
        catch (IOException)
        {
            return [];
        }
    }

    // The deepest single-child descendant: the service under `dotnet run`, or the process itself.
    public static int Leaf(int pid)
    {
        for (var children = Children(pid); children.Count == 1; children = Children(pid)) pid = children[0];
        return pid;
    }
}
