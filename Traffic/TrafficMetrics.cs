using System.Diagnostics.Metrics;
using System.Net;

namespace Traffic;

// What the generator sent and what came back, so a Grafana panel or a cookbook query over the api's own
// metrics can be checked against it: traffic_requests_total{route, intent, status_class}, where
// status_class is 2xx/4xx/5xx, or "error" when no answer came (connection refused, timeout).
public sealed class TrafficMetrics
{
    public const string MeterName = "Traffic";
    public const string TransportError = "error";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _skipped;

    public TrafficMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("traffic_requests", description: "Requests the traffic generator sent to the api, by route, intent and answer.");
        _skipped = meter.CreateCounter<long>("traffic_skipped",
            description: "Requests the traffic generator did not start because Traffic:MaxConcurrency were still in flight.");
    }

    public void Sent(PlannedRequest request, HttpStatusCode? status) =>
        _requests.Add(1,
            new KeyValuePair<string, object?>("route", request.Route),
            new KeyValuePair<string, object?>("intent", request.Intent),
            new KeyValuePair<string, object?>("status_class", StatusClass(status)));

    public void Skipped() => _skipped.Add(1);

    public static string StatusClass(HttpStatusCode? status) => status is { } code ? $"{(int)code / 100}xx" : TransportError;
}
