using TestSupport;

namespace Eng.Tests.Prerequisites;

// A PATH that looks like a fresh machine: every command of this one except the prerequisites, plus a stub
// apt-get that only records its arguments. Nothing is ever installed. Stubs can make a command "present",
// make the caller non-root (a stub `id`), or take apt-get away.
public sealed class PrerequisitesSandbox : IDisposable
{
    // Every command any prerequisite row may name, whether or not the table has it today: removing them all
    // makes the sandbox a machine with none of them, whatever this machine has installed.
    private static readonly HashSet<string> Prerequisites =
    [
        "redis-server", "redis-cli", "prometheus", "promtool", "prometheus-pushgateway",
        "chromium", "chromium-browser", "npm", "node", "apt-get", "systemctl", "id", "dotnet",
    ];

    private static readonly string[] SystemBinDirectories =
        ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    private readonly TempDirectory _root = new();

    public PrerequisitesSandbox(bool root = true, bool aptGet = true, params string[] present)
    {
        Directory.CreateDirectory(Bin);
        foreach (var dir in SystemBinDirectories.Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFileSystemEntries(dir))
            {
                var name = Path.GetFileName(file);
                var link = Path.Combine(Bin, name);
                if (Prerequisites.Contains(name) || Path.Exists(link)) continue;
                File.CreateSymbolicLink(link, file);
            }

        foreach (var command in present.Append("dotnet").Append("systemctl")) Stub(command, "exit 0");
        Stub("id", root ? "echo 0" : "echo 1000");
        if (aptGet) Stub("apt-get", $"echo \"$*\" >> '{AptLog}'\nexit 0");
    }

    public string Bin => _root.File("bin");

    public string AptLog => _root.File("apt.log");

    public IReadOnlyList<string> AptCalls => File.Exists(AptLog) ? File.ReadAllLines(AptLog) : [];

    // The packages of the last `apt-get ... install ...` call, in the order asked.
    public IReadOnlyList<string> InstalledPackages()
    {
        var install = AptCalls.LastOrDefault(call => call.Split(' ').Contains("install"));
        if (install is null) return [];
        var words = install.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.SkipWhile(w => w != "install").Skip(1).Where(w => !w.StartsWith('-')).ToList();
    }

    public async Task<ScriptRun> RunAsync(params string[] args)
    {
        var run = await ToolRun.RunAsync("/bin/bash", [RepositoryRoot.Combine("eng", "prerequisites.sh"), .. args], RepositoryRoot.Path,
            environment: new Dictionary<string, string> { ["PATH"] = Bin }, timeout: TimeSpan.FromSeconds(60));
        return new ScriptRun(run.ExitCode, run.Stdout, run.Stderr);
    }

    private void Stub(string command, string body)
    {
        var path = Path.Combine(Bin, command);
        File.Delete(path);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        // The scripts are bash on Linux; elsewhere there is nothing to run them with.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => _root.Dispose();
}

public sealed record ScriptRun(int ExitCode, string Stdout, string Stderr);
