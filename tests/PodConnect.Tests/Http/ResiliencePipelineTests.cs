using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Http.Resilience;
using PodConnect.Testing.Time;
using PodConnect.Testing.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PodConnect.Tests.Http;

public sealed class ResiliencePipelineTests : IDisposable
{
    private const string Pipeline = "podconnect-sample";
    private readonly WireMockServer _server = LoopbackWireMock.Start();
    private ServiceProvider? _provider;

    public void Dispose()
    {
        _provider?.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private HttpClient Client(Action<PodConnectResilienceOptions>? configure = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddHttpClient("sample", c => c.BaseAddress = new Uri(_server.Url!))
            .AddPodConnectResilience(Pipeline, o =>
            {
                o.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.MaxDelay = TimeSpan.FromMilliseconds(5);
                configure?.Invoke(o);
            });
        _provider = services.BuildServiceProvider();
        return _provider.GetRequiredService<IHttpClientFactory>().CreateClient("sample");
    }

    /// <summary>First call answers <paramref name="first"/>, later calls 200.</summary>
    private void FailOnceThenSucceed(string path, int first, string? retryAfter = null)
    {
        var failure = Response.Create().WithStatusCode(first);
        if (retryAfter is not null)
        {
            failure = failure.WithHeader("Retry-After", retryAfter);
        }

        _server.Given(Request.Create().WithPath(path)).InScenario(path).WillSetStateTo("ok").RespondWith(failure);
        _server.Given(Request.Create().WithPath(path)).InScenario(path).WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
    }

    private int Calls(string path) => _server.LogEntries.Count(e => e.RequestMessage!.Path == path);

    [Fact]
    public void HttpClient_timeout_is_infinite_so_the_pipeline_owns_timeouts() =>
        Assert.Equal(Timeout.InfiniteTimeSpan, Client().Timeout);

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(429)]
    [InlineData(408)]
    public async Task Get_is_retried_on_transient_status(int status)
    {
        var http = Client();
        FailOnceThenSucceed("/get", status);

        using var response = await http.GetAsync(new Uri("/get", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Calls("/get"));
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var http = Client();
        FailOnceThenSucceed("/bad", 400);
        using var response = await http.GetAsync(new Uri("/bad", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, Calls("/bad"));
    }

    [Fact]
    public async Task Post_is_never_retried_unless_marked_retryable()
    {
        var http = Client();
        FailOnceThenSucceed("/post", 503);

        using var response = await http.PostAsync(new Uri("/post", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, Calls("/post"));
    }

    [Fact]
    public async Task Post_marked_retryable_is_retried_with_its_body()
    {
        var http = Client();
        FailOnceThenSucceed("/search", 503);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/search", UriKind.Relative))
        {
            Content = new StringContent("""{"q":1}"""),
        }.SetRetryable(true);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(_server.LogEntries, e => Assert.Equal("""{"q":1}""", e.RequestMessage!.Body));
        Assert.Equal(2, Calls("/search"));
    }

    [Fact]
    public async Task Get_marked_not_retryable_is_not_retried()
    {
        var http = Client();
        FailOnceThenSucceed("/once", 503);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/once", UriKind.Relative)).SetRetryable(false);
        using var response = await http.SendAsync(request);
        Assert.Equal(1, Calls("/once"));
    }

    [Fact]
    public async Task Retries_stop_after_max_attempts()
    {
        var http = Client(o => o.MaxRetryAttempts = 2);
        _server.Given(Request.Create().WithPath("/down")).RespondWith(Response.Create().WithStatusCode(503));
        using var response = await http.GetAsync(new Uri("/down", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, Calls("/down"));
    }

    [Fact]
    public async Task Retry_after_longer_than_the_cap_is_handed_back_not_waited()
    {
        var http = Client(o => o.MaxRetryAfter = TimeSpan.FromSeconds(5));
        FailOnceThenSucceed("/slow-down", 429, retryAfter: "120");

        using var response = await http.GetAsync(new Uri("/slow-down", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, Calls("/slow-down"));
        var ex = await Assert.ThrowsAsync<RateLimitedException>(() => new SampleFunnel(TimeProvider.System).ThrowIfFailedAsync(response));
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
    }

    [Fact]
    public async Task Retry_after_beyond_the_remaining_total_budget_is_handed_back()
    {
        // Allowed by MaxRetryAfter, but the whole call may only take 10 s: waiting 20 s could only time out.
        var http = Client(o => { o.MaxRetryAfter = TimeSpan.FromMinutes(5); o.TotalTimeout = TimeSpan.FromSeconds(10); o.AttemptTimeout = TimeSpan.FromSeconds(5); });
        FailOnceThenSucceed("/budget", 429, retryAfter: "20");

        using var response = await http.GetAsync(new Uri("/budget", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, Calls("/budget"));
    }

    [Fact]
    public async Task Retry_after_is_honoured_on_the_pipeline_clock()
    {
        // The computed backoff would be an hour; only Retry-After (3 s) can release the retry.
        var time = new ObservableFakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var http = Client(o => { o.BaseDelay = TimeSpan.FromHours(1); o.MaxDelay = TimeSpan.FromHours(1); o.TotalTimeout = TimeSpan.FromHours(3); }, time);
        FailOnceThenSucceed("/throttled", 429, retryAfter: "3");

        var call = http.GetAsync(new Uri("/throttled", UriKind.Relative));
        // Advance only once the retry delay is scheduled: advancing earlier would leave the delay due on a clock nobody moves.
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(3)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(call.IsCompleted);
        Assert.Equal(1, Calls("/throttled"));
        time.Advance(TimeSpan.FromSeconds(3));
        using var response = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Calls("/throttled"));
    }

    [Fact]
    public async Task Disposing_the_container_while_a_call_waits_for_a_retry_on_a_fake_clock_does_not_wait_for_that_clock()
    {
        // Polly's registry waits for in-flight calls before disposing a pipeline, timed on the pipeline's clock:
        // without PodConnect cancelling its calls at shutdown, this Dispose never returned.
        var time = new ObservableFakeTimeProvider();
        var http = Client(o => { o.MaxRetryAfter = TimeSpan.FromMinutes(5); o.TotalTimeout = TimeSpan.FromHours(1); }, time);
        _server.Given(Request.Create().WithPath("/down")).RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "120"));

        var call = http.GetAsync(new Uri("/down", UriKind.Relative));
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(120)).WaitAsync(TimeSpan.FromSeconds(30)); // the retry waits on the fake clock
        await Task.Run(() => _provider!.Dispose()).WaitAsync(TimeSpan.FromSeconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Attempt_timeout_surfaces_as_an_unknown_outcome()
    {
        var http = Client(o => { o.AttemptTimeout = TimeSpan.FromMilliseconds(100); o.TotalTimeout = TimeSpan.FromSeconds(5); });
        _server.Given(Request.Create().WithPath("/hang")).RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromMilliseconds(600)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/hang", UriKind.Relative));

        var ex = await Assert.ThrowsAsync<OutcomeUnknownException>(() => new SampleFunnel(TimeProvider.System).SendAsync(http, request));

        Assert.Contains("outcome is unknown", ex.Message, StringComparison.Ordinal);
        await WaitUntil(() => Calls("/hang") == 1); // WireMock logs a request once its delayed answer is written
        await Task.Delay(50);
        Assert.Equal(1, Calls("/hang"));
    }

    [Fact]
    public async Task Rate_limiter_budget_is_per_partition()
    {
        var http = Client(o => { o.PermitsPerSecond = 0.001; o.Burst = 1; o.QueueLimit = 0; });
        _server.Given(Request.Create().WithPath("/q")).RespondWith(Response.Create().WithStatusCode(200));
        var funnel = new SampleFunnel(TimeProvider.System);

        HttpRequestMessage Req(string shop) => new HttpRequestMessage(HttpMethod.Get, new Uri("/q", UriKind.Relative)).SetRateLimitPartition(shop);

        (await funnel.SendAsync(http, Req("shop-a"))).Dispose();
        (await funnel.SendAsync(http, Req("shop-b"))).Dispose();
        await Assert.ThrowsAsync<RateLimitedException>(() => funnel.SendAsync(http, Req("shop-a")));
        Assert.Equal(2, Calls("/q"));
    }

    [Fact]
    public void Invalid_settings_fail_with_a_message_naming_the_setting()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Client(o => o.AttemptTimeout = TimeSpan.Zero));
        Assert.Contains("podconnect-sample:AttemptTimeout", ex.Message, StringComparison.Ordinal);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
