using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class ExplicitStartBuilderExtensions
{
    // Aspire's WithExplicitStart when `startsWithTheApp` is false: the resource is listed, not started, and a
    // click on Start (or the start command) runs it. E.g. the traffic generator with Traffic:Enabled=false.
    public static IResourceBuilder<T> WithExplicitStartUnless<T>(this IResourceBuilder<T> builder, bool startsWithTheApp) where T : IResource =>
        startsWithTheApp ? builder : builder.WithExplicitStart();
}
