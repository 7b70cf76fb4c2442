using Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Api.Apis;

public static class RootApi
{
    private static readonly string[] Endpoints =
    [
        "GET /predict/{ticker}?model=normal|earnings", "GET /work?ms=0..10000", "GET /do_task?seconds=0..30",
        "POST /upload (multipart/form-data)", "GET /health", "GET /alive", "GET /metrics",
    ];

    public static IEndpointRouteBuilder MapRootApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetInfo);
        return app;
    }

    public static Ok<ServiceInfo> GetInfo(IHostEnvironment environment) =>
        TypedResults.Ok(new ServiceInfo("api", ServiceInfo.AssemblyVersion, environment.EnvironmentName, Endpoints));
}
