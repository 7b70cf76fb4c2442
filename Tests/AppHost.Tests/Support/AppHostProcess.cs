using System.Text.RegularExpressions;
using TestSupport;

namespace AppHost.Tests.Support;

// The AppHost as people run it (`dotnet run --project AppHost`), with what its launch profile sets:
// the dashboard and its OTLP endpoint over plain http, here on free ports; Aspire randomises the
// resources' ports so the run fits beside anything else on the machine.
public sealed partial class AppHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(150);

    private readonly ExternalProcess _process;

    // The AppHost this test project was built with (same configuration).
    private static string AppHostDll { get; } = RepositoryRoot.Combine("AppHost", "bin",
        typeof(AppHostProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration, "net10.0", "AppHost.dll");

    private AppHostProcess(ExternalProcess process) => _process = process;

    public int Pid => _process.Pid;
    public string Output => _process.Output;
    public bool HasExited => _process.HasExited;
    public Uri LoginUrl { get; private set; } = null!;
    public Uri DashboardUrl => new(LoginUrl.GetLeftPart(UriPartial.Authority));

    // Tests run without the traffic generator, so what the dashboard shows comes from the tests' own requests;
    // eng/screenshots.sh sets APPHOST_TESTS_TRAFFIC=true so the docs' pictures show a system under load.
    private static string Traffic => Environment.GetEnvironmentVariable("APPHOST_TESTS_TRAFFIC") ?? "false";

    public static async Task<AppHostProcess> StartAsync()
    {
        var appHost = new AppHostProcess(ExternalProcess.Start("dotnet",
            [AppHostDll, "--DcpPublisher:RandomizePorts=true", "--Hosting:ResourceMode=executable", $"--Traffic:Enabled={Traffic}"],
            RepositoryRoot.Path,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = $"http://localhost:{FreePort.Next()}",
                ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}",
                ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
            }));
        var match = await Eventually.ValueAsync(() => Task.FromResult(LoginLine().Match(appHost.Output)),
            m => m.Success || appHost.HasExited, Startup, "the dashboard login URL on the console");
        if (!match.Success) throw new InvalidOperationException($"AppHost exited:\n{appHost.Output}");
        appHost.LoginUrl = new Uri(match.Groups["url"].Value);
        return appHost;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Posix.Kill(_process.Pid, Posix.SIGTERM);
        await Eventually.TrueAsync(() => _process.HasExited, TimeSpan.FromSeconds(60), "the AppHost to stop after SIGTERM");
        await _process.DisposeAsync();
    }

    [GeneratedRegex(@"Login to the dashboard at (?<url>https?://[^\s]+/login\?t=[0-9a-f]+)")]
    private static partial Regex LoginLine();
}
