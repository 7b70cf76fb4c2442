namespace Hosting.Dashboard.Model;

public enum ResourceCommand
{
    Stop,
    Start,
    Restart,
}
