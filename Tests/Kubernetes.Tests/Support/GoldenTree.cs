using k8s;
using k8s.Models;
using Kubernetes.Grafana;
using Kubernetes.Tree;
using TestSupport;

namespace Kubernetes.Tests.Support;

// Compares a published tree with the checked-in one under Golden/NAME, file by file. Dashboard ConfigMaps are
// compared with their JSON replaced by the file's name (GrafanaConfigMapsTests proves the JSON is the file's),
// so editing a dashboard does not mean editing a golden file. UPDATE_GOLDEN=1 rewrites the golden tree.
public static class GoldenTree
{
    public static void AssertMatches(PublishedTree tree, string name)
    {
        var golden = RepositoryRoot.Combine("Tests", "Kubernetes.Tests", "Golden", name);
        var actual = tree.YamlFiles.ToDictionary(f => Path.GetRelativePath(tree.Root, f), Normalized);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(golden)) Directory.Delete(golden, recursive: true);
            foreach (var (path, text) in actual)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(golden, path))!);
                File.WriteAllText(Path.Combine(golden, path), text);
            }
        }
        var expected = Directory.GetFiles(golden, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(golden, f), File.ReadAllText);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in expected) Assert.True(text == actual[path], $"{path} differs from Golden/{name}/{path}:\n{actual[path]}");
    }

    private static string Normalized(string file)
    {
        var text = File.ReadAllText(file);
        if (!Path.GetFileName(file).StartsWith("dashboard-", StringComparison.Ordinal)) return text;
        var configMap = KubernetesYaml.LoadAllFromString(text, new Dictionary<string, Type> { ["v1/ConfigMap"] = typeof(V1ConfigMap) })
            .OfType<V1ConfigMap>().Single();
        Assert.Equal("1", configMap.Metadata.Labels[GrafanaConfigMaps.DashboardLabel]);
        configMap.Data = configMap.Data.ToDictionary(d => d.Key, d => $"<contents of {GrafanaConfigMaps.DashboardsDirectory}/{d.Key}>");
        return TreeWriter.Serialize(configMap);
    }
}
