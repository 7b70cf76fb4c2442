namespace Traffic;

// One request the mix chose: the api route it targets (its http_route, a bounded set), what it means to test
// (Intent) and how to build it. Route and Intent are the labels of traffic_requests_total.
public sealed record PlannedRequest(string Route, string Intent, HttpMethod Method, string PathAndQuery)
{
    // Bytes of the file for POST /upload; null for a GET (or an upload without a file part).
    public byte[]? Upload { get; init; }

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, PathAndQuery);
        if (Method != HttpMethod.Post) return message;
        var form = new MultipartFormDataContent();
        if (Upload is { } bytes) form.Add(new ByteArrayContent(bytes), "file", "traffic.bin");
        else form.Add(new StringContent("no file here"), "comment");
        message.Content = form;
        return message;
    }
}

public static class Intents
{
    public const string Valid = "valid";
    public const string UnknownTicker = "unknown_ticker";
    public const string BadInput = "bad_input";
}

public static class Routes
{
    public const string Predict = "/predict/{ticker}";
    public const string Work = "/work";
    public const string Task = "/do_task";
    public const string Upload = "/upload";
}
