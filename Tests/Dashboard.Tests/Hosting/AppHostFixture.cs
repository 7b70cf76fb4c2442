using Hosting;
using Hosting.ApplicationModel;
using Hosting.Dashboard;
using Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Hosting;

// The real AppHost (its Program, via the testing builder: random ports, temp run directory), started once
// for the browser scenarios, with the dashboard it serves.
public sealed class AppHostFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;
    public IDashboardServer Dashboard { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Program>();
        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await App.StartAsync(timeout.Token);
        foreach (var resource in App.ResourceNotifications.GetSnapshots().Select(s => s.Name).Distinct())
            await App.ResourceNotifications.WaitForResourceAsync(resource, s => s.State == ResourceState.Running || CannotRunHere(s), timeout.Token);
        Dashboard = App.Services.GetRequiredService<IDashboardServer>();
    }

    // Grafana needs a container runtime; without one the orchestrator leaves it NotStarted and says why.
    public static bool CannotRunHere(ResourceSnapshot snapshot) =>
        snapshot.State == ResourceState.NotStarted && !string.IsNullOrEmpty(snapshot.Message);

    public HttpClient DashboardClient(bool loggedIn)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = Dashboard.BaseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (loggedIn) client.DefaultRequestHeaders.Authorization = new("Bearer", Dashboard.Token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>, ICollectionFixture<Browser.BrowserFixture>
{
    public const string Name = "apphost";
}
