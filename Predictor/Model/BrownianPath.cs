namespace Predictor.Model;

// A standard Brownian motion sampled at integer steps, built as a Levy (midpoint-bridge) tree over
// [0, 2^Levels]: the value at any step costs O(Levels) draws instead of replaying every step since
// the epoch, and is exactly distributed as a random walk with N(0, 1) increments.
public static class BrownianPath
{
    public const int Levels = 32;
    public const long Length = 1L << Levels;

    public static double ValueAt(ulong seed, long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(step, Length);
        long left = 0, right = Length;
        double valueLeft = 0, valueRight = Math.Sqrt(Length) * DeterministicRandom.Normal(seed, Length);
        while (right - left > 1)
        {
            var middle = left + (right - left) / 2;
            // Conditional on both ends, the midpoint is their mean plus noise of variance length/4.
            var valueMiddle = 0.5 * (valueLeft + valueRight)
                + Math.Sqrt((right - left) / 4.0) * DeterministicRandom.Normal(seed, middle);
            if (step == middle) return valueMiddle;
            if (step < middle) (right, valueRight) = (middle, valueMiddle);
            else (left, valueLeft) = (middle, valueMiddle);
        }
        return step == left ? valueLeft : valueRight;
    }
}
