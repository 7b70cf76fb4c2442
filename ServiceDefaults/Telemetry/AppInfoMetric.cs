using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.Hosting;

// app_info{service,version,env} 1: the info-metric idiom, joinable onto any series by service.
internal sealed class AppInfoMetric
{
    public AppInfoMetric(IMeterFactory meterFactory, ServiceIdentity identity)
    {
        var meter = meterFactory.Create(ServiceDefaultsMeter.Name);
        var measurement = new Measurement<long>(1,
            new KeyValuePair<string, object?>("service", identity.Name),
            new KeyValuePair<string, object?>("version", identity.Version),
            new KeyValuePair<string, object?>("env", identity.Environment));
        meter.CreateObservableGauge("app.info", () => measurement, null,
            "Application identity; always 1, the labels carry the information.");
    }
}
