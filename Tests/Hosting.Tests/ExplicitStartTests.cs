using Hosting.Tests.Support;

namespace Hosting.Tests;

public sealed class ExplicitStartTests
{
    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 1)]
    public void AResourceThatDoesNotStartWithTheAppWaitsForAnExplicitStart(bool startsWithTheApp, int annotations)
    {
        var traffic = Model.Builder("executable").AddExecutable("traffic", "traffic", ".").WithExplicitStartUnless(startsWithTheApp);
        Assert.Equal(annotations, traffic.Resource.Annotations.OfType<ExplicitStartupAnnotation>().Count());
    }
}
