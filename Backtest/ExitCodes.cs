namespace Backtest;

// What the process tells whoever started it (Aspire shows it as "Finished (exit code N)").
public static class ExitCodes
{
    public const int Success = 0;

    // The replay failed; only the failure marker was pushed.
    public const int BacktestFailed = 1;

    // The replay succeeded but its results did not reach the Pushgateway.
    public const int PushFailed = 2;

    // The job could not start: its configuration is incomplete (no Pushgateway endpoint, say).
    public const int NotStarted = 3;
}
