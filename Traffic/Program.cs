using Traffic;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTraffic();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

public partial class Program;
