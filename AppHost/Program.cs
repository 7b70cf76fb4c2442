// The whole system in Aspire's vocabulary. Ports people open are fixed; tests let Aspire randomise them.
// Redis, Prometheus and Grafana run as containers when docker/podman answers, else as this machine's
// executables (Grafana then shows as not started, with the reason); see docs/apphost.md.
var builder = DistributedApplication.CreateBuilder(args);

var cache = builder.AddRedisCache("cache");

// Plain http on loopback: the projects need no development certificate (nor the dashboard's warning about one).
// The dashboard's OTLP endpoint is local, so a 1 s export timeout is ample; it lets a service stop within
// seconds when the dashboard is already gone (the default 10 s, with retries, held shutdown back ~8 s).
const string otlpTimeoutMs = "1000";
var predictor = builder.AddProject<Projects.Predictor>("predictor")
    .WithHttpEndpoint().WithoutHttpsCertificate()
    .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", otlpTimeoutMs)
    .WithHttpHealthCheck("/health")
    .WithReplicas(2)
    .WithRestartOnCrash();

// Prometheus counts as healthy once it has scraped every running replica, so by the time the api
// answers, both predictors are already in Prometheus.
var prometheus = builder.AddPrometheus("prometheus", port: 9090)
    .WithBaseConfig("../prometheus/prometheus.base.yml")
    .WaitFor(predictor);

var api = builder.AddProject<Projects.Api>("api")
    .WithHttpEndpoint(port: 8000).WithoutHttpsCertificate()
    .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", otlpTimeoutMs)
    .WithHttpHealthCheck("/health")
    .WithUrlForEndpoint("http", _ => new() { Url = "/metrics", DisplayText = "/metrics" })
    .WithReference(cache).WaitFor(cache)
    .WithReference(predictor).WaitFor(predictor)
    .WaitFor(prometheus)
    .WithRestartOnCrash();

prometheus.WithScrapeTargets(api, predictor);

builder.AddGrafana("grafana", port: 3000)
    .WithProvisioning("../grafana")
    .WithDataSource(prometheus);

builder.Build().Run();
