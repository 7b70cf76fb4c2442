namespace Microsoft.Extensions.Hosting;

public static class ServiceDefaultsMeter
{
    // The meter of ServiceDefaults' own instruments (process_* and app_info).
    public const string Name = "ServiceDefaults";
}
