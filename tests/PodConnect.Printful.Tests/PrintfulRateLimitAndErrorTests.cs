using PodConnect.Printful.Internal;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Testing.Printful;
using PodConnect.Testing.Common;

namespace PodConnect.Printful.Tests;

public sealed class PrintfulRateLimitAndErrorTests
{
    [Fact]
    public async Task Rate_limit_headers_are_tracked_from_every_answer()
    {
        using var h = new PrintfulHarness();
        await h.Provider.FindOrderByExternalIdAsync("nothing");

        Assert.InRange(h.RateLimit.Remaining!.Value, 0, 119);
        Assert.True(h.RateLimit.PausedUntil <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_read_succeeds()
    {
        using var h = new PrintfulHarness();
        h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.Zero), "/orders/", times: 2, method: HttpMethod.Get);

        Assert.Null(await h.Provider.FindOrderByExternalIdAsync("nothing"));
        Assert.Equal(3, h.Fake.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task A_429_without_retry_after_takes_its_wait_from_X_Ratelimit_Reset()
    {
        using var h = new PrintfulHarness();
        h.Fake.ThrottledResetSeconds = 0.2;
        h.Fake.Faults.Add(Fault.RateLimited(null), "/orders/", method: HttpMethod.Get);

        Assert.Null(await h.Provider.FindOrderByExternalIdAsync("nothing"));
        Assert.Equal(2, h.Fake.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task A_bare_v1_429_means_the_60_second_lockout_which_surfaces_typed_and_pauses_later_calls()
    {
        using var h = new PrintfulHarness(resilience: r => r.MaxRetryAfter = TimeSpan.FromSeconds(5));
        h.Fake.Faults.Add(Fault.RateLimited(null), "/orders/", method: HttpMethod.Get);
        var before = DateTimeOffset.UtcNow;

        var error = await Assert.ThrowsAsync<RateLimitedException>(() => h.Provider.FindOrderByExternalIdAsync("nothing"));

        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
        Assert.Contains("too many requests", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(h.RateLimit.PausedUntil >= before.AddSeconds(59));
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public async Task A_429_with_a_hostile_X_Ratelimit_Reset_is_a_typed_rate_limit_not_an_overflow(string reset)
    {
        // Before: X-Ratelimit-Reset: 1e309 parsed as infinity and TimeSpan.FromSeconds threw OverflowException.
        using var h = new PrintfulHarness(resilience: r => r.MaxRetryAfter = TimeSpan.FromSeconds(5));
        h.Fake.Faults.Add(Fault.Status(429, "{\"code\":429,\"result\":\"Too many requests\"}", new Dictionary<string, string>
        {
            ["X-Ratelimit-Remaining"] = reset,
            ["X-Ratelimit-Reset"] = reset,
        }), "/orders/", method: HttpMethod.Get);

        // Either waited out and answered, or handed back typed: never an OverflowException, never a pause beyond a day.
        try
        {
            Assert.Null(await h.Provider.FindOrderByExternalIdAsync("nothing"));
        }
        catch (RateLimitedException error)
        {
            Assert.True(error.RetryAfter is null || error.RetryAfter <= TimeSpan.FromDays(1));
        }

        Assert.True(h.RateLimit.PausedUntil < DateTimeOffset.UtcNow.AddDays(2));
        Assert.True(h.RateLimit.Remaining is null or >= 0);
    }

    [Fact]
    public async Task A_malformed_body_is_a_typed_error()
    {
        using var h = new PrintfulHarness();
        h.Fake.Faults.Add(Fault.MalformedBody("{\"id\": \"truncated"), "/orders/", method: HttpMethod.Get);
        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => h.Provider.GetOrderAsync("123"));
        Assert.Equal("printful", error.Service);
    }

    [Fact]
    public async Task A_wrong_token_is_an_authentication_error_without_the_token_in_it()
    {
        using var fake = FakePrintful.Start(accessToken: "right-token");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddPrintful(o => { o.AccessToken = "wrong-token"; o.BaseAddress = fake.BaseAddress; }));
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => provider.GetRequiredService<PrintfulPodProvider>().GetOrderAsync("1"));
        Assert.DoesNotContain("wrong-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_numeric_order_id_is_refused_before_any_call()
    {
        using var h = new PrintfulHarness();
        await Assert.ThrowsAsync<ArgumentException>(() => h.Provider.GetOrderAsync("@576461413038785752"));
        Assert.Empty(h.Fake.Requests);
    }

    [Theory]
    [InlineData(400, """{"code":400,"result":"OR-13 EXTERNAL_ID_IN_USE","error":{"reason":"BadRequest","message":"OR-13 EXTERNAL_ID_IN_USE"}}""", typeof(ConflictException), "OR-13")]
    [InlineData(409, """{"code":409,"result":"Order with this external ID already exists","error":{"reason":"Conflict","message":"Order with this external ID already exists"}}""", typeof(ConflictException), "OR-13")]
    [InlineData(400, """{"code":400,"result":"Missing required parameters","error":{"reason":"BadRequest","message":"Missing required parameters"}}""", typeof(ValidationException), "BadRequest")]
    [InlineData(404, """{"code":404,"result":"Not Found","error":{"reason":"NotFound","message":"Not Found"}}""", typeof(NotFoundException), "NotFound")]
    [InlineData(400, """{"type":"https://developers.printful.com/docs/v2-beta/#errors/invalid-parameter","status":400,"title":"Invalid parameter","details":"quantity must be positive","instance":"tag:api.printful.com,2024:abc"}""", typeof(ValidationException), "invalid-parameter")]
    [InlineData(502, "<html>Bad gateway</html>", typeof(ServerException), null)]
    public async Task Both_error_shapes_classify(int status, string body, Type expected, string? code)
    {
        var funnel = new PrintfulErrorFunnel(TimeProvider.System);
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var error = await funnel.CreateExceptionAsync(response);

        Assert.IsType(expected, error);
        Assert.Equal(code, error.ErrorCode);
        if (body.Contains("instance", StringComparison.Ordinal))
        {
            Assert.Equal("tag:api.printful.com,2024:abc", error.RequestId);
            Assert.Contains("quantity must be positive", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bulk_shipping_rate_requests_get_five_slots_a_minute_and_small_ones_pass()
    {
        using var gate = new PrintfulShippingRateGate();
        for (var i = 0; i < 5; i++)
        {
            (await gate.EnterAsync(101)).Dispose();
        }

        var sixth = gate.EnterAsync(150).AsTask();
        Assert.False(sixth.IsCompleted);
        (await gate.EnterAsync(100)).Dispose();
        gate.Dispose();
        await Assert.ThrowsAnyAsync<Exception>(() => sixth);
    }
}

public sealed class PrintfulRegistrationTests
{
    [Fact]
    public void Bad_settings_fail_at_start_naming_each_setting()
    {
        var services = new ServiceCollection();
        PodConnect.DependencyInjection.PodProviderBuilder? builder = null;
        services.AddPodConnect(b => builder = b.AddPrintful(o =>
        {
            o.BaseAddress = new Uri("http://api.printful.example/");
            o.StoreId = "store-one";
        }));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("PrintfulClientOptions.AccessToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("PrintfulClientOptions.BaseAddress must use https", error.Message, StringComparison.Ordinal);
        Assert.Contains("PrintfulClientOptions.StoreId", error.Message, StringComparison.Ordinal);
        Assert.Equal(PrintfulClient.HttpClientName, builder!.HttpClient.Name);
    }

    [Fact]
    public void Adding_Printful_twice_registers_it_once_and_resolves_it_by_name()
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddPrintful(o => o.AccessToken = "t").AddPrintful(o => o.StoreId = "42"));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(["printful"], provider.GetServices<PodConnect.Providers.IPodProvider>().Select(p => p.Name));
        Assert.Equal("printful", provider.GetRequiredKeyedService<PodConnect.Providers.IPodProvider>("printful").Name);
        Assert.Equal("42", provider.GetRequiredService<IOptions<PrintfulClientOptions>>().Value.StoreId);
        Assert.Same(provider.GetRequiredService<PrintfulRateLimitState>(), provider.GetRequiredService<PrintfulRateLimitState>());
    }

    [Fact]
    public void Options_never_print_secrets()
    {
        var text = new PrintfulClientOptions { AccessToken = "tok-1", WebhookSecretKey = "sec-2", WebhookUrlToken = "url-3" }.ToString();
        Assert.DoesNotContain("tok-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sec-2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("url-3", text, StringComparison.Ordinal);
    }
}
