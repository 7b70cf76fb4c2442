using ServiceDefaults.Tests.Support;

namespace ServiceDefaults.Tests.Prometheus;

// Which format /metrics answers for the Accept headers scrapers and people actually send, as the official
// exporter negotiates it.
[Collection(AppCollection.Name)]
public sealed class ContentNegotiationTests
{
    // Captured from the Debian prometheus 2.42 binary scraping a listener on this machine.
    public const string Prometheus2Accept =
        "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    // Prometheus 3.x default (documented in the Prometheus content-negotiation page).
    public const string Prometheus3Accept =
        "application/openmetrics-text;version=1.0.0;escaping=allow-utf-8;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=1.0.0;escaping=allow-utf-8;q=0.3,text/plain;version=0.0.4;q=0.2,*/*;q=0.1";

    private const string Text = "text/plain";
    private const string OpenMetrics = "application/openmetrics-text";

    public static TheoryData<int, string?, string> AcceptCases => new()
    {
        { 1, null, Text },
        { 2, "*/*", Text },
        { 3, Prometheus2Accept, OpenMetrics },
        { 4, Prometheus3Accept, OpenMetrics },
        { 5, "text/plain;version=0.0.4;q=0.2,*/*;q=0.1", Text },
        { 6, "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.2", OpenMetrics },
        { 7, "application/json", Text },
        { 8, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Text },
    };

    [Theory]
    [MemberData(nameof(AcceptCases))]
    public async Task AcceptHeaderSelectsFormat(int number, string? accept, string expectedMediaType)
    {
        await using var app = await ExporterTestApp.StartAsync($"negotiation.case{number}");

        using var response = await app.GetAsync("metrics", accept);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expectedMediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(expectedMediaType == OpenMetrics, body.EndsWith("# EOF\n", StringComparison.Ordinal));
    }
}
