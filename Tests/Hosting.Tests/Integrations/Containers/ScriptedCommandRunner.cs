using Hosting.Integrations.Containers;

namespace Hosting.Tests.Integrations.Containers;

// Answers CLI commands from a script and records what was asked: detection logic without a daemon.
internal sealed class ScriptedCommandRunner(Dictionary<string, CommandResult> answers) : ICommandRunner
{
    public List<string> Asked { get; } = [];
    public Dictionary<string, CommandResult> Answers { get; } = answers;

    public Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        var command = $"{fileName} {string.Join(' ', arguments)}";
        Asked.Add(command);
        return Task.FromResult(Answers.TryGetValue(fileName, out var answer)
            ? answer
            : new CommandResult(ProcessCommandRunner.NotRun, $"{fileName}: not installed (not found on PATH)"));
    }
}
