using k8s.Models;
using Kubernetes.Monitoring;
using Kubernetes.Tests.Support;

namespace Kubernetes.Tests.Monitoring;

// The chain the Prometheus Operator follows: ServiceMonitor → Service (by labels, by port name) → pods
// (by the Service's selector, to the named container port). A break anywhere means no scrape.
public class SelectorTests : IClassFixture<SelectorTests.Tree>
{
    public sealed class Tree : IDisposable
    {
        public PublishedTree Published { get; } = PublishedTree.FromAppHost();
        public void Dispose() => Published.Dispose();
    }

    private readonly PublishedTree _tree;

    public SelectorTests(Tree tree) => _tree = tree.Published;

    private static bool Matches(IDictionary<string, string> selector, IDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    [Theory]
    [InlineData("api")]
    [InlineData("predictor")]
    [InlineData("pushgateway")]
    public void ServiceMonitorSelectsExactlyItsServiceThroughANamedPort(string name)
    {
        var monitor = _tree.Read<ServiceMonitor>($"{name}/servicemonitor.yaml");
        var services = _tree.Objects<V1Service>().ToList();
        var selected = services.Where(s => Matches(monitor.Spec.Selector.MatchLabels, s.Metadata.Labels)).ToList();
        Assert.Equal(name, Assert.Single(selected).Metadata.Name);
        Assert.Contains(selected[0].Spec.Ports, p => p.Name == monitor.Spec.Endpoints.Single().Port);
        Assert.Equal("/metrics", monitor.Spec.Endpoints.Single().Path);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("predictor")]
    [InlineData("cache")]
    [InlineData("pushgateway")]
    public void ServiceSelectsItsPodsAndTargetsANamedContainerPort(string name)
    {
        var service = _tree.Read<V1Service>($"{name}/service.yaml");
        var deployments = _tree.Objects<V1Deployment>().ToList();
        var selected = deployments.Where(d => Matches(service.Spec.Selector, d.Spec.Template.Metadata.Labels)).ToList();
        var deployment = Assert.Single(selected);
        Assert.Equal(name, deployment.Metadata.Name);
        Assert.True(Matches(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels));
        var containerPorts = deployment.Spec.Template.Spec.Containers.SelectMany(c => c.Ports).Select(p => p.Name).ToList();
        foreach (var port in service.Spec.Ports) Assert.Contains(port.TargetPort.Value, containerPorts);
    }

    // Jobs are not scraped (they are gone before a scrape comes); what they push is, through the Pushgateway.
    [Fact]
    public void EveryServingProjectAndThePushgatewayAreScrapedAndNothingElse()
    {
        var scraped = _tree.Objects<ServiceMonitor>().Select(m => m.Metadata.Name).Order();
        var projects = _tree.Manifest.Resources.Values.Where(r => r.IsProject && !r.IsJob).Select(r => r.Name);
        Assert.Equal(projects.Append("pushgateway").Order(), scraped);
        Assert.Contains(_tree.Manifest.Resources.Values, r => r.IsJob);
    }

    [Fact]
    public void ScrapeIntervalAndTimeoutAreTheLocalPrometheusOnes()
    {
        var local = ScrapeSettings.Load(_tree.Options.RepositoryRoot);
        foreach (var endpoint in _tree.Objects<ServiceMonitor>().SelectMany(m => m.Spec.Endpoints))
        {
            Assert.Equal(local.Interval, endpoint.Interval);
            Assert.Equal(local.Timeout, endpoint.ScrapeTimeout);
        }
        Assert.Equal("5s", local.Interval);
    }

    [Fact]
    public void ClusterSelectionLabelsAreAddedToMonitoringObjectsOnly()
    {
        using var tree = PublishedTree.FromAppHost(o => o.Monitoring.Labels["release"] = "kube-prometheus-stack");
        Assert.All(tree.Objects<ServiceMonitor>(), m => Assert.Equal("kube-prometheus-stack", m.Metadata.Labels["release"]));
        Assert.All(tree.Objects<PrometheusRule>(), r => Assert.Equal("kube-prometheus-stack", r.Metadata.Labels["release"]));
        Assert.All(tree.Objects<V1Service>(), s => Assert.False(s.Metadata.Labels.ContainsKey("release")));
    }
}
