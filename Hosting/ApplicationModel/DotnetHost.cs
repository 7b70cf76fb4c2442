namespace Hosting.ApplicationModel;

// The `dotnet` muxer that runs project dlls: the one running us when possible, else PATH.
public static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var self = Environment.ProcessPath;
        if (self is not null && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(System.IO.Path.Combine(root, "dotnet"))) return System.IO.Path.Combine(root, "dotnet");
        return ExecutableLocator.Find("dotnet") ?? "dotnet";
    }
}
