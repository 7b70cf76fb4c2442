// The whole system in Aspire's vocabulary. Ports people open are fixed; tests let Aspire randomise them.
// Redis, Prometheus and Grafana run as containers when docker/podman answers, else as this machine's
// executables (Grafana then shows as not started, with the reason); see docs/apphost.md.
using Microsoft.Extensions.Configuration;

var builder = DistributedApplication.CreateBuilder(args);

// Projects start from the output the AppHost's build just produced, not through `dotnet run` (Hosting/Projects).
builder.RunProjectsFromBuildOutput();

// Faults on the dashboard (docs/faults-and-traffic.md): Inject/Clear commands, each switching itself off after
// Faults:Duration (10 min) and naming the alert it should fire.
var cache = builder.AddRedisCache("cache")
    .WithOutageFault("Stops Redis; the api keeps answering, uncached", alert: "CacheErrors");

// Plain http on loopback: the projects need no development certificate (nor the dashboard's warning about one).
// The dashboard's OTLP endpoint is local, so a 1 s export timeout is ample; it lets a service stop within
// seconds when the dashboard is already gone (the default 10 s, with retries, held shutdown back ~8 s).
const string otlpTimeoutMs = "1000";
var predictor = builder.AddProject<Projects.Predictor>("predictor")
    .WithHttpEndpoint().WithoutHttpsCertificate()
    .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", otlpTimeoutMs)
    .WithHttpHealthCheck("/health")
    .WithReplicas(2).PublishReplicaCount()
    .WithRestartOnCrash()
    .WithRuntimeFault("PredictorLatency", "latency", "Delays every prediction on every replica", alert: "HighLatencyP95",
        new FaultSetting("Milliseconds", "Extra latency (ms)", Default: 600, Min: 0, Max: 5000))
    .WithRuntimeFault("PredictorErrors", "errors", "Answers a share of predictions with 500; the api retries, then answers 503",
        alert: "HighErrorRate", new FaultSetting("Percent", "Failing predictions (%)", Default: 50, Min: 0, Max: 100));

// Prometheus starts with everything else and finds each replica through its discovery files as it comes up;
// it counts as healthy once it has scraped every instance listed there. Nothing waits for it: the services
// answer whether or not they are being watched.
var prometheus = builder.AddPrometheus("prometheus", port: 9090)
    .WithBaseConfig("../prometheus/prometheus.base.yml");

var api = builder.AddProject<Projects.Api>("api")
    .WithHttpEndpoint(port: 8000).WithoutHttpsCertificate()
    .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", otlpTimeoutMs)
    .WithHttpHealthCheck("/health")
    .WithUrlForEndpoint("http", _ => new() { Url = "/metrics", DisplayText = "/metrics" })
    .WithReference(cache).WaitFor(cache)
    .WithReference(predictor).WaitFor(predictor)
    .WithRestartOnCrash()
    .WithRuntimeFault("CacheDisabled", "cache disabled", "Stops storing predictions, so every lookup misses", alert: "CacheHitRatioLow");

// A steady, realistic mix of requests to the api (docs/faults-and-traffic.md); Stop/Start it in the dashboard.
// eng/run.sh starts it with the app (Traffic:Enabled=true); otherwise it waits for Start, so a plain
// `dotnet run --project AppHost` and the tests see only the requests they make themselves.
var traffic = builder.AddProject<Projects.Traffic>("traffic")
    .WithHttpEndpoint().WithoutHttpsCertificate()
    .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", otlpTimeoutMs)
    .WithEnvironment("Traffic__RatePerSecond", builder.Configuration["Traffic:RatePerSecond"] ?? "10")
    .WithHttpHealthCheck("/health")
    .WithReference(api).WaitFor(api)
    .WithExplicitStartUnless(builder.Configuration.GetValue("Traffic:Enabled", false))
    .ExcludeFromManifest();

prometheus.WithScrapeTargets(api, predictor, traffic);

// A batch job reports through the Pushgateway (docs/backtest.md): it runs at start, on the dashboard's
// "Run backtest" command, and every Backtest:Interval; its exit code shows as the resource's state.
var pushgateway = builder.AddPushgateway("pushgateway", port: 9091);
prometheus.WithPushgateway(pushgateway);

builder.AddProject<Projects.Backtest>("backtest")
    .WithoutHttpsCertificate()
    .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", otlpTimeoutMs)
    .WithReference(pushgateway).WaitFor(pushgateway)
    .WithRunCommand("run-backtest", "Run backtest", "Replay every model over the tickers' history and push the results")
    .WithRunInterval(builder.Configuration.GetValue<TimeSpan?>("Backtest:Interval") ?? TimeSpan.FromMinutes(15))
    .PublishAsJob();

builder.AddGrafana("grafana", port: 3000)
    .WithProvisioning("../grafana")
    .WithDataSource(prometheus);

builder.Build().Run();
