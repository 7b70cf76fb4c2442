using System.Text;

namespace Reliability.Tests.BadInput;

public sealed record MalformedRequest(string Category, byte[] Bytes, Delivery Delivery, bool ToPredictor)
{
    public override string ToString() =>
        $"{Category}/{Delivery}: {Encoding.Latin1.GetString(Bytes, 0, Math.Min(160, Bytes.Length)).Replace("\r\n", "\\r\\n")}";
}

// A seeded generator of malformed requests: the same seed gives the same corpus, a new seed new values
// from the same families. Families: paths, query values, methods, headers, encodings, multipart bodies,
// oversized and truncated uploads, slow and abandoned clients. Nothing here is a valid request that
// could run long (no /work or /do_task value in range), so the corpus is as fast as the server.
public sealed class MalformedRequestCorpus(int shapeSeed, int valueSeed, long oversizedBytes)
{
    // The shape (family, method, route, header kind, delivery, lengths) and the values inside it (tokens,
    // bytes, numbers) come from separate seeds: two corpora with one shape seed and two value seeds make
    // the same kinds of requests with different input, so any series the second adds came from input.
    private readonly Random _shape = new(shapeSeed);
    private readonly Random _random = new(valueSeed);

    // Every generated token of 6 or more characters, to look for in label values afterwards.
    public HashSet<string> Tokens { get; } = new(StringComparer.Ordinal);

