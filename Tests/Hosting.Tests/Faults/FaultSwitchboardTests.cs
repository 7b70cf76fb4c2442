using Microsoft.Extensions.Time.Testing;

namespace Hosting.Tests.Faults;

public sealed class FaultSwitchboardTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestSupport.TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(Start);

    private FaultSwitchboard Board(TimeSpan? duration = null) =>
        new(Path.Combine(_directory.Path, "faults.json"), _time, duration ?? TimeSpan.FromMinutes(10));

    [Fact]
    public void SwitchingOnWritesTheFaultWithItsSettingsAndWhenItEndsForTheServices()
    {
        var board = Board();

        var until = board.SwitchOn("PredictorLatency", new Dictionary<string, int> { ["Milliseconds"] = 1500 });

        Assert.Equal(Start.AddMinutes(10), until);
        Assert.Equal("""
            {
              "Faults": {
                "PredictorLatency": {
                  "Until": "2026-12-01T12:10:00.0000000Z",
                  "Milliseconds": 1500
                }
              }
            }

            """.ReplaceLineEndings("\n"), File.ReadAllText(board.File));
    }

    [Fact]
    public async Task AFaultSwitchesItselfOffAfterItsDurationAndRunsItsExpiryAction()
    {
        var board = Board();
        var expired = new TaskCompletionSource();
        board.SwitchOn("cacheOutage", new Dictionary<string, int>(), written: false, onExpired: () => { expired.SetResult(); return Task.CompletedTask; });

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.True(board.IsOn("cacheOutage"));
        _time.Advance(TimeSpan.FromSeconds(1));

        await expired.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(board.IsOn("cacheOutage"));
    }

    [Fact]
    public void SwitchingOnAgainRestartsTheDurationAndTheEarlierExpiryDoesNothing()
    {
        var board = Board();
        board.SwitchOn("CacheDisabled", new Dictionary<string, int>());
        _time.Advance(TimeSpan.FromMinutes(5));
        board.SwitchOn("CacheDisabled", new Dictionary<string, int>());

        _time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(Start.AddMinutes(15), board.ActiveUntil("CacheDisabled"));
        Assert.Contains("\"CacheDisabled\"", File.ReadAllText(board.File), StringComparison.Ordinal);
    }

    [Fact]
    public void SwitchingOffEmptiesTheFileAndSaysWhetherTheFaultWasOn()
    {
        var board = Board();
        board.SwitchOn("PredictorErrors", new Dictionary<string, int> { ["Percent"] = 50 });

        Assert.True(board.SwitchOff("PredictorErrors"));
        Assert.False(board.SwitchOff("PredictorErrors"));
        Assert.Equal("{\n  \"Faults\": {}\n}\n", File.ReadAllText(board.File));
    }

    [Fact]
    public void AnOutageIsKeptOutOfTheFileTheServicesRead()
    {
        var board = Board();
        board.SwitchOn("cacheOutage", new Dictionary<string, int>(), written: false);

        Assert.True(board.IsOn("cacheOutage"));
        Assert.DoesNotContain("cacheOutage", File.ReadAllText(board.File), StringComparison.Ordinal);
    }

    [Fact]
    public void EverySwitchRaisesChanged()
    {
        var board = Board();
        var changes = 0;
        board.Changed += () => changes++;

        board.SwitchOn("CacheDisabled", new Dictionary<string, int>());
        board.SwitchOff("CacheDisabled");
        board.SwitchOff("CacheDisabled");

        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task AfterDisposalNoExpiryRuns()
    {
        var board = Board();
        var expired = false;
        board.SwitchOn("cacheOutage", new Dictionary<string, int>(), written: false, onExpired: () => { expired = true; return Task.CompletedTask; });

        board.Dispose();
        _time.Advance(TimeSpan.FromMinutes(11));
        await Task.Yield();

        Assert.False(expired);
        Assert.False(board.IsOn("cacheOutage"));
        Assert.Throws<ObjectDisposedException>(() => board.SwitchOn("CacheDisabled", new Dictionary<string, int>()));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(600, 600)]
    [InlineData(36_000, 3600)]
    public void TheDurationStaysBetweenFiveSecondsAndAnHour(int seconds, int expected) =>
        Assert.Equal(TimeSpan.FromSeconds(expected), Board(TimeSpan.FromSeconds(seconds)).Duration);

    public void Dispose() => _directory.Dispose();
}
