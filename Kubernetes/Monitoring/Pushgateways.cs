using Kubernetes.Manifest;
using Kubernetes.Workloads;

namespace Kubernetes.Monitoring;

// Which workloads are Prometheus Pushgateways: the manifest only says "container.v0", so they are known by
// their image's repository (Monitoring:PushgatewayImages, by default prom/pushgateway, the AppHost's pinned
// image), whatever registry and tag. Their ServiceMonitor honours labels, so pushed job/instance labels survive.
public static class Pushgateways
{
    public static bool Is(ManifestResource resource, PublishOptions options)
    {
        if (!resource.IsWorkload || resource.IsJob) return false;
        string image;
        try { image = WorkloadImage.For(resource, options.Images); }
        catch (PublishException) { return false; }
        var repository = Repository(image);
        return options.Monitoring.PushgatewayImages.Any(p => repository == p || repository.EndsWith("/" + p, StringComparison.Ordinal));
    }

    // "docker.io/prom/pushgateway:v1.5.1" or "…@sha256:…" → "docker.io/prom/pushgateway".
    private static string Repository(string image)
    {
        var digest = image.IndexOf('@');
        if (digest >= 0) image = image[..digest];
        var tag = image.LastIndexOf(':');
        return tag > image.LastIndexOf('/') ? image[..tag] : image;
    }
}
