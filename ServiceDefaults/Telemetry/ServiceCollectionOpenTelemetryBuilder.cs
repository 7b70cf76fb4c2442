using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;

namespace Microsoft.Extensions.Hosting;

// OpenTelemetry.Extensions.Hosting is not available, but the core SDK's WithMetrics/WithTracing accept any
// IOpenTelemetryBuilder: bound to the app's IServiceCollection they register MeterProvider/TracerProvider
// singletons built from the app's container, so services.ConfigureOpenTelemetryMeterProvider(...) calls
// made anywhere in the app are honoured (the same path the Hosting package takes).
internal sealed class ServiceCollectionOpenTelemetryBuilder(IServiceCollection services) : IOpenTelemetryBuilder
{
    public IServiceCollection Services { get; } = services;
}
