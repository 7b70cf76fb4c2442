using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aspire.Hosting;

// Faults a person switches on from the dashboard (docs/faults-and-traffic.md): each is a pair of commands on
// the resource it breaks, Inject and Clear, bounded by Faults:Duration (default 30 min: long enough for the slowest alert, CacheHitRatioLow with its 15m for:, to fire) after which it clears
// itself. The command's description names the alert the fault should fire.
public static class FaultBuilderExtensions
{
    public const string DurationSetting = "Faults:Duration";
    public const string FileVariable = "Faults__File";

    // A fault the service applies itself: it reads section Faults:{name} of the faults file, whose path it gets
    // as Faults__File. `setting` is the number the dashboard asks for (e.g. Milliseconds), clamped to its bounds.
    public static IResourceBuilder<T> WithRuntimeFault<T>(this IResourceBuilder<T> builder, string name, string displayName,
        string effect, string alert, FaultSetting? setting = null) where T : IResourceWithEnvironment
    {
        var fault = new FaultAnnotation(name, displayName, effect, alert) { Setting = setting };
        builder.WithAnnotation(fault);
        if (!builder.ApplicationBuilder.ExecutionContext.IsRunMode) return builder;
        var board = Switchboard(builder.ApplicationBuilder);
        return builder.WithEnvironment(FileVariable, board.File).WithFaultCommands(fault, board,
            context =>
            {
                var settings = setting is null
                    ? new Dictionary<string, int>()
                    : new Dictionary<string, int> { [setting.Key] = setting.Clamp(ArgumentOrDefault(context, setting)) };
                return Task.FromResult(board.SwitchOn(name, settings));
            },
            _ => Task.FromResult(board.SwitchOff(name)));
    }

    // Stops the resource with Aspire's own stop command (as the dashboard's Stop button does, so the restart
    // policy leaves it stopped) and starts it again when cleared or when the outage expires.
    public static IResourceBuilder<T> WithOutageFault<T>(this IResourceBuilder<T> builder, string effect, string alert) where T : IResource
    {
        var fault = new FaultAnnotation("Outage", "outage", effect, alert) { IsOutage = true };
        builder.WithAnnotation(fault);
        if (!builder.ApplicationBuilder.ExecutionContext.IsRunMode) return builder;
        var board = Switchboard(builder.ApplicationBuilder);
        var name = fault.SwitchName(builder.Resource.Name);
        return builder.WithFaultCommands(fault, board,
            async context =>
            {
                var commands = context.Services.GetRequiredService<ResourceCommandService>();
                var instance = context.ResourceName;
                var stopped = await commands.ExecuteCommandAsync(instance, KnownResourceCommands.StopCommand, context.CancellationToken);
                if (!stopped.Success) throw new InvalidOperationException(stopped.Message);
                return board.SwitchOn(name, new Dictionary<string, int>(), written: false,
                    onExpired: () => commands.ExecuteCommandAsync(instance, KnownResourceCommands.StartCommand));
            },
            async context =>
            {
                var wasOn = board.SwitchOff(name);
                var started = await context.Services.GetRequiredService<ResourceCommandService>()
                    .ExecuteCommandAsync(context.ResourceName, KnownResourceCommands.StartCommand, context.CancellationToken);
                return started.Success ? wasOn : throw new InvalidOperationException(started.Message);
            });
    }

    private static IResourceBuilder<T> WithFaultCommands<T>(this IResourceBuilder<T> builder, FaultAnnotation fault, FaultSwitchboard board,
        Func<ExecuteCommandContext, Task<DateTimeOffset>> inject, Func<ExecuteCommandContext, Task<bool>> clear)
        where T : IResource
    {
        var name = fault.SwitchName(builder.Resource.Name);
        var minutes = board.Duration.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
        builder.WithCommand(fault.InjectCommand, $"Inject {fault.DisplayName}", async context =>
        {
            try
            {
                var until = await inject(context);
                context.Logger.LogWarning("Fault {Fault} on until {Until:HH:mm:ss} UTC: {Effect}. It should fire {Alert}.", name, until, fault.Effect, fault.Alert);
                return CommandResults.Success();
            }
            catch (InvalidOperationException e)
            {
                return CommandResults.Failure(e.Message);
            }
        }, new CommandOptions
        {
            Description = $"{fault.Effect}, for at most {minutes} min. Should fire the {fault.Alert} alert.",
            IconName = "Warning",
            Arguments = fault.Setting is { } setting
                ? [new InteractionInput
                {
                    Name = setting.Key, Label = setting.Label, InputType = InputType.Number, Required = false,
                    Value = setting.Default.ToString(CultureInfo.InvariantCulture),
                    Description = $"{setting.Min} to {setting.Max}; values outside are clamped.",
                }]
                : [],
            UpdateState = _ => board.IsOn(name) ? ResourceCommandState.Disabled : ResourceCommandState.Enabled,
        });
        builder.WithCommand(fault.ClearCommand, $"Clear {fault.DisplayName}", async context =>
        {
            try
            {
                var wasOn = await clear(context);
                context.Logger.LogInformation("Fault {Fault} cleared{Note}.", name, wasOn ? "" : " (it was not on)");
                return CommandResults.Success();
            }
            catch (InvalidOperationException e)
            {
                return CommandResults.Failure(e.Message);
            }
        }, new CommandOptions
        {
            Description = $"Ends the {fault.DisplayName} fault now.",
            IconName = "ArrowUndo",
            UpdateState = _ => board.IsOn(name) ? ResourceCommandState.Enabled : ResourceCommandState.Disabled,
        });
        return builder;
    }

    private static int ArgumentOrDefault(ExecuteCommandContext context, FaultSetting setting) =>
        context.Arguments is { } arguments && arguments.TryGetByName(setting.Key, out var input)
            && int.TryParse(input.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : setting.Default;

    // One switchboard (and faults file) per app, created with the first fault.
    private static FaultSwitchboard Switchboard(IDistributedApplicationBuilder builder)
    {
        if (builder.Services.FirstOrDefault(d => d.ServiceType == typeof(FaultSwitchboard))?.ImplementationInstance is FaultSwitchboard existing)
            return existing;
        var duration = builder.Configuration[DurationSetting] is { Length: > 0 } text
            ? PrometheusBuilderExtensions.ParseInterval(text)
            : FaultSwitchboard.DefaultDuration;
        var board = new FaultSwitchboard(Path.Combine(RunDirectory.Create(builder, "faults"), "faults.json"), TimeProvider.System, duration);
        builder.Services.AddSingleton(board);
        builder.Services.AddHostedService<FaultProperties>();
        return board;
    }
}
