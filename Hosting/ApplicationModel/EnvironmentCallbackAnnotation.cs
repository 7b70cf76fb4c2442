namespace Hosting.ApplicationModel;

public sealed class EnvironmentCallbackAnnotation(Func<EnvironmentCallbackContext, Task> callback) : IResourceAnnotation
{
    public EnvironmentCallbackAnnotation(string name, Func<string> value)
        : this(ctx => { ctx.EnvironmentVariables[name] = value(); return Task.CompletedTask; })
    {
    }

    public Func<EnvironmentCallbackContext, Task> Callback { get; } = callback;
}
