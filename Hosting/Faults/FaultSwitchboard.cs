using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aspire.Hosting.ApplicationModel;

// The faults switched on right now, each with its expiry, written to the faults file the services read
// ({"Faults": {"PredictorLatency": {"Until": "...", "Milliseconds": 1500}}}). Every fault switches itself off
// after Duration: a timer clears it (and runs its expiry action, e.g. starting Redis again), and the file
// carries Until, so a service stops applying it on time even if the AppHost is gone.
public sealed class FaultSwitchboard(string file, TimeProvider time, TimeSpan duration) : IDisposable
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(5);
    // The services refuse any fault further away than this (RuntimeFault.MaxDuration).
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);

    private sealed record ActiveFault(DateTimeOffset Until, ImmutableSortedDictionary<string, int> Settings, bool Written, ITimer Timer);

    private readonly Lock _lock = new();
    private bool _disposed;
    private ImmutableSortedDictionary<string, ActiveFault> _active = ImmutableSortedDictionary<string, ActiveFault>.Empty;

    public string File { get; } = file;
    public TimeSpan Duration { get; } = duration < MinDuration ? MinDuration : duration > MaxDuration ? MaxDuration : duration;

    // Raised after any fault switched on or off (by a command or by its expiry).
    public event Action? Changed;

    public DateTimeOffset? ActiveUntil(string name) => _active.TryGetValue(name, out var fault) ? fault.Until : null;

    public bool IsOn(string name) => _active.ContainsKey(name);

    // Switches a fault on (again) for Duration from now. `written` faults go to the file; an outage is not.
    public DateTimeOffset SwitchOn(string name, IReadOnlyDictionary<string, int> settings, bool written = true, Func<Task>? onExpired = null)
    {
        var until = time.GetUtcNow() + Duration;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_active.TryGetValue(name, out var previous)) previous.Timer.Dispose();
            var timer = time.CreateTimer(_ => _ = ExpireAsync(name, until, onExpired), null, Duration, Timeout.InfiniteTimeSpan);
            _active = _active.SetItem(name, new ActiveFault(until, settings.ToImmutableSortedDictionary(StringComparer.Ordinal), written, timer));
            Write();
        }
        Changed?.Invoke();
        return until;
    }

    public bool SwitchOff(string name)
    {
        lock (_lock)
        {
            if (_disposed || !_active.TryGetValue(name, out var fault)) return false;
            fault.Timer.Dispose();
            _active = _active.Remove(name);
            Write();
        }
        Changed?.Invoke();
        return true;
    }

    // When the app stops: no timer outlives it (nor writes into its deleted run directory, nor starts a resource).
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var fault in _active.Values) fault.Timer.Dispose();
            _active = _active.Clear();
        }
    }

    // The file's content for the faults on now: only what the services read.
    public string Render()
    {
        var faults = new JsonObject();
        foreach (var (name, fault) in _active.Where(f => f.Value.Written))
        {
            var section = new JsonObject { ["Until"] = fault.Until.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };
            foreach (var (key, value) in fault.Settings) section[key] = value;
            faults[name] = section;
        }
        return new JsonObject { ["Faults"] = faults }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private async Task ExpireAsync(string name, DateTimeOffset until, Func<Task>? onExpired)
    {
        // A fault switched on again since this timer was set has a later expiry and a timer of its own.
        if (ActiveUntil(name) != until || !SwitchOff(name)) return;
        if (onExpired is not null) await onExpired();
    }

    // A rename, so a service's file watcher never reads half a file.
    private void Write()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        var temporary = File + ".tmp";
        System.IO.File.WriteAllText(temporary, Render());
        System.IO.File.Move(temporary, File, overwrite: true);
    }
}
