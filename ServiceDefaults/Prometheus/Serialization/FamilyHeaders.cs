using System.Buffers;

namespace ServiceDefaults.Prometheus;

// The metadata lines of a family, rendered once per instrument.
internal static class FamilyHeaders
{
    // text 0.0.4: `# HELP name text` (escapes \ and newline) then `# TYPE name type`.
    public static byte[] Text(string name, string type, string? help)
    {
        var writer = new ArrayBufferWriter<byte>(128);
        if (!string.IsNullOrEmpty(help))
        {
            Line(writer, "# HELP "u8, name);
            ExpositionWriter.WriteByte(writer, (byte)' ');
            ExpositionWriter.WriteEscaped(writer, help, escapeQuote: false);
            ExpositionWriter.WriteByte(writer, (byte)'\n');
        }
        TypeLine(writer, name, type);
        return writer.WrittenSpan.ToArray();
    }

    // OpenMetrics 1.0: `# TYPE`, `# UNIT` (only when the family name ends with the unit, as the spec requires),
    // `# HELP` (escapes \, " and newline).
    public static byte[] OpenMetrics(string family, string type, string unit, string? help)
    {
        var writer = new ArrayBufferWriter<byte>(128);
        TypeLine(writer, family, type);
        if (unit.Length > 0 && family.EndsWith("_" + unit, StringComparison.Ordinal))
        {
            Line(writer, "# UNIT "u8, family);
            ExpositionWriter.WriteByte(writer, (byte)' ');
            ExpositionWriter.WriteAscii(writer, unit);
            ExpositionWriter.WriteByte(writer, (byte)'\n');
        }
        if (!string.IsNullOrEmpty(help))
        {
            Line(writer, "# HELP "u8, family);
            ExpositionWriter.WriteByte(writer, (byte)' ');
            ExpositionWriter.WriteEscaped(writer, help, escapeQuote: true);
            ExpositionWriter.WriteByte(writer, (byte)'\n');
        }
        return writer.WrittenSpan.ToArray();
    }

    private static void TypeLine(ArrayBufferWriter<byte> writer, string name, string type)
    {
        Line(writer, "# TYPE "u8, name);
        ExpositionWriter.WriteByte(writer, (byte)' ');
        ExpositionWriter.WriteAscii(writer, type);
        ExpositionWriter.WriteByte(writer, (byte)'\n');
    }

    private static void Line(ArrayBufferWriter<byte> writer, ReadOnlySpan<byte> prefix, string name)
    {
        ExpositionWriter.WriteBytes(writer, prefix);
        ExpositionWriter.WriteAscii(writer, name);
    }
}
