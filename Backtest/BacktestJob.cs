using Backtest.Model;
using Backtest.Pushing;
using Microsoft.Extensions.Options;
using Predictor.Model;

namespace Backtest;

// One run: replay, then push the results (or only a failure marker), and say how it went in the exit code.
public sealed partial class BacktestJob(
    Backtester backtester, PushgatewayClient pushgateway, IOptions<BacktestOptions> options, TimeProvider time, ILogger<BacktestJob> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!pushgateway.HasEndpoint)
        {
            LogNoEndpoint(PushgatewayClient.EndpointVariable);
            return ExitCodes.NotStarted;
        }
        var started = time.GetTimestamp();
        BacktestReport report;
        try
        {
            report = backtester.Run(options.Value.AsOf ?? time.GetUtcNow());
            if (options.Value.SimulateFailure)
                throw new InvalidOperationException($"Simulated failure ({BacktestOptions.SectionName}:{nameof(BacktestOptions.SimulateFailure)} is set).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogBacktestFailed(e);
            await TryPushFailureAsync(cancellationToken);
            return ExitCodes.BacktestFailed;
        }

        try
        {
            await pushgateway.PushAsync(BacktestMetrics.Success(report, time.GetElapsedTime(started), time.GetUtcNow()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPushFailed(e, pushgateway.GroupPath);
            return ExitCodes.PushFailed;
        }
        foreach (var score in report.Scores)
            LogModelScore(score.Model.Name(), score.Predictions, score.Accuracy, report.FirstStep, report.LastStep);
        LogPushed(pushgateway.GroupPath);
        return ExitCodes.Success;
    }

    // The marker is best effort: the exit code already reports the failure.
    private async Task TryPushFailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await pushgateway.PushAsync(BacktestMetrics.Failure(time.GetUtcNow()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPushFailed(e, pushgateway.GroupPath);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No Pushgateway endpoint is configured: set {Variable} (the AppHost does, through WithReference)")]
    private partial void LogNoEndpoint(string variable);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backtest failed; pushing only the failure marker")]
    private partial void LogBacktestFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not push to the Pushgateway group {Group}")]
    private partial void LogPushFailed(Exception exception, string group);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Model}: {Predictions} forecasts replayed (steps {First}..{Last}), accuracy {Accuracy}")]
    private partial void LogModelScore(string model, long predictions, double accuracy, long first, long last);

    [LoggerMessage(Level = LogLevel.Information, Message = "Results pushed to the Pushgateway group {Group}")]
    private partial void LogPushed(string group);
}
