using Microsoft.Extensions.Options;

namespace Traffic;

// Starts RatePerSecond requests from the mix per second, by the clock, without waiting for earlier ones (users
// do not wait for each other), at most MaxConcurrency at once, and counts each answer. Stopping the resource
// in the dashboard stops the process, and with it the traffic; starting it resumes.
public sealed class TrafficGenerator(
    IHttpClientFactory clients, TrafficMetrics metrics, IOptions<TrafficOptions> options, TimeProvider time, ILogger<TrafficGenerator> logger)
    : BackgroundService
{
    public const string ClientName = "api";

    private readonly HashSet<Task> _running = [];
    private SemaphoreSlim _inFlight = null!;
    private CancellationToken _stopping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var mix = new TrafficMix(settings.EffectiveTickers, settings.Seed is { } seed ? new Random(seed) : new Random());
        _inFlight = new SemaphoreSlim(Math.Max(1, settings.MaxConcurrency));
        _stopping = stoppingToken;
        logger.LogInformation("Sending {Rate} requests per second to the api", settings.EffectiveRate);
        using var timer = new PeriodicTimer(settings.Interval, time);
        var started = time.GetTimestamp();
        long sent = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // A busy machine delays ticks and PeriodicTimer drops the missed ones: start every request that is
                // due by the clock, so the rate holds (at most one second's worth at once after a long stall).
                var due = (long)(time.GetElapsedTime(started).TotalSeconds * settings.EffectiveRate) - sent;
                for (var i = 0; i < Math.Min(due, Math.Max(1, (long)settings.EffectiveRate)); i++) Start(mix.Next());
                sent += due;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        Task[] pending;
        lock (_running) pending = [.. _running];
        await Task.WhenAll(pending);
        _inFlight.Dispose();
    }

    private void Start(PlannedRequest request)
    {
        if (!_inFlight.Wait(0))
        {
            metrics.Skipped();
            return;
        }
        var task = SendAsync(request, _stopping);
        lock (_running) _running.Add(task);
        _ = task.ContinueWith(t => { lock (_running) _running.Remove(t); }, TaskScheduler.Default);
    }

    private async Task SendAsync(PlannedRequest request, CancellationToken stoppingToken)
    {
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message, stoppingToken);
            metrics.Sent(request, response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            metrics.Sent(request, null);
            logger.LogDebug("{Method} {Path} got no answer: {Error}", request.Method, request.PathAndQuery, e.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _inFlight.Release();
        }
    }
}
