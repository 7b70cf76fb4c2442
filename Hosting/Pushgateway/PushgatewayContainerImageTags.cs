namespace Aspire.Hosting;

// Exact tags, so a run today and a run next year pull the same bits (1.5.1 is Debian's version too).
internal static class PushgatewayContainerImageTags
{
    public const string Registry = "docker.io";
    public const string Image = "prom/pushgateway";
    public const string Tag = "v1.5.1";
    public const int Port = 9091;
}
