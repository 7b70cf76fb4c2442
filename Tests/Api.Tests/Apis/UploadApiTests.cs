using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Api.Model;
using Api.Tests.Support;

namespace Api.Tests.Apis;

public sealed class UploadApiTests : IAsyncLifetime
{
    private const int Limit = 10 * 1024 * 1024;

    private readonly ServicesFixture _services = new();

    [Fact]
    public async Task AnUploadedFileIsHashedAndMeasuredExactly()
    {
        var bytes = RandomBytes(300_000);
        using var response = await _services.Client.PostAsync("/upload", FileForm(bytes, "prices.csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<UploadResult>(JsonSerializerOptions.Web);
        Assert.Equal(new UploadResult("prices.csv", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), result);

        var metrics = await _services.Api.MetricsAsync();
        Assert.Equal(1, metrics.Value("file_upload_size_bytes_count"));
        Assert.Equal(bytes.Length, metrics.Value("file_upload_size_bytes_sum"));
        Assert.Equal(1, metrics.Value("file_upload_size_bytes_bucket", ("le", "1048576")));
        Assert.Equal(0, metrics.Value("file_upload_size_bytes_bucket", ("le", "262144")));
        Assert.Equal(1, metrics.Value("file_upload_duration_seconds_count"));
    }

    [Fact]
    public async Task AFileOfExactlyTheLimitIsAccepted()
    {
        var bytes = RandomBytes(Limit);
        using var response = await _services.Client.PostAsync("/upload", FileForm(bytes, "limit.bin"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<UploadResult>(JsonSerializerOptions.Web);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result!.Sha256);
    }

    [Fact]
    public async Task OneByteOverTheLimitIsA413Problem()
    {
        using var response = await _services.Client.PostAsync("/upload", FileForm(RandomBytes(Limit + 1), "big.bin"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await _services.Api.MetricsAsync()).Value("file_upload_size_bytes_count") ?? 0);
    }

    [Fact]
    public async Task ADeclaredLengthFarOverTheLimitIsRejectedBeforeReading()
    {
        var content = new StreamContent(new MemoryStream(RandomBytes(Limit + 200_000)));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XyZ");
        content.Headers.ContentLength = Limit + 200_000;
        using var response = await _services.Client.PostAsync("/upload", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnEmptyFileIsRejected()
    {
        using var response = await _services.Client.PostAsync("/upload", FileForm([], "empty.txt"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OnlyTheFileNameIsKeptFromAPathLikeName()
    {
        using var response = await _services.Client.PostAsync("/upload", FileForm(RandomBytes(10), "../../etc/passwd"));
        var result = await response.Content.ReadFromJsonAsync<UploadResult>(JsonSerializerOptions.Web);
        Assert.Equal("passwd", result!.FileName);
    }

    private static MultipartFormDataContent FileForm(byte[] bytes, string fileName) => new()
    {
        { new StringContent("a field before the file"), "note" },
        { new ByteArrayContent(bytes), "file", fileName },
    };

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();
}
