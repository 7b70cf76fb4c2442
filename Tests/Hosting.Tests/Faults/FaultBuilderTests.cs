using Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hosting.Tests.Faults;

public sealed class FaultBuilderTests
{
    private static readonly FaultSetting Latency = new("Milliseconds", "Extra latency (ms)", Default: 1500, Min: 0, Max: 5000);

    [Fact]
    public async Task ARuntimeFaultGivesTheResourceTheFaultsFileAndInjectAndClearCommandsNamingItsAlert()
    {
        var builder = Model.Builder("executable");
        var predictor = builder.AddExecutable("predictor", "predictor", ".")
            .WithRuntimeFault("PredictorLatency", "latency", "Delays every prediction", alert: "HighLatencyP95", Latency);

        var board = Board(builder);
        Assert.Equal(board.File, (await Evaluate.EnvironmentAsync(predictor.Resource))["Faults__File"]);
        Assert.Equal(new FaultAnnotation("PredictorLatency", "latency", "Delays every prediction", "HighLatencyP95") { Setting = Latency },
            Assert.Single(predictor.Resource.Annotations.OfType<FaultAnnotation>()));
        var (inject, clear) = Commands(predictor.Resource, "inject-predictor-latency", "clear-predictor-latency");
        Assert.Equal(("Inject latency", "Delays every prediction, for at most 30 min. Should fire the HighLatencyP95 alert."),
            (inject.DisplayName, inject.DisplayDescription));
        Assert.Equal(("Clear latency", "Ends the latency fault now."), (clear.DisplayName, clear.DisplayDescription));
        var argument = Assert.Single(inject.Arguments);
        Assert.Equal(("Milliseconds", "Extra latency (ms)", "1500", InputType.Number), (argument.Name, argument.Label, argument.Value, argument.InputType));
    }

    [Fact]
    public async Task InjectWritesTheSettingClampedToItsBoundsAndClearRemovesIt()
    {
        var builder = Model.Builder("executable");
        var predictor = builder.AddExecutable("predictor", "predictor", ".")
            .WithRuntimeFault("PredictorLatency", "latency", "Delays every prediction", alert: "HighLatencyP95", Latency);
        var board = Board(builder);
        var (inject, clear) = Commands(predictor.Resource, "inject-predictor-latency", "clear-predictor-latency");

        Assert.True((await inject.ExecuteCommand(Context(builder, new InteractionInput { Name = "Milliseconds", InputType = InputType.Number, Value = "99999" }))).Success);

        Assert.Contains("\"Milliseconds\": 5000", File.ReadAllText(board.File), StringComparison.Ordinal);
        Assert.Equal((ResourceCommandState.Disabled, ResourceCommandState.Enabled), (State(builder, inject), State(builder, clear)));

        Assert.True((await clear.ExecuteCommand(Context(builder))).Success);

        Assert.False(board.IsOn("PredictorLatency"));
        Assert.Equal((ResourceCommandState.Enabled, ResourceCommandState.Disabled), (State(builder, inject), State(builder, clear)));
    }

