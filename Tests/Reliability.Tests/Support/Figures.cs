using System.Globalization;

namespace Reliability.Tests.Support;

// The measured figure of a row, with the machine's load average beside it (the machine is shared).
// eng/reliability.sh points RELIABILITY_FIGURES at a file and prints its lines; tests also log them.
public static class Figures
{
    public static string Record(string row, string figure)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{row}: {figure} (load {LoadAverage()})");
        if (Environment.GetEnvironmentVariable("RELIABILITY_FIGURES") is { Length: > 0 } file)
            lock (typeof(Figures)) File.AppendAllText(file, line + Environment.NewLine);
        Console.WriteLine(line);
        return line;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
