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

    // The values of consecutive steps first, first+1, ...: one walk down the tree shared by all of
    // them, O(count + Levels) draws instead of O(count * Levels), and identical to ValueAt per step.
    public static void Fill(ulong seed, long first, Span<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first + values.Length - 1, Length);
        if (values.IsEmpty) return;
        FillBetween(seed, 0, 0, Length, Math.Sqrt(Length) * DeterministicRandom.Normal(seed, Length), first, values);
    }

    private static void FillBetween(ulong seed, long left, double valueLeft, long right, double valueRight, long first, Span<double> values)
    {
        var last = first + values.Length - 1;
        if (left >= first && left <= last) values[(int)(left - first)] = valueLeft;
        if (right >= first && right <= last) values[(int)(right - first)] = valueRight;
        if (right - left <= 1 || right < first || left > last) return;
        var middle = left + (right - left) / 2;
        var valueMiddle = 0.5 * (valueLeft + valueRight)
            + Math.Sqrt((right - left) / 4.0) * DeterministicRandom.Normal(seed, middle);
        FillBetween(seed, left, valueLeft, middle, valueMiddle, first, values);
        FillBetween(seed, middle, valueMiddle, right, valueRight, first, values);
    }
}
