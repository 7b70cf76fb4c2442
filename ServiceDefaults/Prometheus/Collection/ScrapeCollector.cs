namespace ServiceDefaults.Prometheus;

// Single-flight collection with a short cache, per format. Concurrent scrapes of one format share one
// collection; a scrape within the cache window reuses the last one. Collections of the two formats take
// turns (the exporter serialises into one target at a time) and each format has its own buffers.
internal sealed class ScrapeCollector(PrometheusMetricReader reader, PrometheusExporter exporter, TimeSpan cacheDuration, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Lock _collecting = new();
    private readonly FormatSlot[] _slots = [new(), new()];

    internal PrometheusExporter Exporter => exporter;

    public async ValueTask<ScrapeLease> AcquireAsync(ExpositionFormat format)
    {
        TaskCompletionSource<ScrapeBuffer?> flight;
        bool leader;
        lock (_gate)
        {
            var slot = _slots[(int)format];
            if (slot.Current is { } cached && cacheDuration > TimeSpan.Zero && time.GetElapsedTime(cached.CollectedAt) < cacheDuration)
            {
                cached.References++;
                return new ScrapeLease(this, cached);
            }
            leader = slot.InFlight is null;
            flight = slot.InFlight ??= new TaskCompletionSource<ScrapeBuffer?>(TaskCreationOptions.RunContinuationsAsynchronously);
            slot.Followers += leader ? 0 : 1;
        }
        if (leader) Collect(format, flight);
        var buffer = await flight.Task.ConfigureAwait(false);
        return new ScrapeLease(buffer is null ? null : this, buffer);
    }

    public void Release(ScrapeBuffer buffer)
    {
        lock (_gate) ReleaseLocked(buffer);
    }

    private void Collect(ExpositionFormat format, TaskCompletionSource<ScrapeBuffer?> flight)
    {
        var slot = _slots[(int)format];
        ScrapeBuffer buffer;
        lock (_gate) buffer = slot.Spares.Count > 0 ? slot.Spares.Pop() : new ScrapeBuffer(format);

        var succeeded = false;
        try
        {
            lock (_collecting) succeeded = exporter.CollectInto(reader, format, buffer.Writer);
        }
        finally
        {
            lock (_gate)
            {
                slot.InFlight = null;
                if (succeeded)
                {
                    buffer.CollectedAt = time.GetTimestamp();
                    // current + leader + every follower that joined this flight
                    buffer.References = 2 + slot.Followers;
                    if (slot.Current is { } previous) ReleaseLocked(previous);
                    slot.Current = buffer;
                }
                else
                {
                    buffer.Writer.ResetWrittenCount();
                    slot.Spares.Push(buffer);
                }
                slot.Followers = 0;
            }
            flight.SetResult(succeeded ? buffer : null);
        }
    }

    private void ReleaseLocked(ScrapeBuffer buffer)
    {
        if (--buffer.References > 0) return;
        buffer.Writer.ResetWrittenCount();
        _slots[(int)buffer.Format].Spares.Push(buffer);
    }

    private sealed class FormatSlot
    {
        public ScrapeBuffer? Current;
        public TaskCompletionSource<ScrapeBuffer?>? InFlight;
        public int Followers;
        public readonly Stack<ScrapeBuffer> Spares = new();
    }
}
