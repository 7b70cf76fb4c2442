using System.Net;
using System.Text.Json;
using Api.Model;
using Polly;

namespace Api.Predictions;

// Typed client for the Predictor at http://predictor (resolved by service discovery, with the
// resilience pipeline from ServiceDefaults). Failures become a reply, never an exception.
public sealed class PredictorClient(HttpClient http, ILogger<PredictorClient> logger)
{
    public async Task<PredictorReply> PredictAsync(PredictionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(
                $"/predict/{Uri.EscapeDataString(request.Ticker)}?model={request.Model}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound) return PredictorReply.UnknownTicker;
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Predictor answered {Status} for {Ticker}/{Model}", (int)response.StatusCode, request.Ticker, request.Model);
                return PredictorReply.Unavailable;
            }
            var json = await response.Content.ReadAsStringAsync(cancellationToken);
            var prediction = JsonSerializer.Deserialize<Prediction>(json, JsonSerializerOptions.Web);
            return prediction is null ? PredictorReply.Unavailable : new PredictorReply(PredictorOutcome.Found, prediction, json);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested &&
            e is HttpRequestException or JsonException or ExecutionRejectedException or OperationCanceledException)
        {
            logger.LogWarning("Predictor unavailable: {Error}", e.Message);
            return PredictorReply.Unavailable;
        }
    }
}
