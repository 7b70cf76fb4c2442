// Publishes the AppHost's app model to a kustomize tree:
//   Kubernetes --manifest aspire-manifest.json --output DIR [--repository-root .] [--image-registry R] [--image-tag T]
// Everything else (cluster URLs, resources, parameter values) comes from appsettings.json or --Section:Key=value.
using Kubernetes;
using Kubernetes.Manifest;
using Kubernetes.Tree;
using Microsoft.Extensions.Configuration;

var configuration = new ConfigurationBuilder()
    .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
    .AddCommandLine(args, new Dictionary<string, string>
    {
        ["--manifest"] = nameof(PublishOptions.Manifest),
        ["--output"] = nameof(PublishOptions.Output),
        ["--repository-root"] = nameof(PublishOptions.RepositoryRoot),
        ["--image-registry"] = "Images:Registry",
        ["--image-tag"] = "Images:Tag",
        ["--namespace"] = nameof(PublishOptions.Namespace),
    })
    .Build();
var options = configuration.Get<PublishOptions>() ?? new PublishOptions();

try
{
    if (options.Manifest.Length == 0) throw new PublishException("No manifest given (--manifest aspire-manifest.json).");
    var files = new KubernetesTree(AspireManifest.Load(options.Manifest), options).Build();
    TreeWriter.Write(options.Output, files);
    Console.WriteLine($"Wrote {files.Count} files to {Path.GetFullPath(options.Output)}:");
    foreach (var file in files) Console.WriteLine($"  {file.Path}");
    return 0;
}
catch (PublishException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
