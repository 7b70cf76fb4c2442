using Api.Apis;
using Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApiServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapRootApi();
app.MapPredictApi();
app.MapWorkApi();
app.MapUploadApi();
app.Run();

public partial class Program;
