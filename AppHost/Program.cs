// The whole system in Aspire's vocabulary. Ports people open are fixed (override: --Ports:api=8001);
// everything else gets a free port. The services run unchanged under a real Aspire AppHost.
var builder = DistributedApplication.CreateBuilder(args);

var cache = builder.AddRedis("cache");

var predictor = builder.AddProject<Projects.Predictor>("predictor")
    .WithReplicas(2);

// Monitoring comes up before the public entry takes traffic: Prometheus counts as healthy once it has
// scraped every target, so by the time the api answers, both predictors are already in Prometheus.
var prometheus = builder.AddPrometheus("prometheus")
    .WithHttpEndpoint(port: 9090)
    .WaitFor(predictor);

var api = builder.AddProject<Projects.Api>("api")
    .WithHttpEndpoint(port: 8000)
    .WithReference(cache).WaitFor(cache)
    .WithReference(predictor).WaitFor(predictor)
    .WaitFor(prometheus);

prometheus.WithScrapeTargets(api, predictor);

builder.AddGrafana("grafana")
    .WithHttpEndpoint(port: 3000)
    .WithDataSource(prometheus);

builder.Build().Run();

// Lets the testing builder name this assembly: DistributedApplicationTestingBuilder.CreateAsync<Program>().
public partial class Program;
