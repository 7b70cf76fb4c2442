using System.Buffers;

namespace ServiceDefaults.Prometheus;

// One serialised scrape of one format. Reference-counted: the collector holds one reference while it is the
// current result, every response being written holds one; at zero it goes back to its format's spares.
// Buffers never move between formats.
internal sealed class ScrapeBuffer(ExpositionFormat format)
{
    public ExpositionFormat Format { get; } = format;
    public ArrayBufferWriter<byte> Writer { get; } = new(64 * 1024);
    public long CollectedAt { get; set; }
    public int References { get; set; }
}
