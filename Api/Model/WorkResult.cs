namespace Api.Model;

public sealed record WorkResult(int Requested, double ElapsedMilliseconds);
