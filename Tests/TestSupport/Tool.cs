namespace TestSupport;

// Locates Debian-packaged executables the tests drive for real (redis-server, prometheus, promtool, chromium).
public static class Tool
{
    public static string Find(string name, string debianPackage)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"'{name}' is not on PATH; install the Debian package '{debianPackage}' (the README's test command does this).");
    }
}
