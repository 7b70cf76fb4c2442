using BenchmarkDotNet.Running;
using Benchmarks.Prometheus;

if (args is ["exporter-cpu-time", ..])
{
    await ScrapeCpuTime.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
