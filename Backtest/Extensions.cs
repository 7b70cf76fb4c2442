using Backtest.Model;
using Backtest.Pushing;
using Predictor.Model;

namespace Backtest;

public static class Extensions
{
    public static IHostApplicationBuilder AddBacktest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PredictorOptions>().Bind(builder.Configuration.GetSection(PredictorOptions.SectionName));
        builder.Services.AddOptions<BacktestOptions>().Bind(builder.Configuration.GetSection(BacktestOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TickerCatalog>();
        builder.Services.AddSingleton<PredictionEngine>();
        builder.Services.AddSingleton<Backtester>();
        builder.Services.AddSingleton<BacktestJob>();
        // Service discovery resolves the name from services__pushgateway__http__0 (Aspire's WithReference).
        builder.Services.AddHttpClient<PushgatewayClient>(http => http.BaseAddress = new Uri($"http://{PushgatewayClient.ServiceName}"));
        return builder;
    }
}
