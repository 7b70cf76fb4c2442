namespace Predictor.Model;

// Counter-based randomness: the value at (seed, index) is a pure function, so any point of a price
// series can be computed without replaying the series, and every replica computes the same numbers.
public static class DeterministicRandom
{
    public static ulong Mix(ulong x)
    {
        // SplitMix64 finaliser: a full-avalanche bijection on 64 bits.
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    // Uniform in (0, 1]: never 0, so Log is always finite.
    public static double Uniform(ulong seed, long index, int stream = 0) =>
        ((Mix(seed ^ Mix((ulong)index ^ ((ulong)stream << 56))) >> 11) + 1) * (1.0 / (1UL << 53));

    // Standard normal by Box-Muller from two independent uniforms of the same index.
    public static double Normal(ulong seed, long index)
    {
        var u1 = Uniform(seed, index, 1);
        var u2 = Uniform(seed, index, 2);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    // FNV-1a: string.GetHashCode is randomised per process, a seed must not be.
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
