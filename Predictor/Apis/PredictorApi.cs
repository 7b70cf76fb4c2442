using Microsoft.AspNetCore.Http.HttpResults;
using Predictor.Faults;
using Predictor.Model;

namespace Predictor.Apis;

public static class PredictorApi
{
    public static IEndpointRouteBuilder MapPredictorApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetInfo);
        app.MapGet("/tickers", GetTickers);
        app.MapGet("/predict/{ticker}", Predict).AddEndpointFilter<PredictorFaultFilter>();
        return app;
    }

    public static Ok<ServiceInfo> GetInfo(IHostEnvironment environment) =>
        TypedResults.Ok(new ServiceInfo("predictor", ServiceInfo.AssemblyVersion, environment.EnvironmentName,
            ["/predict/{ticker}?model=normal|earnings", "/tickers", "/health", "/alive", "/metrics"]));

    public static Ok<TickerList> GetTickers(TickerCatalog catalog) => TypedResults.Ok(new TickerList(catalog.Symbols));

    public static Results<Ok<Prediction>, ProblemHttpResult> Predict(
        string ticker, string? model, TickerCatalog catalog, PredictionService predictions)
    {
        if (!ModelTypes.TryParse(model, out var modelType))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown model",
                detail: $"model must be one of: {string.Join(", ", ModelTypes.All.Select(m => m.Name()))}.");
        if (!catalog.TryGet(ticker, out var profile))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown ticker",
                detail: "The ticker is not one of the supported symbols; GET /tickers lists them.");
        return TypedResults.Ok(predictions.Predict(profile, modelType));
    }
}
