using PodConnect.Errors;
using PodConnect.Testing.Common;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.TikTokShop.Tests;

public sealed class ErrorsTests : IDisposable
{
    private const string Path = "/logistics/202309/warehouses";
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    private static string Envelope(int code, string message) =>
        $$"""{"code":{{code}},"message":"{{message}}","request_id":"REQ-{{code}}","data":null}""";

    [Theory]
    [InlineData(105005, "Access denied: scope", typeof(PermissionException))]
    [InlineData(36009033, "Access denied. Your IP address is not in the IP allow list", typeof(PermissionException))]
    [InlineData(21008106, "This interface cannot be used in this region", typeof(PermissionException))]
    [InlineData(106001, "Invalid credentials. The sign query parameter is invalid.", typeof(AuthenticationException))]
    [InlineData(101000, "Invalid query or header", typeof(AuthenticationException))]
    [InlineData(36004005, "can not find related auth record", typeof(AuthenticationException))]
    [InlineData(36009004, "Invalid timestamp. The timestamp must not be earlier than 5 minutes", typeof(AuthenticationException))]
    [InlineData(36009004, "Unexpected identifier. The shop_cipher query parameter is not required for this request.", typeof(ValidationException))]
    [InlineData(106013, "Missing identifier. The shop_cipher query parameter is required", typeof(ValidationException))]
    [InlineData(36009014, "Invalid API version", typeof(ValidationException))]
    [InlineData(21008111, "The order or package does not belong to the current seller.", typeof(NotFoundException))]
    [InlineData(36009002, "Too many requests.", typeof(RateLimitedException))]
    [InlineData(36009003, "Internal error. Please try again.", typeof(ServerException))]
    [InlineData(36009007, "Request timeout.", typeof(ServerException))]
    [InlineData(12345678, "Something new", typeof(PodConnectException))]
    public async Task Every_code_family_maps_to_its_exception_with_code_message_and_request_id(int code, string message, Type expected)
    {
        // Envelope errors come back under HTTP 200: the code decides, not the status.
        _h.Fake.Faults.Add(Fault.Status(200, Envelope(code, message)), Path);

        var ex = await Assert.ThrowsAnyAsync<PodConnectException>(() => _h.Shop.Logistics.GetWarehousesAsync());

        Assert.Equal(expected, ex.GetType());
        Assert.Equal(code.ToString(), ex.ErrorCode);
        Assert.Equal("REQ-" + code, ex.RequestId);
        Assert.Equal(message, ex.Details.ServiceMessage);
        Assert.Equal("tiktok-shop", ex.Service);
        Assert.Single(_h.RequestsTo(Path)); // an envelope error is not a transient failure
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_honoured_and_the_call_succeeds()
    {
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.FromSeconds(2), Envelope(36009002, "Too many requests.")), Path);

        var warehouses = await _h.Pump(_h.Shop.Logistics.GetWarehousesAsync());

        Assert.Single(warehouses);
        var calls = _h.RequestsTo(Path).ToList();
        Assert.Equal(2, calls.Count);
        var waited = long.Parse(calls[1].QueryValue("timestamp")!) - long.Parse(calls[0].QueryValue("timestamp")!);
        Assert.True(waited >= 2, $"retried after {waited} s, Retry-After said 2 s");
    }

    [Fact]
    public async Task Rate_limit_that_persists_surfaces_with_retry_after()
    {
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.FromSeconds(1), Envelope(36009002, "Too many requests.")), Path, times: 10);

        var ex = await Assert.ThrowsAsync<RateLimitedException>(() => _h.Pump(_h.Shop.Logistics.GetWarehousesAsync()));

        Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
        Assert.Equal("36009002", ex.ErrorCode);
        Assert.Equal(429, ex.StatusCode);
        Assert.Equal(4, _h.RequestsTo(Path).Count()); // first attempt + 3 retries
    }

    [Fact]
    public async Task Retries_are_restamped_and_resigned()
    {
        // Retry-After of 2 s: each retry goes out in a later second than the one before.
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.FromSeconds(2)), Path, times: 2);

        await _h.Pump(_h.Shop.Logistics.GetWarehousesAsync());

        var calls = _h.RequestsTo(Path).ToList();
        Assert.Equal(3, calls.Count);
        Assert.Equal(0, calls[2].TikTokCode()); // the fake verified the third attempt's signature
        Assert.Equal(3, calls.Select(c => c.QueryValue("timestamp")).Distinct().Count());
        Assert.Equal(3, calls.Select(c => c.QueryValue("sign")).Distinct().Count());
        Assert.All(calls, c => Assert.Single(c.Query, p => p.Key == "sign"));
    }

    [Fact]
    public async Task Malformed_json_is_a_typed_error_not_a_null_reference()
    {
        _h.Fake.Faults.Add(Fault.MalformedBody(), Path);
        await Assert.ThrowsAsync<MalformedResponseException>(() => _h.Shop.Logistics.GetWarehousesAsync());

        _h.Fake.Faults.Add(Fault.MalformedBody("""{"message":"no code"}"""), Path);
        await Assert.ThrowsAsync<MalformedResponseException>(() => _h.Shop.Logistics.GetWarehousesAsync());

        _h.Fake.Faults.Add(Fault.MalformedBody("""{"code":0,"data":{"warehouses":[{"id":7}]}}"""), Path);
        await Assert.ThrowsAsync<MalformedResponseException>(() => _h.Shop.Logistics.GetWarehousesAsync());

        _h.Fake.Faults.Add(Fault.MalformedBody("""<html>gateway</html>"""), Path);
        await Assert.ThrowsAsync<MalformedResponseException>(() => _h.Shop.Logistics.GetWarehousesAsync());
    }

    [Fact]
    public async Task Html_5xx_without_envelope_is_a_server_error_after_retries()
    {
        _h.Fake.Faults.Add(Fault.Status(502, "<html>Bad gateway</html>"), Path, times: 10);
        var ex = await Assert.ThrowsAsync<ServerException>(() => _h.Pump(_h.Shop.Logistics.GetWarehousesAsync()));
        Assert.Equal(502, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
    }

    [Fact]
    public async Task Dropped_connection_on_a_read_is_retried()
    {
        _h.Fake.Faults.Add(Fault.DropConnection(), Path);
        var warehouses = await _h.Pump(_h.Shop.Logistics.GetWarehousesAsync());
        Assert.Single(warehouses);
    }

    [Fact]
    public async Task Errors_never_contain_the_secret_or_the_token()
    {
        var token = (await _h.Tokens.GetAsync(FakeTikTokShop.DefaultSellerId))!.AccessToken;
        _h.Fake.Faults.Add(Fault.Status(200, Envelope(106001, "Invalid credentials.")), Path);

        var ex = await Assert.ThrowsAsync<AuthenticationException>(() => _h.Shop.Logistics.GetWarehousesAsync());

        var text = ex.ToString();
        Assert.DoesNotContain(_h.Fake.AppSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("sign=", text, StringComparison.Ordinal);
    }
}
