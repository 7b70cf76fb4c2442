using Predictor.Model;

namespace Predictor.Tests.Model;

public class BrownianPathTests
{
    [Fact]
    public void TheSameSeedAndStepAlwaysGiveTheSameValue()
    {
        Assert.Equal(BrownianPath.ValueAt(42, 1_234_567), BrownianPath.ValueAt(42, 1_234_567));
        Assert.NotEqual(BrownianPath.ValueAt(42, 1_234_567), BrownianPath.ValueAt(43, 1_234_567));
    }

    [Fact]
    public void StepsFromTheTreeBehaveLikeStandardNormalIncrements()
    {
        const int count = 20_000;
        var increments = new double[count];
        var previous = BrownianPath.ValueAt(7, 900_000);
        for (var i = 0; i < count; i++)
        {
            var next = BrownianPath.ValueAt(7, 900_001 + i);
            increments[i] = next - previous;
            previous = next;
        }
        var mean = increments.Average();
        var variance = increments.Select(x => (x - mean) * (x - mean)).Sum() / (count - 1);
        var lag1 = Enumerable.Range(1, count - 1).Select(i => (increments[i] - mean) * (increments[i - 1] - mean)).Sum() / (count - 1) / variance;

        // Bounds are ~5 standard errors wide for N = 20,000.
        Assert.InRange(mean, -0.04, 0.04);
        Assert.InRange(variance, 0.9, 1.1);
        Assert.InRange(lag1, -0.04, 0.04);
    }

    [Fact]
    public void TheStartOfThePathIsZero() => Assert.Equal(0, BrownianPath.ValueAt(99, 0));

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1_000_000, 240)]
    [InlineData(4_294_967_000, 296)]
    public void FillingARangeGivesExactlyThePointValues(long first, int count)
    {
        var values = new double[count];
        BrownianPath.Fill(5, first, values);
        for (var i = 0; i < count; i++) Assert.Equal(BrownianPath.ValueAt(5, first + i), values[i]);
    }
}
