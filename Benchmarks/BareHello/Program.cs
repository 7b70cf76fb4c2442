// A bare minimal-API app: WebApplication.CreateBuilder, one endpoint, no ServiceDefaults (no OpenTelemetry, health
// checks, problem details, service discovery or resilience). Its "/" answers the same JSON shape as the api's "/",
// about the same size, so the ratio eng/bench.sh reports is the cost of everything the api adds, not of the payload.
string[] endpoints =
[
    "GET /predict/{ticker}?model=normal|earnings", "GET /work?ms=0..10000", "GET /do_task?seconds=0..30",
    "POST /upload (multipart/form-data)", "GET /health", "GET /alive", "GET /metrics",
];

var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", (IHostEnvironment environment) =>
    TypedResults.Ok(new ServiceInfo("hello", "1.0.0", environment.EnvironmentName, endpoints)));
app.Run();

internal sealed record ServiceInfo(string Service, string Version, string Environment, IReadOnlyList<string> Endpoints);
