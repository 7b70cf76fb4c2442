using Hosting.ApplicationModel;

namespace Hosting.Tests.Integrations.Wiring;

internal sealed record FakeProject(string ProjectPath, string DllPath) : IProjectMetadata
{
    public static FakeProject Named(string name) => new($"/src/{name}/{name}.csproj", $"/src/{name}/bin/{name}.dll");
}
