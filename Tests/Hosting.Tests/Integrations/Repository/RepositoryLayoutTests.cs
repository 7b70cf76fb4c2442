using Hosting.Integrations.Repository;
using TestSupport;

namespace Hosting.Tests.Integrations.Repository;

public class RepositoryLayoutTests
{
    [Fact]
    public void TheRootIsFoundUpwardsFromABuildOutputFolder()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("prometheus"));
        Directory.CreateDirectory(dir.File(".git"));
        var deep = Directory.CreateDirectory(dir.File("AppHost/bin/Release/net10.0")).FullName;

        Assert.Equal(dir.Path, RepositoryLayout.FindUpwards(deep));
    }

    [Fact]
    public void AFolderWithPrometheusButNoRepositoryMarkerIsSkipped()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("AppHost/prometheus"));
        Directory.CreateDirectory(dir.File("AppHost/grafana"));

        Assert.Null(RepositoryLayout.FindUpwards(dir.File("AppHost")));
    }

    [Fact]
    public void ConfiguredRootWins()
    {
        using var dir = new TempDirectory();

        var layout = RepositoryLayout.Locate(dir.Path);

        Assert.Equal(dir.Path, layout?.Root);
        Assert.Equal(Path.Combine(dir.Path, "grafana"), layout?.GrafanaDirectory);
    }

    [Fact]
    public void AConfiguredRootThatDoesNotExistIsNotFound() =>
        Assert.Null(RepositoryLayout.Locate("/nonexistent/repository"));
}
