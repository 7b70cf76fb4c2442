using System.Text.Json;
using Kubernetes.Manifest;

namespace Kubernetes.Tests.Support;

public static class Manifests
{
    public static AspireManifest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return AspireManifest.Parse(document.RootElement.Clone());
    }
}
