namespace ServiceDefaults.Tests.Support;

// The SDK listens to meters by name across the whole process, so two service-default apps running at once
// would see each other's process_* and app_info instruments. Tests that start one run one at a time.
[CollectionDefinition(Name)]
public sealed class AppCollection
{
    public const string Name = "Service-default apps";
}
