using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

// Reads a stream of snapshots of one resource instance and says when it crashed: its state went from
// Running straight to Finished (an executable or project whose process exited by itself) or Exited
// (a container). A stop asked for by a person or by shutdown passes through Stopping, or ends as
// Terminated, and is not a crash.
public sealed class CrashDetector
{
    private string? _lastState;

    public bool IsCrash(CustomResourceSnapshot snapshot)
    {
        var state = snapshot.State?.Text;
        var crashed = _lastState == KnownResourceStates.Running
            && (state == KnownResourceStates.Finished || state == KnownResourceStates.Exited);
        _lastState = state;
        return crashed;
    }
}
