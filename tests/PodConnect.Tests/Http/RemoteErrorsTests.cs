using PodConnect.Errors;
using PodConnect.Http;

namespace PodConnect.Tests.Http;

public class RemoteErrorsTests
{
    [Theory]
    [InlineData(400, RemoteErrorKind.Validation)]
    [InlineData(401, RemoteErrorKind.Authentication)]
    [InlineData(403, RemoteErrorKind.Permission)]
    [InlineData(404, RemoteErrorKind.NotFound)]
    [InlineData(408, RemoteErrorKind.Server)]
    [InlineData(409, RemoteErrorKind.Conflict)]
    [InlineData(422, RemoteErrorKind.Validation)]
    [InlineData(429, RemoteErrorKind.RateLimited)]
    [InlineData(500, RemoteErrorKind.Server)]
    [InlineData(503, RemoteErrorKind.Server)]
    [InlineData(302, RemoteErrorKind.Unknown)]
    public void Status_maps_to_its_family(int status, RemoteErrorKind expected) =>
        Assert.Equal(expected, RemoteErrors.KindFromStatus(status));

    [Theory]
    [InlineData(RemoteErrorKind.Authentication, typeof(AuthenticationException))]
    [InlineData(RemoteErrorKind.TokenExpired, typeof(TokenExpiredException))]
    [InlineData(RemoteErrorKind.Permission, typeof(PermissionException))]
    [InlineData(RemoteErrorKind.Validation, typeof(ValidationException))]
    [InlineData(RemoteErrorKind.NotFound, typeof(NotFoundException))]
    [InlineData(RemoteErrorKind.Conflict, typeof(ConflictException))]
    [InlineData(RemoteErrorKind.RateLimited, typeof(RateLimitedException))]
    [InlineData(RemoteErrorKind.Server, typeof(ServerException))]
    [InlineData(RemoteErrorKind.Malformed, typeof(MalformedResponseException))]
    [InlineData(RemoteErrorKind.OutcomeUnknown, typeof(OutcomeUnknownException))]
    [InlineData(RemoteErrorKind.Unknown, typeof(PodConnectException))]
    public void Each_family_becomes_its_exception(RemoteErrorKind kind, Type expected)
    {
        var ex = RemoteErrors.Create(kind, new RemoteErrorDetails("svc", 400, "E1", "bad thing", "req-1"));
        Assert.Equal(expected, ex.GetType());
        Assert.Equal("svc", ex.Service);
        Assert.Equal("E1", ex.ErrorCode);
        Assert.Equal("req-1", ex.RequestId);
        Assert.Equal(400, ex.StatusCode);
    }

    [Fact]
    public void Message_names_status_code_request_id_delay_and_service_message()
    {
        var ex = (RateLimitedException)RemoteErrors.Create(
            RemoteErrorKind.RateLimited,
            new RemoteErrorDetails("tiktok-shop", 429, "36009002", "Too many requests.", "R42"),
            TimeSpan.FromSeconds(2.5));

        Assert.Equal(TimeSpan.FromSeconds(2.5), ex.RetryAfter);
        Assert.Equal(
            "tiktok-shop throttled the call (HTTP 429 TooManyRequests, code 36009002, request id R42, retry after 2.5 s). Service says: Too many requests.",
            ex.Message);
    }
}
