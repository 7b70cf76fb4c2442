namespace Aspire.Hosting.ApplicationModel;

// One fault a resource offers on the dashboard: a command to inject it and one to clear it, the alert it
// should fire, and (for a runtime fault) the section of the faults file the service reads, Faults:{Name}.
// An outage fault has no section: it stops the resource itself.
public sealed record FaultAnnotation(string Name, string DisplayName, string Effect, string Alert) : IResourceAnnotation
{
    public FaultSetting? Setting { get; init; }
    public bool IsOutage { get; init; }

    // The switch on the switchboard: the faults file's section, or (an outage) the resource's own.
    public string SwitchName(string resourceName) => IsOutage ? resourceName + Name : Name;

    public string InjectCommand => $"inject-{Kebab}";
    public string ClearCommand => $"clear-{Kebab}";

    private string Kebab => string.Concat(Name.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));
}

// The number a runtime fault takes (extra milliseconds, percent of failures): asked for by the dashboard
// with Default filled in, and clamped to [Min, Max] whatever arrives.
public sealed record FaultSetting(string Key, string Label, int Default, int Min, int Max)
{
    public int Clamp(int value) => Math.Clamp(value, Min, Max);
}
