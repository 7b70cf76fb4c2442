namespace Hosting.Integrations.Containers;

// Runs a short CLI command to completion; injected so detection is testable without a daemon.
public interface ICommandRunner
{
    Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken = default);
}
