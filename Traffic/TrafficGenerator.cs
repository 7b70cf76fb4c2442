using Microsoft.Extensions.Options;

namespace Traffic;

// Starts one request from the mix every 1/RatePerSecond seconds without waiting for earlier ones (users do
// not wait for each other), at most MaxConcurrency at once, and counts each answer. Stopping the resource
// in the dashboard stops the process, and with it the traffic; starting it resumes.
public sealed class TrafficGenerator(
    IHttpClientFactory clients, TrafficMetrics metrics, IOptions<TrafficOptions> options, TimeProvider time, ILogger<TrafficGenerator> logger)
    : BackgroundService
{
    public const string ClientName = "api";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var mix = new TrafficMix(settings.EffectiveTickers, settings.Seed is { } seed ? new Random(seed) : new Random());
        using var inFlight = new SemaphoreSlim(Math.Max(1, settings.MaxConcurrency));
        var running = new HashSet<Task>();
        logger.LogInformation("Sending {Rate} requests per second to the api", settings.EffectiveRate);
        using var timer = new PeriodicTimer(settings.Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var request = mix.Next();
                if (!inFlight.Wait(0))
                {
                    metrics.Skipped();
                    continue;
                }
                var task = SendAsync(request, inFlight, stoppingToken);
                lock (running) running.Add(task);
                _ = task.ContinueWith(t => { lock (running) running.Remove(t); }, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        Task[] pending;
        lock (running) pending = [.. running];
        await Task.WhenAll(pending);
    }

    private async Task SendAsync(PlannedRequest request, SemaphoreSlim inFlight, CancellationToken stoppingToken)
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
            inFlight.Release();
        }
    }
}
