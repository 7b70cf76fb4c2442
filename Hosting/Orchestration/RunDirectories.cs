namespace Hosting.Orchestration;

// Run directories hold generated config and data (Prometheus TSDB, Redis dir). A SIGKILLed AppHost
// cannot delete its own, so each one records its owner's pid and the next run removes the orphans.
internal static class RunDirectories
{
    private const string Prefix = "apphost-";
    private const string OwnerFile = ".apphost.pid";

    public static string CreateTemporary()
    {
        RemoveOrphans();
        var directory = Directory.CreateTempSubdirectory(Prefix).FullName;
        File.WriteAllText(Path.Combine(directory, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return directory;
    }

    private static void RemoveOrphans()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            try
            {
                var owner = Path.Combine(directory, OwnerFile);
                if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), out var pid) && !ProcessSignals.IsAlive(pid))
                    Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's, or being removed: leave it.
            }
        }
    }
}
