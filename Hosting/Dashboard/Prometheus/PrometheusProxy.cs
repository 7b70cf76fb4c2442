using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Hosting.Dashboard.Prometheus;

/// <summary>Forwards read-only queries to the AppHost's Prometheus so the browser never talks to it directly.
/// Prometheus' own errors become problem+json with its message.</summary>
internal sealed class PrometheusProxy(HttpClient http, IDashboardBackend backend)
{
    public async Task<IResult> ForwardAsync(string apiPath, IEnumerable<KeyValuePair<string, string?>> parameters, CancellationToken cancellationToken)
    {
        if (backend.GetLinks().PrometheusUrl is not { } baseUrl)
            return Problem(StatusCodes.Status503ServiceUnavailable, "Prometheus is not running", "The AppHost has no Prometheus resource running.");
        var url = QueryHelpers.AddQueryString(baseUrl.TrimEnd('/') + apiPath, parameters);
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return Problem(StatusCodes.Status502BadGateway, "Prometheus is unreachable", e.Message);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
                return TypedResults.Content(body, "application/json");
            var status = (int)response.StatusCode is >= 400 and < 500 ? (int)response.StatusCode : StatusCodes.Status502BadGateway;
            return Problem(status, "Prometheus rejected the query", ErrorMessage(body) ?? response.ReasonPhrase);
        }
    }

    private static string? ErrorMessage(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Problem(int status, string title, string? detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