    [Fact]
    public async Task WithoutAnArgumentInjectUsesTheDefault()
    {
        var builder = Model.Builder("executable");
        var predictor = builder.AddExecutable("predictor", "predictor", ".")
            .WithRuntimeFault("PredictorLatency", "latency", "Delays every prediction", alert: "HighLatencyP95", Latency);

        await Commands(predictor.Resource, "inject-predictor-latency", "clear-predictor-latency").Inject.ExecuteCommand(Context(builder));

        Assert.Contains("\"Milliseconds\": 1500", File.ReadAllText(Board(builder).File), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFaultOfAnAppSharesOneFaultsFile()
    {
        var builder = Model.Builder("executable");
        var api = builder.AddExecutable("api", "api", ".").WithRuntimeFault("CacheDisabled", "cache disabled", "Stops storing", alert: "CacheHitRatioLow");
        var predictor = builder.AddExecutable("predictor", "predictor", ".")
            .WithRuntimeFault("PredictorErrors", "errors", "Fails predictions", alert: "HighErrorRate");

        Assert.Equal((await Evaluate.EnvironmentAsync(api.Resource))["Faults__File"], (await Evaluate.EnvironmentAsync(predictor.Resource))["Faults__File"]);
        Assert.Single(builder.Services, d => d.ServiceType == typeof(FaultSwitchboard));
    }

    [Fact]
    public void AnOutageFaultStopsAndStartsTheResourceThroughCommandsNamingItsAlert()
    {
        var builder = Model.Builder("executable");
        var cache = builder.AddExecutable("cache", "redis-server", ".").WithOutageFault("Stops Redis", alert: "CacheErrors");

        var (inject, clear) = Commands(cache.Resource, "inject-outage", "clear-outage");

        Assert.Equal(("Inject outage", "Stops Redis, for at most 30 min. Should fire the CacheErrors alert."), (inject.DisplayName, inject.DisplayDescription));
        Assert.Empty(inject.Arguments);
        Assert.Equal("Clear outage", clear.DisplayName);
        Assert.Equal("cacheOutage", Assert.Single(cache.Resource.Annotations.OfType<FaultAnnotation>()).SwitchName("cache"));
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("5h", 3600)]
    public void FaultsDurationBoundsEveryFault(string setting, int seconds)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = ["--Hosting:ResourceMode=executable", $"--Faults:Duration={setting}"],
            DisableDashboard = true,
        });
        builder.AddExecutable("api", "api", ".").WithRuntimeFault("CacheDisabled", "cache disabled", "Stops storing", alert: "CacheHitRatioLow");

        Assert.Equal(TimeSpan.FromSeconds(seconds), Board(builder).Duration);
    }

    [Fact]
    public void WhenPublishingFaultsAddNoCommandsNorEnvironment()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = ["--publisher", "manifest", "--output-path", Path.Combine(Path.GetTempPath(), "unused-manifest.json"), "--Hosting:ResourceMode=container"],
            DisableDashboard = true,
        });
        var api = builder.AddExecutable("api", "api", ".").WithRuntimeFault("CacheDisabled", "cache disabled", "Stops storing", alert: "CacheHitRatioLow");

        Assert.Single(api.Resource.Annotations.OfType<FaultAnnotation>());
        Assert.DoesNotContain(api.Resource.Annotations, a => a is ResourceCommandAnnotation or EnvironmentCallbackAnnotation);
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(FaultSwitchboard));
    }

    private static FaultSwitchboard Board(IDistributedApplicationBuilder builder) =>
        (FaultSwitchboard)builder.Services.Single(d => d.ServiceType == typeof(FaultSwitchboard)).ImplementationInstance!;

    private static (ResourceCommandAnnotation Inject, ResourceCommandAnnotation Clear) Commands(IResource resource, string inject, string clear) =>
        (resource.Annotations.OfType<ResourceCommandAnnotation>().Single(c => c.Name == inject),
         resource.Annotations.OfType<ResourceCommandAnnotation>().Single(c => c.Name == clear));

    private static ExecuteCommandContext Context(IDistributedApplicationBuilder builder, params InteractionInput[] arguments) => new()
    {
        Services = builder.Services.BuildServiceProvider(),
        ResourceName = "predictor-abc",
        CancellationToken = CancellationToken.None,
        Logger = NullLogger.Instance,
        Arguments = new InteractionInputCollection(arguments),
    };

    private static ResourceCommandState State(IDistributedApplicationBuilder builder, ResourceCommandAnnotation command) =>
        command.UpdateState(new UpdateCommandStateContext
        {
            ResourceSnapshot = new CustomResourceSnapshot { ResourceType = "Executable", Properties = [] },
            Services = builder.Services.BuildServiceProvider(),
        });
}