    private static readonly string[] Routes = ["/", "/predict/AAPL", "/predict/", "/work", "/do_task", "/upload", "/health", "/alive", "/metrics", "/tickers"];
    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "POST", "PROPFIND", "get", "G\tET", "GET\u00e9", "\u0001", "MÉTHODE"];
    private static readonly string[] Nasty =
    [
        "%00", "%", "%zz", "%c0%af", "%ff%fe", "..", "../..", "%2e%2e%2f", "//", "\\", "'", "\"", "<script>", "${jndi:x}", "%0d%0aX-Injected:%201",
        "🚀", "é", "\u202e", "*", "?", "#", ";", "&&", "==", "+", " ", "%20", "\t", "%u0041", "%252e",
    ];

    public IEnumerable<MalformedRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    private MalformedRequest Next() => _shape.Next(9) switch
    {
        0 => Request("path", "GET", RandomPath()),
        1 => Request("query", "GET", RandomQuery()),
        2 => Request("method", Pick(Methods), Pick(Routes)),
        3 => Headers(),
        4 => Encodings(),
        5 => Multipart(),
        6 => Truncated(),
        7 => Slow(),
        _ => _shape.Next(50) == 0 ? Oversized() : Request("query", "GET", RandomQuery()),
    };

    private string RandomPath() => _shape.Next(6) switch
    {
        0 => "/predict/" + Token(_shape.Next(0, 40)),
        1 => "/predict/" + Pick(Nasty) + Token(_shape.Next(0, 5)),
        2 => "/" + string.Join('/', Enumerable.Range(0, _shape.Next(1, 8)).Select(_ => Token(_shape.Next(0, 12)))),
        3 => "/predict/" + new string('A', _shape.Next(11, 9000)),
        4 => Pick(Routes) + Pick(Nasty) + Pick(Nasty),
        _ => "/predict/" + Percent(_shape.Next(1, 30)),
    };

    private string RandomQuery() => _shape.Next(5) switch
    {
        0 => $"/predict/{Pick(["AAPL", "MSFT", "NOPE", "Q"])}?model={Garbage()}",
        1 => $"/work?ms={BadNumber(10_000)}",
        2 => $"/do_task?seconds={BadNumber(30)}",
        3 => $"/predict/AAPL?model=normal&model={Garbage()}&{Token(5)}={Garbage()}",
        _ => Pick(Routes) + "?" + string.Join('&', Enumerable.Range(0, _shape.Next(1, 200)).Select(_ => $"{Token(3)}={Garbage()}")),
    };

    // Never a whole number within [0, max]: those would be valid and could run for seconds.
    private string BadNumber(int max) => _shape.Next(8) switch
    {
        0 => (max + 1 + _random.Next(1_000_000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "-" + _random.Next(1, 100),
        2 => _random.Next(max) + "." + _random.Next(1, 9),
        3 => "1e" + _random.Next(1, 9),
        4 => new string('9', _shape.Next(11, 400)),
        5 => "0x" + _random.Next(16),
        6 => Pick(Nasty) + _random.Next(max),
        _ => Token(_shape.Next(1, 20)),
    };

    private MalformedRequest Headers()
    {
        var route = Pick(Routes) == "/upload" ? "/upload" : "/predict/AAPL?model=normal";
        var method = route == "/upload" ? "POST" : "GET";
        var extra = _shape.Next(7) switch
        {
            0 => $"X-Long: {new string('x', _shape.Next(8_000, 70_000))}\r\n",
            1 => string.Concat(Enumerable.Range(0, _shape.Next(90, 200)).Select(i => $"X-H{i}: {Token(4)}\r\n")),
            2 => $"X-Bad: {Token(3)}\u0001\u007f{Token(3)}\r\n",
            3 => $"{Token(3)} Space: value\r\n",
            4 => $"Accept: {Garbage()}\r\nContent-Type: {Garbage()}\r\n",
            5 => $"Content-Length: {Pick(["-1", "abc", "1, 2", "99999999999999999999", " "])}\r\n",
            _ => $"X-Latin1: {Encoding.Latin1.GetString([(byte)_random.Next(0x80, 0x100), (byte)_random.Next(0x80, 0x100)])}\r\n",
        };
        var host = _shape.Next(10) == 0 ? "" : $"Host: {Pick(["localhost", "", "a b", "localhost:99999", "[::1", "xn--nope"])}\r\n";
        return Raw("headers", $"{method} {route} HTTP/1.1\r\n{host}{extra}Connection: close\r\n\r\n", Delivery.Whole);
    }

    private MalformedRequest Encodings()
    {
        var body = Bytes(_shape.Next(0, 2_000));
        var (headers, payload) = _shape.Next(5) switch
        {
            0 => ($"Content-Encoding: gzip\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: {body.Length}\r\n", body),
            1 => ("Transfer-Encoding: chunked\r\nContent-Type: multipart/form-data; boundary=b\r\n", Encoding.Latin1.GetBytes($"{Pick(["zz", "-1", "FFFFFFFFFFFF", "5;;;", ""])}\r\n{Token(5)}\r\n0\r\n\r\n")),
            2 => ($"Transfer-Encoding: chunked\r\nContent-Length: {body.Length}\r\nContent-Type: multipart/form-data; boundary=b\r\n", body),
            3 => ($"Transfer-Encoding: {Pick(["gzip, chunked", "identity", "chunked, chunked", "x"])}\r\nContent-Type: multipart/form-data; boundary=b\r\n", body),
            _ => ($"Content-Type: multipart/form-data; charset={Garbage()}; boundary=b\r\nContent-Length: {body.Length}\r\n", body),
        };
        return Raw("encoding", [.. Encoding.Latin1.GetBytes($"POST /upload HTTP/1.1\r\nHost: localhost\r\n{headers}Connection: close\r\n\r\n"), .. payload], Delivery.Whole);
    }

    private MalformedRequest Multipart()
    {
        var boundary = _shape.Next(6) switch
        {
            0 => "",
            1 => new string('b', _shape.Next(71, 300)),
            2 => "\"" + Token(10),
            _ => Token(_shape.Next(1, 40)),
        };
        var contentType = _shape.Next(6) switch
        {
            0 => "multipart/form-data",
            1 => $"multipart/mixed; boundary={boundary}",
            2 => $"text/plain; boundary={boundary}",
            3 => $"multipart/form-data; boundary={boundary}; boundary=other",
            _ => $"multipart/form-data; boundary={boundary}",
        };
        var used = _shape.Next(3) == 0 ? Token(8) : boundary;
        var body = _shape.Next(6) switch
        {
            0 => Bytes(_shape.Next(0, 4_000)),
            1 => Encoding.Latin1.GetBytes($"--{used}\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue\r\n--{used}--\r\n"),
            2 => Encoding.Latin1.GetBytes($"--{used}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{Garbage()}\"\r\n\r\n{Token(20)}"),
            3 => Encoding.Latin1.GetBytes($"--{used}\r\n{new string('X', _shape.Next(17_000, 40_000))}: y\r\n\r\nz\r\n--{used}--\r\n"),
            4 => Encoding.Latin1.GetBytes($"--{used}\r\nContent-Disposition: {Garbage()}\r\n\r\n{Token(20)}\r\n--{used}--\r\n"),
            _ => Encoding.Latin1.GetBytes($"--{used}--\r\n"),
        };
        return Raw("multipart", Upload(contentType, body, body.Length), Delivery.Whole);
    }

    // Declares more body than it sends, then closes its sending side.
    private MalformedRequest Truncated()
    {
        var body = FilePart("b", Bytes(_shape.Next(10, 20_000)));
        var declared = body.Length + _shape.Next(1, 1_000_000);
        return Raw("truncated", Upload("multipart/form-data; boundary=b", body[..(body.Length - _shape.Next(0, body.Length / 2))], declared), Delivery.Truncated);
    }

    private MalformedRequest Slow()
    {
        if (_shape.Next(10) == 0) return Raw("abandoned", Upload("multipart/form-data; boundary=b", FilePart("b", Bytes(500)), 600), Delivery.Abandoned);
        var request = _shape.Next(2) == 0
            ? Encoding.Latin1.GetBytes($"GET /predict/{Token(3)}?model={Garbage()} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            : Upload($"multipart/form-data; boundary={Token(6)}", Bytes(_shape.Next(10, 300)), null);
        return Raw("slow", request, Delivery.Slow);
    }

    // Larger than the upload limit: declared in Content-Length, or (sometimes) actually sent.
    private MalformedRequest Oversized()
    {
        var sendAll = _shape.Next(3) == 0;
        var body = FilePart("b", new byte[sendAll ? oversizedBytes : 64 * 1024]);
        return Raw("oversized", Upload("multipart/form-data; boundary=b", body, sendAll ? body.Length : oversizedBytes), sendAll ? Delivery.Whole : Delivery.Truncated);
    }

    private MalformedRequest Request(string category, string method, string target) =>
        Raw(category, $"{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", Delivery.Whole);

    private MalformedRequest Raw(string category, string text, Delivery delivery) => Raw(category, Encoding.UTF8.GetBytes(text), delivery);

    private MalformedRequest Raw(string category, byte[] bytes, Delivery delivery) => new(category, bytes, delivery, _shape.Next(4) == 0);

    private static byte[] Upload(string contentType, byte[] body, long? declaredLength) =>
    [
        .. Encoding.Latin1.GetBytes($"POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\n" +
                                    (declaredLength is { } length ? $"Content-Length: {length}\r\n" : "Transfer-Encoding: chunked\r\n") +
                                    "Connection: close\r\n\r\n"),
        .. declaredLength is null ? Chunked(body) : body,
    ];

    private static byte[] Chunked(byte[] body) => [.. Encoding.Latin1.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8];

    private static byte[] FilePart(string boundary, byte[] content) =>
    [
        .. Encoding.Latin1.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
        .. content, .. Encoding.Latin1.GetBytes($"\r\n--{boundary}--\r\n"),
    ];

    private string Garbage() => _shape.Next(4) switch
    {
        0 => Pick(Nasty),
        1 => Percent(_shape.Next(1, 12)),
        2 => Token(_shape.Next(0, 64)),
        _ => Pick(["normal2", "NORMAL ", "earnings%00", "", "null", "[]", "{}", "-1", "ñ"]),
    };

    private string Token(int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$'()*+,;=:@";
        var token = string.Create(length, _random, (span, random) => { for (var i = 0; i < span.Length; i++) span[i] = alphabet[random.Next(alphabet.Length)]; });
        if (length >= 6) Tokens.Add(token);
        return token;
    }

    private string Percent(int bytes) => string.Concat(Bytes(bytes).Select(b => $"%{b:X2}"));

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_shape.Next(items.Count)];
}
