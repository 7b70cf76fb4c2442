namespace Reliability.Tests.Soak;

// One point of the soak's curves: per service instance, resident memory and open file descriptors.
public sealed record SoakSample(TimeSpan At, IReadOnlyDictionary<string, double> ResidentBytes, IReadOnlyDictionary<string, double> OpenFds);
