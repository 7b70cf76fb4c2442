using Api.Model;

namespace Api.Uploads;

// Either the hashed file, or the status and reason of a rejected upload.
public sealed record UploadOutcome(UploadResult? Result, int Status = StatusCodes.Status200OK, string? Problem = null)
{
    public static UploadOutcome Rejected(int status, string problem) => new(null, status, problem);
}
