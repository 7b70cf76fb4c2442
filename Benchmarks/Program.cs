using BenchmarkDotNet.Running;
using Benchmarks.Prometheus;

if (args is ["exporter-cpu-time", ..])
{
    ScrapeCpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
