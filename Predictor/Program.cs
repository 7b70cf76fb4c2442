using Predictor.Apis;
using Predictor.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPredictorServices();

var app = builder.Build();
app.UsePredictorMetrics();
app.MapDefaultEndpoints();
app.MapPredictorApi();
app.Run();

public partial class Program;
