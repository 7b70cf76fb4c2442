using System.Globalization;
using System.Net;

namespace Reliability.Tests.Exposure;

public sealed record ListeningSocket(int Pid, string Process, IPAddress Address, int Port)
{
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    public override string ToString() => $"{Process}[{Pid}] {Address}:{Port}";
}

// The TCP sockets in LISTEN state from /proc/net/tcp and tcp6, mapped to their processes through the
// socket inodes in /proc/<pid>/fd.
public static class ListeningSockets
{
    public static IReadOnlyList<ListeningSocket> Of(IEnumerable<int> pids)
    {
        var listeners = Listeners("/proc/net/tcp", ipv6: false).Concat(Listeners("/proc/net/tcp6", ipv6: true))
            .GroupBy(l => l.Inode).ToDictionary(g => g.Key, g => g.First());
        var result = new List<ListeningSocket>();
        foreach (var pid in pids.Distinct())
        {
            foreach (var inode in SocketInodes(pid))
                if (listeners.TryGetValue(inode, out var l)) result.Add(new ListeningSocket(pid, Name(pid), l.Address, l.Port));
        }
        return result;
    }

    public static string Name(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim(); }
        catch (IOException) { return "?"; }
    }

    private static IEnumerable<(long Inode, IPAddress Address, int Port)> Listeners(string table, bool ipv6)
    {
        if (!File.Exists(table)) yield break;
        foreach (var line in File.ReadLines(table).Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 10 || fields[3] != "0A") continue; // 0A = LISTEN
            var local = fields[1].Split(':');
            yield return (long.Parse(fields[9], CultureInfo.InvariantCulture), ParseAddress(local[0], ipv6),
                int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
    }

    // The kernel prints the address as 32-bit words in host (little-endian) byte order.
    private static IPAddress ParseAddress(string hex, bool ipv6)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4) Array.Reverse(bytes, word, 4);
        var address = new IPAddress(bytes);
        return ipv6 && address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
    }

    private static IEnumerable<long> SocketInodes(int pid)
    {
        string[] fds;
        try { fds = Directory.GetFiles($"/proc/{pid}/fd"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { yield break; }
        foreach (var fd in fds)
        {
            string? target;
            try { target = new FileInfo(fd).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                yield return long.Parse(target[8..^1], CultureInfo.InvariantCulture);
        }
    }
}
