namespace Aspire.Hosting.ApplicationModel;

// WithRunInterval: rerun the job this long after each run ends.
public sealed record JobScheduleAnnotation(TimeSpan Interval) : IResourceAnnotation;
