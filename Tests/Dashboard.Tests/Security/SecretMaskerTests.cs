using Hosting.Dashboard.Security;

namespace Dashboard.Tests.Security;

public sealed class SecretMaskerTests
{
    [Theory]
    [InlineData("ConnectionStrings__cache", "127.0.0.1:6379,password=s3cret", "127.0.0.1:6379,password=******")]
    [InlineData("ConnectionStrings__db", "Host=db;Username=app;Password=s3cret;Database=x", "Host=db;Username=app;Password=******;Database=x")]
    [InlineData("REDIS_PASSWORD", "s3cret", "******")]
    [InlineData("DASHBOARD_TOKEN", "abc", "******")]
    [InlineData("Metrics__Prometheus__BearerToken", "abc", "******")]
    [InlineData("Predictor__ApiKey", "abc", "******")]
    [InlineData("API_KEY", "abc", "******")]
    [InlineData("GF_SECURITY_ADMIN_PASSWORD", "admin", "******")]
    [InlineData("CLIENT_SECRET", "abc", "******")]
    [InlineData("REDIS_URL", "redis://default:s3cret@127.0.0.1:6379", "redis://default:******@127.0.0.1:6379")]
    [InlineData("services__predictor__http__0", "http://127.0.0.1:41234", "http://127.0.0.1:41234")]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:8000", "http://127.0.0.1:8000")]
    [InlineData("OTEL_RESOURCE_ATTRIBUTES", "service.instance.id=api-0", "service.instance.id=api-0")]
    [InlineData("KEYBOARD_LAYOUT", "us", "us")]
    [InlineData("EMPTY_PASSWORD", "", "")]
    public void SecretsAreMaskedAndEverythingElseIsKept(string name, string value, string expected) =>
        Assert.Equal(expected, SecretMasker.MaskValue(name, value));
}
