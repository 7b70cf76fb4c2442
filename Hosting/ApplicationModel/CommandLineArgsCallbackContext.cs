using Microsoft.Extensions.Configuration;

namespace Hosting.ApplicationModel;

public sealed class CommandLineArgsCallbackContext
{
    public required IResource Resource { get; init; }
    public required int ReplicaIndex { get; init; }
    public required string RunDirectory { get; init; }
    public required IConfiguration Configuration { get; init; }
    public List<string> Args { get; } = [];
    public CancellationToken CancellationToken { get; init; }
}
