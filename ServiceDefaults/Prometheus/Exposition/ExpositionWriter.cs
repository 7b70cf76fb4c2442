using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ServiceDefaults.Prometheus;

// The small writers every exposition line is made of (after prometheus/common expfmt).
// Numbers are invariant and round-trip; NaN and infinities use the exact spellings both formats require.
internal static class ExpositionWriter
{
    private const int MaxNumberLength = 32;

    public static void WriteBytes(IBufferWriter<byte> writer, ReadOnlySpan<byte> bytes)
    {
        var span = writer.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        writer.Advance(bytes.Length);
    }

    public static void WriteByte(IBufferWriter<byte> writer, byte value)
    {
        writer.GetSpan(1)[0] = value;
        writer.Advance(1);
    }

    public static void WriteDouble(IBufferWriter<byte> writer, double value)
    {
        var span = writer.GetSpan(MaxNumberLength);
        writer.Advance(FormatDouble(span, value));
    }

    public static void WriteLong(IBufferWriter<byte> writer, long value)
    {
        var span = writer.GetSpan(MaxNumberLength);
        writer.Advance(FormatLong(span, value));
    }

    // A whole sample line, `name{labels,extra} value\n`, assembled in one span with one Advance.
    public static void WriteSample(IBufferWriter<byte> writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> labels,
        ReadOnlySpan<byte> extraLabel, long value)
    {
        var span = writer.GetSpan(name.Length + labels.Length + extraLabel.Length + MaxNumberLength + 5);
        var length = WriteNameAndLabels(span, name, labels, extraLabel);
        length += FormatLong(span[length..], value);
        span[length] = (byte)'\n';
        writer.Advance(length + 1);
    }

    public static void WriteSample(IBufferWriter<byte> writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> labels,
        ReadOnlySpan<byte> extraLabel, double value)
    {
        var span = writer.GetSpan(name.Length + labels.Length + extraLabel.Length + MaxNumberLength + 5);
        var length = WriteNameAndLabels(span, name, labels, extraLabel);
        length += FormatDouble(span[length..], value);
        span[length] = (byte)'\n';
        writer.Advance(length + 1);
    }

    public static void WriteSample(IBufferWriter<byte> writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> labels,
        ReadOnlySpan<byte> extraLabel, ReadOnlySpan<byte> formattedValue)
    {
        var span = writer.GetSpan(name.Length + labels.Length + extraLabel.Length + formattedValue.Length + 5);
        var length = WriteNameAndLabels(span, name, labels, extraLabel);
        formattedValue.CopyTo(span[length..]);
        length += formattedValue.Length;
        span[length] = (byte)'\n';
        writer.Advance(length + 1);
    }

    // `name{labels,extra} ` (braces always: the scope labels are always present); returns the length.
    private static int WriteNameAndLabels(Span<byte> span, ReadOnlySpan<byte> name, ReadOnlySpan<byte> labels, ReadOnlySpan<byte> extraLabel)
    {
        name.CopyTo(span);
        var length = name.Length;
        span[length++] = (byte)'{';
        labels.CopyTo(span[length..]);
        length += labels.Length;
        if (extraLabel.Length > 0)
        {
            if (labels.Length > 0) span[length++] = (byte)',';
            extraLabel.CopyTo(span[length..]);
            length += extraLabel.Length;
        }
        span[length++] = (byte)'}';
        span[length++] = (byte)' ';
        return length;
    }

    // Exact spellings for the specials; whole numbers below 1e14 take the integer path (same digits as .NET's
    // shortest round-trip format, which only switches to exponent notation from 1e15, but much cheaper);
    // anything else is .NET's shortest string that parses back to the same double.
    private static int FormatDouble(Span<byte> span, double value)
    {
        if (double.IsNaN(value)) return Copy("NaN"u8, span);
        if (double.IsPositiveInfinity(value)) return Copy("+Inf"u8, span);
        if (double.IsNegativeInfinity(value)) return Copy("-Inf"u8, span);
        if (Math.Abs(value) < 1e14 && value == Math.Floor(value) && !(value == 0 && double.IsNegative(value)))
            return FormatLong(span, (long)value);
        if (!value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture))
            throw new InvalidOperationException("a double did not fit its buffer");
        return written;
    }

    private static int FormatLong(Span<byte> span, long value)
    {
        if (!Utf8Formatter.TryFormat(value, span, out var written))
            throw new InvalidOperationException("a long did not fit its buffer");
        return written;
    }

    private static int Copy(ReadOnlySpan<byte> text, Span<byte> span)
    {
        text.CopyTo(span);
        return text.Length;
    }

    // Label values (both formats) escape \ " and newline; text-format HELP escapes only \ and newline,
    // OpenMetrics HELP escapes all three. Text is encoded by scalar value, so a surrogate pair becomes one
    // 4-byte sequence and a lone surrogate becomes U+FFFD instead of invalid UTF-8.
    public static void WriteEscaped(IBufferWriter<byte> writer, string text, bool escapeQuote)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '\\': WriteBytes(writer, "\\\\"u8); break;
                case '\n': WriteBytes(writer, "\\n"u8); break;
                case '"' when escapeQuote: WriteBytes(writer, "\\\""u8); break;
                default:
                    var span = writer.GetSpan(4);
                    writer.Advance(rune.EncodeToUtf8(span));
                    break;
            }
        }
    }

    // Names are already sanitised to ASCII.
    public static void WriteAscii(IBufferWriter<byte> writer, string text)
    {
        var span = writer.GetSpan(text.Length);
        var written = Encoding.ASCII.GetBytes(text, span);
        writer.Advance(written);
    }

    public static void WriteLabel(IBufferWriter<byte> writer, string name, string value)
    {
        WriteAscii(writer, name);
        WriteBytes(writer, "=\""u8);
        WriteEscaped(writer, value, escapeQuote: true);
        WriteByte(writer, (byte)'"');
    }
}
