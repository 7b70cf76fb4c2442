using TestSupport;

namespace Backtest.Tests.Support;

// The real job, started as its own process the way the AppHost starts it: configuration by environment
// variables, the Pushgateway endpoint in Aspire's services__pushgateway__http__0.
public static class BacktestProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "Backtest.dll");

    public static Task<BacktestExit> RunAsync(Uri pushgateway, IReadOnlyDictionary<string, string> settings) =>
        RunAsync(new Dictionary<string, string>(settings) { ["services__pushgateway__http__0"] = pushgateway.GetLeftPart(UriPartial.Authority) });

    public static async Task<BacktestExit> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        var started = DateTimeOffset.UtcNow;
        await using var process = ExternalProcess.Start("dotnet", [Dll], AppContext.BaseDirectory, new Dictionary<string, string>(environment));
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return new BacktestExit(exitCode, process.Output, started, DateTimeOffset.UtcNow);
    }
}

public sealed record BacktestExit(int ExitCode, string Output, DateTimeOffset Started, DateTimeOffset Finished)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}
