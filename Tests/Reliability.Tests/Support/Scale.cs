using System.Globalization;

namespace Reliability.Tests.Support;

// eng/reliability.sh sets RELIABILITY_FULL=1 for the sizes the issue names (10,000 predictions, 10,000
// malformed requests, a 10-minute soak); the normal suite runs the same tests smaller, so it stays fast.
public static class Scale
{
    public static bool Full => Environment.GetEnvironmentVariable("RELIABILITY_FULL") == "1";

    public static int Predictions => Full ? 10_000 : 2_000;
    public static int MalformedRequests => Full ? 10_000 : 600;
    public static TimeSpan RedisHang => Full ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(3);
    public static TimeSpan RedisRestartDelay => Full ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(2);
    public static int PredictionsWithBothReplicasDown => Full ? 20 : 5;
    public static TimeSpan Soak => Full
        ? TimeSpan.FromMinutes(Setting("RELIABILITY_SOAK_MINUTES", 10))
        : TimeSpan.FromSeconds(10);

    private static double Setting(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
