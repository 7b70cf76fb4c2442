using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ServiceDefaults.Prometheus;

namespace ServiceDefaults.Tests.Prometheus;

// The format helpers against simple reference implementations, on seeded random input heavy in the characters
// that broke other exporters (quotes, backslashes, newlines, surrogate pairs, lone surrogates, '#', spaces).
public sealed partial class ExpositionWriterFuzzTests
{
    private const string Alphabet = "aZ09_:.-/ #{}\\\"\n\tüé€😀\ud83d\ude00\ud800\udfff";

    [Fact]
    public void EscapingMatchesReplaceThenEncode()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random);
            foreach (var escapeQuote in new[] { true, false })
            {
                var reference = text.Replace("\\", "\\\\").Replace("\n", "\\n");
                if (escapeQuote) reference = reference.Replace("\"", "\\\"");
                var writer = new ArrayBufferWriter<byte>();

                ExpositionWriter.WriteEscaped(writer, text, escapeQuote);

                // Encoding.UTF8 also turns a lone surrogate into U+FFFD.
                Assert.Equal(Encoding.UTF8.GetBytes(reference), writer.WrittenSpan.ToArray());
            }
        }
    }

    [Fact]
    public void DoublesRoundTripInInvariantSyntax()
    {
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var value = (i % 4) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64()),
                1 => Math.Round(random.NextDouble() * 1e6) * (random.Next(2) == 0 ? 1 : -1),
                2 => random.NextDouble() * Math.Pow(10, random.Next(-30, 30)),
                _ => 1e13 + random.Next(-5, 5) * 1e13,
            };
            var writer = new ArrayBufferWriter<byte>();

            ExpositionWriter.WriteDouble(writer, value);

            var text = Encoding.ASCII.GetString(writer.WrittenSpan);
            if (double.IsNaN(value)) Assert.Equal("NaN", text);
            else if (double.IsInfinity(value)) Assert.Equal(value > 0 ? "+Inf" : "-Inf", text);
            else
            {
                Assert.Matches(GoFloat(), text);
                Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
                Assert.Equal(value.ToString(CultureInfo.InvariantCulture), text);
            }
        }
    }

    [Fact]
    public void SanitisedNamesAreAlwaysValidPrometheusNames()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random);
            var metric = PrometheusNames.SanitizeMetricName(text);
            var label = PrometheusNames.SanitizeLabelName(text);
            var unit = PrometheusUnits.ToSuffix(text, isGauge: i % 2 == 0);

            if (metric.Length > 0) Assert.Matches(MetricName(), metric);
            if (label.Length > 0) Assert.Matches(LabelName(), label);
            if (unit.Length > 0) Assert.Matches(NameSuffix(), unit);
            Assert.DoesNotContain("__", metric);
            Assert.DoesNotContain("__", label);
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 24);
        for (var i = 0; i < length; i++) builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        return builder.ToString();
    }

    [GeneratedRegex(@"^-?\d+(\.\d+)?(E[+-]\d+)?$")]
    private static partial Regex GoFloat();

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();

    // A unit is appended after `_`, so it may start with a digit.
    [GeneratedRegex(@"^[a-zA-Z0-9_]+$")]
    private static partial Regex NameSuffix();
}
