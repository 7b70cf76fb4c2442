using System.Buffers;
using System.Security.Cryptography;
using Api.Model;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Api.Uploads;

// Streams the first file part of a multipart/form-data body through SHA-256 without buffering it.
public sealed class MultipartFileHasher(IOptions<UploadOptions> options)
{
    private const int BufferSize = 64 * 1024;
    private readonly UploadOptions _options = options.Value;

    public async Task<UploadOutcome> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
            return request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
                ? UploadOutcome.Rejected(StatusCodes.Status400BadRequest, "The multipart Content-Type header is malformed.")
                : NotMultipart();
        if (!mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)) return NotMultipart();
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
            return UploadOutcome.Rejected(StatusCodes.Status400BadRequest, "The multipart boundary is missing or longer than 70 characters.");

        var bodyLimit = _options.MaxFileBytes + _options.MultipartOverheadBytes;
        if (request.ContentLength > bodyLimit) return TooLarge();
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = bodyLimit;

        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition())
                    return await HashFileAsync(FileNameOf(disposition), section.Body, cancellationToken);
            }
            return UploadOutcome.Rejected(StatusCodes.Status400BadRequest, "The multipart body has no file part.");
        }
        catch (BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge()
                : UploadOutcome.Rejected(StatusCodes.Status400BadRequest, "The request body could not be read.");
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return UploadOutcome.Rejected(StatusCodes.Status400BadRequest, "The multipart body is malformed.");
        }
    }

    private async Task<UploadOutcome> HashFileAsync(string fileName, Stream body, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long size = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                size += read;
                if (size > _options.MaxFileBytes) return TooLarge();
                sha256.AppendData(buffer, 0, read);
            }
            if (size == 0) return UploadOutcome.Rejected(StatusCodes.Status400BadRequest, "The file is empty.");
            return new UploadOutcome(new UploadResult(fileName, size, Convert.ToHexStringLower(sha256.GetHashAndReset())));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static UploadOutcome NotMultipart() =>
        UploadOutcome.Rejected(StatusCodes.Status415UnsupportedMediaType, "The body must be multipart/form-data with a file part.");

    private UploadOutcome TooLarge() => UploadOutcome.Rejected(StatusCodes.Status413PayloadTooLarge,
        $"The file is larger than the limit of {_options.MaxFileBytes} bytes.");

    // Only the last path segment, so a client-chosen name cannot look like a path.
    private static string FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var raw = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        var name = Path.GetFileName((raw ?? "").Replace('\\', '/'));
        return name.Length > 255 ? name[..255] : name;
    }
}
