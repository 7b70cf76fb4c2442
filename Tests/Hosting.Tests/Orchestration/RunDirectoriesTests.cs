using System.Diagnostics;
using System.Globalization;
using Hosting.Orchestration;

namespace Hosting.Tests.Orchestration;

public sealed class RunDirectoriesTests
{
    [Fact]
    public async Task NewRunRemovesDirectoriesOfDeadAppHostsAndKeepsLiveOnes()
    {
        using var dead = Process.Start("true")!;
        await dead.WaitForExitAsync();
        var orphan = Owned(dead.Id);
        var live = Owned(Environment.ProcessId);

        var created = RunDirectories.CreateTemporary();
        try
        {
            Assert.False(Directory.Exists(orphan));
            Assert.True(Directory.Exists(live));
            Assert.Equal(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(created, ".apphost.pid")));
        }
        finally
        {
            Directory.Delete(live, recursive: true);
            Directory.Delete(created, recursive: true);
        }
    }

    private static string Owned(int pid)
    {
        var directory = Directory.CreateTempSubdirectory("apphost-").FullName;
        File.WriteAllText(Path.Combine(directory, ".apphost.pid"), pid.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Path.Combine(directory, "prometheus", "data-0"));
        return directory;
    }
}
