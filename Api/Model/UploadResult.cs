namespace Api.Model;

public sealed record UploadResult(string FileName, long Size, string Sha256);
