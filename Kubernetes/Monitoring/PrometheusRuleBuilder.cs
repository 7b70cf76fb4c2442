using k8s.Models;
using YamlDotNet.Serialization;

namespace Kubernetes.Monitoring;

// One PrometheusRule per file in prometheus/rules, its groups copied as they are (the files stay the single
// source: promtool tests them, the local Prometheus loads them). Unknown fields fail rather than vanish.
public sealed class PrometheusRuleBuilder(PublishOptions options)
{
    public const string RulesDirectory = "prometheus/rules";

    public IEnumerable<(string File, PrometheusRule Rule)> Build()
    {
        var directory = Path.Combine(options.RepositoryRoot, RulesDirectory);
        if (!Directory.Exists(directory)) throw new PublishException($"{RulesDirectory} not found under {Path.GetFullPath(options.RepositoryRoot)}.");
        foreach (var file in Directory.GetFiles(directory, "*.yml").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var name = $"{options.Application}-{stem}";
            yield return (stem, new PrometheusRule
            {
                Metadata = new V1ObjectMeta { Name = name, Labels = MonitoringLabels.For(name, options) },
                Spec = Read(file),
            });
        }
    }

    public static RuleFile Read(string file)
    {
        try
        {
            return new DeserializerBuilder().Build().Deserialize<RuleFile>(File.ReadAllText(file))
                ?? throw new PublishException($"{file} is empty.");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new PublishException($"{file}: {e.Message}");
        }
    }
}
