using Api.Model;
using Api.Predictions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Api.Apis;

public static class PredictApi
{
    public static IEndpointRouteBuilder MapPredictApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/predict/{ticker}", Predict);
        return app;
    }

    public static async Task<Results<Ok<Prediction>, ProblemHttpResult>> Predict(
        string ticker, string? model, PredictionLookup lookup, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!PredictionRequest.IsTickerShape(ticker))
            return Problems.BadRequest("ticker must be 1-10 letters, digits, dots or dashes, starting with a letter or digit.");
        if (!PredictionRequest.TryParseModel(model, out var modelName))
            return Problems.BadRequest($"model must be one of: {string.Join(", ", PredictionRequest.Models)}.");

        var reply = await lookup.GetAsync(new PredictionRequest(ticker.ToUpperInvariant(), modelName), cancellationToken);
        switch (reply)
        {
            case { Outcome: PredictorOutcome.Found, Prediction: { } prediction }:
                response.Headers["X-Cache"] = reply.FromCache ? "hit" : "miss";
                return TypedResults.Ok(prediction);
            case { Outcome: PredictorOutcome.UnknownTicker }:
                return Problems.Status(StatusCodes.Status404NotFound, "Unknown ticker",
                    "The Predictor does not know this ticker; its GET /tickers lists the supported symbols.");
            default:
                return Problems.Status(StatusCodes.Status503ServiceUnavailable, "Predictor unavailable",
                    "The prediction service could not be reached; try again shortly.");
        }
    }
}
