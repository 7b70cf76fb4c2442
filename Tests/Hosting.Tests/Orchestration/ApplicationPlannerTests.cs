using System.Net;
using System.Net.Sockets;
using Hosting.Tests.Support;

namespace Hosting.Tests.Orchestration;

public sealed class ApplicationPlannerTests
{
    [Fact]
    public void FixedPortIsKeptAndEveryOtherEndpointGetsADistinctFreePort()
    {
        using var model = new TestModel();
        var fixedPort = TestSupport.FreePort.Next();
        model.Builder.AddProject("api", model.Project("api")).WithHttpEndpoint(port: fixedPort);
        model.Builder.AddProject("predictor", model.Project("predictor")).WithReplicas(3);

        var plan = model.Plan();

        Assert.Equal(fixedPort, plan.Replicas.Single(r => r.InstanceId == "api-0").Endpoints["http"].Port);
        var ports = plan.Replicas.Select(r => r.Endpoints["http"].Port).ToList();
        Assert.Equal(4, ports.Distinct().Count());
        Assert.All(ports, p => Assert.InRange(p, 1, 65535));
        Assert.All(plan.Replicas, r => Assert.Equal("127.0.0.1", r.Endpoints["http"].Host));
    }

    [Fact]
    public void RandomizePortsReplacesFixedPortsWithFreeOnes()
    {
        using var model = new TestModel("--Hosting:RandomizePorts=true");
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        model.Builder.AddProject("api", model.Project("api")).WithHttpEndpoint(port: port);

        var plan = model.Plan();
        taken.Stop();

        Assert.NotEqual(port, plan.Replicas.Single().Endpoints["http"].Port);
    }

    [Fact]
    public void PortsConfigurationOverridesTheModelsFixedPort()
    {
        var configured = TestSupport.FreePort.Next();
        using var model = new TestModel($"--Ports:api={configured}");
        model.Builder.AddProject("api", model.Project("api")).WithHttpEndpoint(port: 1);

        Assert.Equal(configured, model.Plan().Replicas.Single().Endpoints["http"].Port);
    }

    [Fact]
    public void ReplicasGetInstanceIdsNumberedFromZeroAndTheirOwnEndpoints()
    {
        using var model = new TestModel();
        var predictor = model.Builder.AddProject("predictor", model.Project("predictor")).WithReplicas(2);

        var plan = model.Plan();

        Assert.Equal(["predictor-0", "predictor-1"], plan.Replicas.Select(r => r.InstanceId));
        Assert.Equal(plan.Replicas.Select(r => r.Endpoints["http"].Url), predictor.GetEndpoint().Replicas.Select(e => e.Url));
        Assert.Equal([0, 1], predictor.GetEndpoint().Replicas.Select(e => e.ReplicaIndex));
    }

    [Fact]
    public void StartOrderPutsEveryResourceAfterWhatItWaitsFor()
    {
        using var model = new TestModel();
        var api = model.Builder.AddProject("api", model.Project("api"));
        var predictor = model.Builder.AddProject("predictor", model.Project("predictor"));
        var cache = model.Builder.AddExecutable("cache", "sleep", ".", "1");
        api.WaitFor(predictor).WaitFor(cache);
        predictor.WaitFor(cache);

        var order = model.Plan().Resources.Select(r => r.Resource.Name).ToList();

        Assert.Equal(["cache", "predictor", "api"], order);
    }

    [Fact]
    public void WaitForCycleIsAnErrorThatShowsTheCycle()
    {
        using var model = new TestModel();
        var a = model.Builder.AddProject("a", model.Project("a"));
        var b = model.Builder.AddProject("b", model.Project("b"));
        var c = model.Builder.AddProject("c", model.Project("c"));
        a.WaitFor(b);
        b.WaitFor(c);
        c.WaitFor(a);

        var error = Assert.Throws<DistributedApplicationException>(() => model.Plan());

        Assert.Contains("WaitFor cycle: a -> b -> c -> a", error.Message);
    }

    [Fact]
    public void PortInUseNamesTheResourceAndThePort()
    {
        using var model = new TestModel();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        model.Builder.AddProject("api", model.Project("api")).WithHttpEndpoint(port: port);

        var error = Assert.Throws<DistributedApplicationException>(() => model.Plan());

        Assert.StartsWith($"port {port} for 'api' (http endpoint) is already in use", error.Message);
        Assert.Contains("--Ports:api=", error.Message);
    }

    [Fact]
    public void FixedPortWithSeveralReplicasIsRejected()
    {
        using var model = new TestModel();
        model.Builder.AddProject("predictor", model.Project("predictor")).WithHttpEndpoint(port: 5555).WithReplicas(2);

        var error = Assert.Throws<DistributedApplicationException>(() => model.Plan());

        Assert.Contains("'predictor' has 2 replicas but a fixed port 5555", error.Message);
    }

    [Fact]
    public void DuplicateResourceNamesAreRejected()
    {
        using var model = new TestModel();
        model.Builder.AddProject("api", model.Project("api"));

        Assert.Throws<DistributedApplicationException>(() => model.Builder.AddExecutable("API", "sleep", "."));
    }
}
