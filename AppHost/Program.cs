var builder = DistributedApplication.CreateBuilder(args);

var predictor = builder.AddProject<Projects.Predictor>("predictor").WithReplicas(2);

builder.AddProject<Projects.Api>("api").WithHttpEndpoint(port: 8000)
    .WithReference(predictor).WaitFor(predictor);

builder.Build().Run();

public partial class Program;
