using System.Collections.Immutable;


namespace Hosting.Tests.Prometheus;

// The file_sd lists: one group per running instance, instance label = the replica's name.
public sealed class PrometheusTargetsTests
{
    [Fact]
    public void EachInstanceIsItsOwnGroupLabelledWithItsName()
    {
        var json = PrometheusTargetsFile.Render([new("predictor-b", "localhost:41002"), new("predictor-a", "localhost:41001")]);
        Assert.Equal("""
            [
              {
                "targets": [
                  "localhost:41001"
                ],
                "labels": {
                  "instance": "predictor-a"
                }
              },
              {
                "targets": [
                  "localhost:41002"
                ],
                "labels": {
                  "instance": "predictor-b"
                }
              }
            ]

            """.ReplaceLineEndings("\n"), json);
    }

    [Fact]
    public void NoInstancesIsAnEmptyList() => Assert.Equal("[]\n", PrometheusTargetsFile.Render([]));

    [Fact]
    public void TheFileFollowsInstancesStartingRestartingElsewhereAndStopping()
    {
        using var directory = new TestSupport.TempDirectory();
        var files = new PrometheusFiles(directory.Path);
        files.EnsureTargetsFile("predictor");
        Assert.Equal("[]\n", File.ReadAllText(files.TargetsFile("predictor")));

        files.SetTarget("predictor", "predictor-a", "localhost:41001");
        files.SetTarget("predictor", "predictor-b", "localhost:41002");
        files.SetTarget("predictor", "predictor-a", "localhost:42001");
        Assert.Equal(PrometheusTargetsFile.Render([new("predictor-a", "localhost:42001"), new("predictor-b", "localhost:41002")]),
            File.ReadAllText(files.TargetsFile("predictor")));

        files.SetTarget("predictor", "predictor-b", null);
        Assert.Equal(PrometheusTargetsFile.Render([new("predictor-a", "localhost:42001")]), File.ReadAllText(files.TargetsFile("predictor")));
        Assert.Equal(["predictor-a"], files.Targets["predictor"].Keys);
        Assert.False(File.Exists(files.TargetsFile("predictor") + ".tmp"));
    }

    [Theory]
    [InlineData("http://localhost:41001", null, "localhost:41001")]
    [InlineData("https://localhost:41443;http://localhost:41001", null, "localhost:41001")]
    [InlineData("http://*:5000", null, "localhost:5000")]
    [InlineData("http://localhost:41001", "host.docker.internal", "host.docker.internal:41001")]
    [InlineData("https://localhost:41443", null, null)]
    public void AReplicasOwnAddressComesFromTheAspnetcoreUrlsAspireGaveIt(string urls, string? host, string? expected)
    {
        var snapshot = new CustomResourceSnapshot
        {
            ResourceType = "Project",
            Properties = ImmutableArray<ResourcePropertySnapshot>.Empty,
            EnvironmentVariables = [new("ASPNETCORE_URLS", urls, IsFromSpec: true)],
        };
        Assert.Equal(expected, ScrapeAddress.Of(snapshot, host));
    }
}
