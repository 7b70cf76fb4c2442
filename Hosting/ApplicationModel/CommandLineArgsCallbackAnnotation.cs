namespace Hosting.ApplicationModel;

public sealed class CommandLineArgsCallbackAnnotation(Func<CommandLineArgsCallbackContext, Task> callback) : IResourceAnnotation
{
    public Func<CommandLineArgsCallbackContext, Task> Callback { get; } = callback;
}
