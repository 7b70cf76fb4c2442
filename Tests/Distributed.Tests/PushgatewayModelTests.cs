using Aspire.Hosting.ApplicationModel;
using TestSupport;
using YamlDotNet.RepresentationModel;

namespace Distributed.Tests;

// The AppHost's model, built but not started: the Pushgateway is a resource the backtest references
// and waits for, and the prometheus.yml generated from the model scrapes it with honor_labels: true,
// on that job only, in a file promtool accepts.
public sealed class PushgatewayModelTests
{
    [Fact]
    public async Task TheGeneratedConfigScrapesOnlyThePushgatewayWithHonorLabels()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--Hosting:ResourceMode=executable"]);
        var prometheus = builder.Resources.OfType<IPrometheusResource>().Single();
        try
        {
            PrometheusBuilderExtensions.WriteConfig(prometheus);

            var jobs = ScrapeJobs(await File.ReadAllTextAsync(prometheus.Files.ConfigFile));
            Assert.Equal(["api", "predictor", "pushgateway", "traffic"], jobs.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("true", jobs["pushgateway"]);
            Assert.Null(jobs["api"]);
            Assert.Null(jobs["predictor"]);
            Assert.Null(jobs["traffic"]);
            var check = await Promtool.RunAsync(["check", "config", prometheus.Files.ConfigFile]);
            Assert.True(check.ExitCode == 0, check.ToString());
        }
        finally
        {
            Directory.Delete(prometheus.Files.Directory, recursive: true);
        }
    }

    [Fact]
    public async Task TheBacktestReferencesAndWaitsForThePushgatewayAndIsNeverRestartedOnCrash()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--Hosting:ResourceMode=executable"]);
        var pushgateway = Assert.IsType<PushgatewayExecutableResource>(builder.Resources.Single(r => r.Name == "pushgateway"));
        var backtest = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "backtest");

        Assert.Contains(backtest.Annotations.OfType<WaitAnnotation>(), w => w.Resource == pushgateway && w.WaitType == WaitType.WaitUntilHealthy);
        Assert.Contains(backtest.Annotations.OfType<ResourceRelationshipAnnotation>(), r => r.Resource == pushgateway && r.Type == "Reference");
        Assert.Contains(backtest.Annotations.OfType<ResourceCommandAnnotation>(), c => c.Name == "run-backtest" && c.DisplayName == "Run backtest");
        Assert.Equal(TimeSpan.FromMinutes(15), backtest.Annotations.OfType<JobScheduleAnnotation>().Single().Interval);
        Assert.Empty(backtest.Annotations.OfType<RestartPolicyAnnotation>());
        Assert.Single(pushgateway.Annotations.OfType<RestartPolicyAnnotation>());
    }

    // job_name -> its honor_labels value (null when absent).
    private static Dictionary<string, string?> ScrapeJobs(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("scrape_configs")]).Children.Cast<YamlMappingNode>()
            .ToDictionary(
                job => ((YamlScalarNode)job.Children[new YamlScalarNode("job_name")]).Value!,
                job => job.Children.TryGetValue(new YamlScalarNode("honor_labels"), out var honor) ? ((YamlScalarNode)honor).Value : null);
    }
}
