namespace Hosting;

// Lets the testing builder run the AppHost's real Program: while a test intercepts, CreateBuilder adds
// the test's arguments (random ports, temp run dir) and Build() hands the builder back to the test
// instead of running (like Aspire.Hosting.Testing, which stops the entry point at Build).
internal static class DistributedApplicationTestingHook
{
    private static readonly AsyncLocal<Interception?> Current = new();

    internal sealed class Interception(string[] args, string appHostDirectory)
    {
        public string[] Args { get; } = args;
        public string AppHostDirectory { get; } = appHostDirectory;
        public DistributedApplicationBuilder? Builder { get; set; }
    }

    internal sealed class BuildInterceptedException : Exception;

    public static IDisposable Begin(Interception interception)
    {
        Current.Value = interception;
        return new Scope();
    }

    public static DistributedApplicationBuilder? CreateBuilder(string[] args)
    {
        if (Current.Value is not { Builder: null } interception) return null;
        interception.Builder = new DistributedApplicationBuilder([.. args, .. interception.Args], interception.AppHostDirectory) { InterceptBuild = true };
        return interception.Builder;
    }

    public static void OnBuilding(DistributedApplicationBuilder builder)
    {
        if (builder.InterceptBuild) throw new BuildInterceptedException();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}
