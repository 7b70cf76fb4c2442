namespace Hosting.Orchestration;

// What every replica supervisor shares.
public sealed record SupervisorServices(
    IResourceRunner Runner,
    LaunchSpecFactory LaunchSpecs,
    ResourceNotificationService Notifications,
    ResourceLoggerService Logs,
    SecretMasker Secrets,
    HttpClient ProbeClient,
    HostingOptions Options,
    TimeProvider Time);
