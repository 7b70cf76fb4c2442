namespace ServiceDefaults.Prometheus;

// A response's hold on a serialised scrape; dispose when the body is written.
internal readonly struct ScrapeLease(ScrapeCollector? collector, ScrapeBuffer? buffer) : IDisposable
{
    public bool Succeeded => buffer is not null;
    public ReadOnlyMemory<byte> Content => buffer?.Writer.WrittenMemory ?? default;

    public void Dispose()
    {
        if (buffer is not null) collector!.Release(buffer);
    }
}
