using System.Text.Json.Serialization;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Errors;
using PodConnect.Testing.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PodConnect.Tests.Http;

public sealed class HttpErrorFunnelTests : IDisposable
{
    private readonly WireMockServer _server = LoopbackWireMock.Start();
    private readonly HttpClient _http = new();
    private readonly SampleFunnel _funnel = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));

    public void Dispose()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private async Task<HttpResponseMessage> Get(int status, string? body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        if (body is not null)
        {
            response = response.WithBody(body);
        }

        _server.Given(Request.Create().WithPath("/thing").UsingGet()).RespondWith(response);
        return await _http.GetAsync(new Uri(_server.Url + "/thing"));
    }

    [Theory]
    [InlineData(400, typeof(ValidationException))]
    [InlineData(401, typeof(AuthenticationException))]
    [InlineData(403, typeof(PermissionException))]
    [InlineData(404, typeof(NotFoundException))]
    [InlineData(409, typeof(ConflictException))]
    [InlineData(422, typeof(ValidationException))]
    [InlineData(429, typeof(RateLimitedException))]
    [InlineData(500, typeof(ServerException))]
    [InlineData(502, typeof(ServerException))]
    public async Task Failed_status_with_error_body_becomes_typed_exception(int status, Type expected)
    {
        using var response = await Get(status, """{"code":"E7","message":"nope","request_id":"body-req"}""");

        var ex = await Assert.ThrowsAnyAsync<PodConnectException>(() => _funnel.ThrowIfFailedAsync(response));

        Assert.Equal(expected, ex.GetType());
        Assert.Equal("sample-api", ex.Service);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("E7", ex.ErrorCode);
        Assert.Equal("nope", ex.Details.ServiceMessage);
        Assert.Equal("body-req", ex.RequestId);
    }

    [Fact]
    public async Task Body_code_can_refine_the_family()
    {
        using var response = await Get(401, """{"code":"TOKEN_EXPIRED","message":"expired"}""");
        var ex = await Assert.ThrowsAsync<TokenExpiredException>(() => _funnel.ThrowIfFailedAsync(response));
        Assert.Equal("TOKEN_EXPIRED", ex.ErrorCode);
    }

    [Fact]
    public async Task Retry_after_and_header_request_id_are_captured()
    {
        using var response = await Get(429, "", ("Retry-After", "12"), ("x-sample-request-id", "hdr-req"));
        var ex = await Assert.ThrowsAsync<RateLimitedException>(() => _funnel.ThrowIfFailedAsync(response));
        Assert.Equal(TimeSpan.FromSeconds(12), ex.RetryAfter);
        Assert.Equal("hdr-req", ex.RequestId);
        Assert.Null(ex.ErrorCode);
    }

    [Fact]
    public async Task Html_error_page_is_classified_by_status()
    {
        using var response = await Get(503, "<html><body>Bad gateway</body></html>");
        var ex = await Assert.ThrowsAsync<ServerException>(() => _funnel.ThrowIfFailedAsync(response));
        Assert.Null(ex.ErrorCode);
        Assert.DoesNotContain("html", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Success_passes_through()
    {
        using var response = await Get(200, """{"name":"ok"}""");
        await _funnel.ThrowIfFailedAsync(response);
        var thing = await _funnel.ReadJsonAsync(response, SampleJson.Default.Thing);
        Assert.Equal("ok", thing.Name);
    }

    [Theory]
    [InlineData("{\"name\":")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"other\":1}")]
    [InlineData("{\"name\":42}")]
    public async Task Malformed_success_body_is_a_typed_error_not_a_null_reference(string body)
    {
        using var response = await Get(200, body, ("x-sample-request-id", "r-9"));
        var ex = await Assert.ThrowsAsync<MalformedResponseException>(() => _funnel.ReadJsonAsync(response, SampleJson.Default.Thing));
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("r-9", ex.RequestId);
        Assert.DoesNotContain(body.Length > 4 ? body : "\u0000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_refused_means_nothing_was_sent_and_is_a_server_exception_not_an_unknown_outcome()
    {
        var url = _server.Url!;
        _server.Stop();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url + "/thing"));
        var ex = await Assert.ThrowsAsync<ServerException>(() => _funnel.SendAsync(_http, request));
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }
}

public sealed record Thing(string Name)
{
    [JsonRequired]
    public string Name { get; init; } = Name;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Thing))]
internal sealed partial class SampleJson : JsonSerializerContext;
