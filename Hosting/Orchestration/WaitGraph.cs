using Hosting.ApplicationModel;

namespace Hosting.Orchestration;

// Orders resources so that everything a resource WaitFor()s comes before it; a cycle is a user error.
public static class WaitGraph
{
    public static IReadOnlyList<IResource> StartOrder(IReadOnlyList<IResource> resources)
    {
        var ordered = new List<IResource>();
        var state = new Dictionary<IResource, bool>(); // false = visiting, true = done
        foreach (var resource in resources) Visit(resource, []);
        return ordered;

        void Visit(IResource resource, List<IResource> path)
        {
            if (state.TryGetValue(resource, out var done))
            {
                if (done) return;
                var cycle = path.SkipWhile(r => r != resource).Append(resource).Select(r => r.Name);
                throw new DistributedApplicationException($"WaitFor cycle: {string.Join(" -> ", cycle)}. Remove one of these WaitFor calls.");
            }
            state[resource] = false;
            path.Add(resource);
            foreach (var dependency in DependenciesOf(resource).Where(resources.Contains)) Visit(dependency, path);
            path.RemoveAt(path.Count - 1);
            state[resource] = true;
            ordered.Add(resource);
        }
    }

    public static IReadOnlyList<IResource> DependenciesOf(IResource resource) =>
        [.. resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource).Distinct()];
}
