using BenchmarkDotNet.Running;
using Benchmarks.Handlers;
using Benchmarks.Prometheus;

if (args is ["exporter-cpu-time", ..])
{
    await ScrapeCpuTime.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
    return;
}

if (args is ["pipeline-cpu-time", var configuration, ..])
{
    await PipelineCpuTime.RunAsync(Enum.Parse<PipelineConfiguration>(configuration),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200_000);
    return;
}

// `pipeline-serve CONFIGURATION PORT [meter-to-drop…]`: the same app on Kestrel until Ctrl+C, for wrk.
if (args is ["pipeline-serve", var served, var port, ..])
{
    await using var host = await PipelineHost.StartAsync(Enum.Parse<PipelineConfiguration>(served),
        int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), args[3..]);
    await host.WaitForShutdownAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
