using Microsoft.AspNetCore.Http.HttpResults;

namespace Api.Apis;

// RFC 9457 problem+json results; details never echo client input.
internal static class Problems
{
    public static ProblemHttpResult Status(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    public static ProblemHttpResult BadRequest(string detail) => Status(StatusCodes.Status400BadRequest, "Invalid request", detail);
}
