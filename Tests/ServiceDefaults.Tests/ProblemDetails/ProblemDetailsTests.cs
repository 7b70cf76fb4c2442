using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.ProblemDetails;

[Collection(AppCollection.Name)]
public sealed class ProblemDetailsTests
{
    private static Task<TestApp> StartAsync(string environment = "Production") =>
        TestApp.StartAsync(
            configureServices: b => b.Services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = 1024),
            mapEndpoints: app =>
            {
                app.MapGet("/items/{id:int}", (int id) => TypedResults.Ok(id));
                app.MapGet("/work", (int ms) => TypedResults.Ok(ms));
                app.MapPost("/upload", async (HttpRequest request) =>
                {
                    await request.Body.CopyToAsync(Stream.Null);
                    return TypedResults.NoContent();
                });
                app.MapGet("/boom", string () => throw new InvalidOperationException("secret internals"));
            },
            environment: environment);

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem.Clone();
    }

    [Fact]
    public async Task UnknownRouteIsProblemJson404()
    {
        await using var app = await StartAsync();
        using var response = await app.Http.GetAsync("/no/such/route");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WrongMethodIsProblemJson405()
    {
        await using var app = await StartAsync();
        using var response = await app.Http.DeleteAsync("/items/1");
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")] // minimal APIs throw BadHttpRequestException here instead of answering 400
    public async Task BindingFailureIsProblemJson400(string environment)
    {
        await using var app = await StartAsync(environment);
        using var response = await app.Http.GetAsync("/work?ms=abc");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task TooLargeBodyIsProblemJson413(string environment)
    {
        await using var app = await StartAsync(environment);
        // Chunked, so Kestrel only finds out while the endpoint reads the body.
        using var content = new StreamContent(new MemoryStream(new byte[64 * 1024]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await app.Http.SendAsync(request);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task UnhandledExceptionIsProblemJson500WithoutInternals()
    {
        await using var app = await StartAsync();
        using var response = await app.Http.GetAsync("/boom");
        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internals", problem.ToString());
    }
}
