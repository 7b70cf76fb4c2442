using Backtest;
using Microsoft.Extensions.Options;

// A batch job: start, replay, push, exit with a code that says how it went.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddServiceDefaults();
builder.AddBacktest();

using var host = builder.Build();
try
{
    await host.StartAsync();
}
catch (Exception e) when (e is InvalidOperationException or OptionsValidationException)
{
    return ExitCodes.NotStarted; // The host has logged why (e.g. no Pushgateway endpoint configured).
}
var exitCode = await host.Services.GetRequiredService<BacktestJob>().RunAsync(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
await host.StopAsync();
return exitCode;
