// Hosts in one process see each other's meters (a MeterListener is process-wide), so exact metric
// values need one host at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
