namespace Api.Uploads;

// Configuration section "Upload".
public sealed class UploadOptions
{
    public const string SectionName = "Upload";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    // Room for boundaries, part headers and small form fields around the file.
    public long MultipartOverheadBytes { get; set; } = 64 * 1024;
}
