namespace Predictor.Model;

internal static class Erf
{
    // Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7); .NET has no Math.Erf.
    public static double Of(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1.0 / (1.0 + 0.3275911 * x);
        var poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return sign * (1.0 - poly * Math.Exp(-x * x));
    }
}
