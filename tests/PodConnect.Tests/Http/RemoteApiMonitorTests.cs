using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Http.Reachability;
using PodConnect.Http.Resilience;
using PodConnect.Testing.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PodConnect.Tests.Http;

/// <summary>Every client on PodConnect's pipeline reports its calls' outcomes to one monitor, with no code of its own.</summary>
public sealed class RemoteApiMonitorTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly WireMockServer _server = LoopbackWireMock.Start();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ServiceProvider _provider;

    public RemoteApiMonitorTests()
    {
        _server.Given(Request.Create().WithPath("/ok")).RespondWith(Response.Create().WithStatusCode(200));
        _server.Given(Request.Create().WithPath("/missing")).RespondWith(Response.Create().WithStatusCode(404));
        _server.Given(Request.Create().WithPath("/down")).RespondWith(Response.Create().WithStatusCode(503));
        _server.Given(Request.Create().WithPath("/denied")).RespondWith(Response.Create().WithStatusCode(401));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        foreach (var api in new[] { "alpha", "beta" })
        {
            services.AddHttpClient(api, c => c.BaseAddress = new Uri(_server.Url!))
                .AddPodConnectResilience("podconnect-" + api, o => (o.MaxRetryAttempts, o.PermitsPerSecond) = (0, 0));
        }

        _provider = services.BuildServiceProvider();
    }

    private RemoteApiMonitor Monitor => _provider.GetRequiredService<RemoteApiMonitor>();

    public void Dispose()
    {
        _provider.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    [Fact]
    public void Every_client_on_the_pipeline_is_known_before_its_first_call()
    {
        Assert.Equal(["alpha", "beta"], Monitor.Apis);
        Assert.Equal(new RemoteApiStatus("alpha", null, null, null, 0, RemoteApiFailure.None), Monitor.GetStatus("alpha"));
    }

    [Fact]
    public async Task A_success_and_a_run_of_failures_are_recorded_per_api()
    {
        using var alpha = Client("alpha");
        (await alpha.GetAsync("/ok")).Dispose();
        _time.Advance(TimeSpan.FromMinutes(1));
        (await alpha.GetAsync("/down")).Dispose();
        _time.Advance(TimeSpan.FromMinutes(1));
        (await alpha.GetAsync("/down")).Dispose();

        var status = Monitor.GetStatus("alpha");
        Assert.Equal(Start, status.LastSuccessAt);
        Assert.Equal(Start.AddMinutes(1), status.FailingSince);
        Assert.Equal(Start.AddMinutes(2), status.LastFailureAt);
        Assert.Equal(2, status.ConsecutiveFailures);
        Assert.Equal(RemoteApiFailure.ServerError, status.LastFailure);
        Assert.Null(Monitor.GetStatus("beta").LastSuccessAt); // the other API saw nothing
    }

    [Fact]
    public async Task A_not_found_shows_the_api_serving_and_ends_a_run_of_failures()
    {
        using var alpha = Client("alpha");
        (await alpha.GetAsync("/denied")).Dispose();
        Assert.Equal(RemoteApiFailure.Unauthorized, Monitor.GetStatus("alpha").LastFailure);

        _time.Advance(TimeSpan.FromSeconds(10));
        (await alpha.GetAsync("/missing")).Dispose();

        var status = Monitor.GetStatus("alpha");
        Assert.Equal(Start.AddSeconds(10), status.LastSuccessAt);
        Assert.Null(status.FailingSince);
        Assert.Equal(0, status.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_refused_connection_is_a_failure_and_a_cancelled_call_is_nothing()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddHttpClient("gamma", c => c.BaseAddress = new Uri("http://127.0.0.1:1/"))
            .AddPodConnectResilience("podconnect-gamma", o => (o.MaxRetryAttempts, o.PermitsPerSecond) = (0, 0));
        await using var provider = services.BuildServiceProvider();
        using var gamma = provider.GetRequiredService<IHttpClientFactory>().CreateClient("gamma");
        var monitor = provider.GetRequiredService<RemoteApiMonitor>();

        await Assert.ThrowsAsync<HttpRequestException>(() => gamma.GetAsync("/x"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gamma.GetAsync("/x", cancelled.Token));

        var status = monitor.GetStatus("gamma");
        Assert.Equal(RemoteApiFailure.ConnectionFailed, status.LastFailure);
        Assert.Equal(1, status.ConsecutiveFailures);
    }

    [Fact]
    public void Asking_for_an_unregistered_api_names_the_registered_ones()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Monitor.GetStatus("gelato"));

        Assert.Contains("alpha, beta", error.Message, StringComparison.Ordinal);
    }

    private HttpClient Client(string api) => _provider.GetRequiredService<IHttpClientFactory>().CreateClient(api);
}
