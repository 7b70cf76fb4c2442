using ServiceDefaults.Tests.Support;
using TestSupport;

namespace ServiceDefaults.Tests.Telemetry;

[Collection(AppCollection.Name)]
public sealed class ProcessMetricsTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private Scrape _scrape = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _scrape = await Scrape.FetchAsync(_app.Http);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("process_cpu_seconds", "counter", "process_cpu_seconds_total")]
    [InlineData("process_resident_memory_bytes", "gauge", "process_resident_memory_bytes")]
    [InlineData("process_virtual_memory_bytes", "gauge", "process_virtual_memory_bytes")]
    [InlineData("process_start_time_seconds", "gauge", "process_start_time_seconds")]
    [InlineData("process_open_fds", "gauge", "process_open_fds")]
    [InlineData("process_max_fds", "gauge", "process_max_fds")]
    public void StandardProcessFamilyHasThePrometheusClientNameAndType(string family, string type, string sample)
    {
        var typed = _scrape.TypeOf(family) ?? _scrape.TypeOf(sample);
        Assert.Equal(type, typed);
        Assert.Single(_scrape.Named(sample));
    }

    [Fact]
    public void MemoryFiguresAreThisProcesssOwn()
    {
        var resident = _scrape.Single("process_resident_memory_bytes").Value;
        var virtualBytes = _scrape.Single("process_virtual_memory_bytes").Value;

        Assert.InRange(resident, Environment.WorkingSet / 2.0, Environment.WorkingSet * 2.0);
        Assert.True(virtualBytes > resident, $"virtual {virtualBytes} should exceed resident {resident}");
    }

    [Fact]
    public void CpuSecondsAndStartTimeDescribeThisProcess()
    {
        var cpu = _scrape.Single("process_cpu_seconds_total").Value;
        var start = DateTime.UnixEpoch.AddSeconds(_scrape.Single("process_start_time_seconds").Value);
        var uptime = TimeSpan.FromMilliseconds(Environment.TickCount64);

        Assert.InRange(cpu, 0.01, Environment.CpuUsage.TotalTime.TotalSeconds + 0.001);
        Assert.InRange(start, DateTime.UtcNow - uptime - TimeSpan.FromMinutes(1), DateTime.UtcNow);
    }

    [Fact]
    public async Task FileDescriptorLimitMatchesWhatTheShellReports()
    {
        await using var shell = ExternalProcess.Start("/bin/sh", ["-c", "ulimit -n"]);
        var limit = await Eventually.ValueAsync(() => Task.FromResult(shell.Output.Trim()), o => o.Length > 0,
            TimeSpan.FromSeconds(10), "ulimit -n");

        Assert.Equal(double.Parse(limit), _scrape.Single("process_max_fds").Value);
        Assert.InRange(_scrape.Single("process_open_fds").Value, 3, double.Parse(limit));
    }

    [Fact]
    public async Task OpenFdsCountsEveryDescriptorThisProcessHolds()
    {
        var before = (await Scrape.FetchAsync(_app.Http)).Single("process_open_fds").Value;
        var files = Enumerable.Range(0, 64).Select(_ => File.OpenRead(typeof(ProcessMetricsTests).Assembly.Location)).ToList();
        try
        {
            var listedBefore = Directory.GetFileSystemEntries("/proc/self/fd").Length;
            var held = (await Scrape.FetchAsync(_app.Http)).Single("process_open_fds").Value;
            var listedAfter = Directory.GetFileSystemEntries("/proc/self/fd").Length;

            // The same figure /proc/self/fd lists (give or take the descriptors other threads open meanwhile),
            // and every one of the 64 files is in it.
            Assert.InRange(held, Math.Min(listedBefore, listedAfter) - 4, Math.Max(listedBefore, listedAfter) + 4);
            Assert.True(held >= before + 64 - 4, $"64 more files open: {before} → {held}");
        }
        finally
        {
            files.ForEach(f => f.Dispose());
        }
    }
}
