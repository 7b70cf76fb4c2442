using k8s.Models;
using Kubernetes.Monitoring;
using Kubernetes.Tests.Support;
using Kubernetes.Workloads;
using TestSupport;

namespace Kubernetes.Tests.Workloads;

// The AppHost's backtest (PublishAsJob, WithRunInterval 15 min) becomes a CronJob: same pod conventions as a
// Deployment's, but no Service, no ServiceMonitor, no probes, and never two runs at once.
public class CronJobTests : IClassFixture<CronJobTests.Tree>
{
    public sealed class Tree : IDisposable
    {
        public PublishedTree Published { get; } = PublishedTree.FromAppHost();
        public void Dispose() => Published.Dispose();
    }

    private readonly PublishedTree _tree;

    public CronJobTests(Tree tree) => _tree = tree.Published;

    private V1CronJob Backtest => _tree.Read<V1CronJob>("backtest/cronjob.yaml");

    private V1PodSpec Pod => Backtest.Spec.JobTemplate.Spec.Template.Spec;

    [Fact]
    public void BacktestRunsEveryFifteenMinutesAndNeverTwiceAtOnce()
    {
        Assert.Equal("*/15 * * * *", Backtest.Spec.Schedule);
        Assert.Equal("Forbid", Backtest.Spec.ConcurrencyPolicy);
        Assert.Equal("Never", Pod.RestartPolicy);
        Assert.Equal(0, Backtest.Spec.JobTemplate.Spec.BackoffLimit);
    }

    [Fact]
    public void JobGetsNoDeploymentServiceMonitorOrProbes()
    {
        Assert.Equal(["backtest/cronjob.yaml"], _tree.Files.Select(f => f.Path).Where(p => p.StartsWith("backtest/", StringComparison.Ordinal)));
        Assert.DoesNotContain(_tree.Objects<V1Deployment>(), d => d.Metadata.Name == "backtest");
        Assert.DoesNotContain(_tree.Objects<V1Service>(), s => s.Metadata.Name == "backtest");
        Assert.DoesNotContain(_tree.Objects<ServiceMonitor>(), m => m.Metadata.Name == "backtest");
        var container = Pod.Containers.Single();
        Assert.Null(container.ReadinessProbe);
        Assert.Null(container.LivenessProbe);
        Assert.Null(container.Ports);
    }

    [Fact]
    public void JobRunsNonRootWithResourcesAndAspireIdentity()
    {
        var container = Pod.Containers.Single();
        Assert.Equal(1654, Pod.SecurityContext.RunAsUser);
        Assert.True(Pod.SecurityContext.RunAsNonRoot);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.Equal("512Mi", container.Resources.Limits["memory"].ToString());
        Assert.Equal("registry.example.com/aspire-metrics/backtest:golden", container.Image);
        Assert.Equal("backtest", container.Env.Single(e => e.Name == "OTEL_SERVICE_NAME").Value);
        Assert.Equal("metadata.name", container.Env.Single(e => e.Name == "POD_NAME").ValueFrom.FieldRef.FieldPath);
    }

    [Fact]
    public void JobPushesToThePushgatewaysServiceDnsName()
    {
        var env = Pod.Containers.Single().Env;
        var service = _tree.Read<V1Service>("pushgateway/service.yaml");
        var expected = $"http://{service.Metadata.Name}:{service.Spec.Ports.Single(p => p.Name == "http").Port}";
        Assert.Equal("http://pushgateway:9091", expected);
        Assert.Equal(expected, env.Single(e => e.Name == "services__pushgateway__http__0").Value);
    }

    [Fact]
    public void JobTemplateLabelsSelectNothingButItsOwnPods()
    {
        var labels = Backtest.Spec.JobTemplate.Spec.Template.Metadata.Labels;
        Assert.Equal("backtest", labels["app.kubernetes.io/name"]);
        Assert.DoesNotContain(_tree.Objects<V1Service>(), s => s.Spec.Selector.All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value));
    }

    [Fact]
    public void ConfiguredScheduleOverridesTheModelsInterval()
    {
        using var tree = PublishedTree.FromAppHost(o => o.Schedules["backtest"] = "30 2 * * *");
        Assert.Equal("30 2 * * *", tree.Read<V1CronJob>("backtest/cronjob.yaml").Spec.Schedule);
    }

    [Theory]
    [InlineData("00:01:00", "* * * * *")]
    [InlineData("00:15:00", "*/15 * * * *")]
    [InlineData("00:30:00", "*/30 * * * *")]
    [InlineData("01:00:00", "0 * * * *")]
    [InlineData("06:00:00", "0 */6 * * *")]
    [InlineData("1.00:00:00", "0 0 * * *")]
    [InlineData("00:07:00", null)]
    [InlineData("00:00:30", null)]
    [InlineData("01:30:00", null)]
    [InlineData("05:00:00", null)]
    [InlineData("2.00:00:00", null)]
    public void IntervalsBecomeCronOnlyWhereCronMatchesThemExactly(string interval, string? cron) =>
        Assert.Equal(cron, JobSchedule.FromInterval(TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("""{ "runInterval": "00:07:00" }""", "every 00:07:00")]
    [InlineData("{}", "no run interval")]
    public void JobWithoutAnExactScheduleFailsNamingTheOptionToSet(string job, string reason)
    {
        using var directory = new TempDirectory();
        var path = directory.File("manifest.json");
        File.WriteAllText(path, $$"""{ "resources": { "nightly": { "type": "project.v0", "job": {{job}} } } }""");
        var error = Assert.Throws<PublishException>(() => new PublishedTree(path).Dispose());
        Assert.Contains(reason, error.Message);
        Assert.Contains("--Schedules:nightly=", error.Message);
        using var configured = new PublishedTree(path, o => o.Schedules["nightly"] = "0 3 * * *");
        Assert.Equal("0 3 * * *", configured.Read<V1CronJob>("nightly/cronjob.yaml").Spec.Schedule);
    }
}
