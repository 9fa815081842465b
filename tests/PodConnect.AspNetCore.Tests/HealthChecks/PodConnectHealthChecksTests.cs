using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using PodConnect.AspNetCore.HealthChecks;
using PodConnect.AspNetCore.Tests.SampleHost;
using PodConnect.Http.Resilience;
using PodConnect.Testing.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PodConnect.AspNetCore.Tests.HealthChecks;

/// <summary><c>AddHealthChecks().AddPodConnect()</c> registers exactly the checks that apply, and each judges its signal.</summary>
public sealed class PodConnectHealthChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Without_the_loop_or_a_client_only_the_late_dispatch_check_is_added()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHealthChecks().AddPodConnect(); // before AddPodConnect: what is registered is read later
        services.AddPodConnect(_ => { });
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal([PodConnectHealthCheckNames.LateDispatch], report.Entries.Keys);
    }

    [Fact]
    public async Task The_sample_host_gets_the_loop_each_remote_api_and_the_late_dispatch_rate_all_healthy()
    {
        await using var host = new SampleHostFactory();
        using var client = host.CreateClient();
        await host.WaitUntilAsync(() => host.Monitor.Status.CompletedPasses > 0, "the first pass");

        using var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [
                "podconnect-api-gelato", "podconnect-api-printful", "podconnect-api-printify", "podconnect-api-prodigi", "podconnect-api-tiktokshop", "podconnect-fulfillment-loop", "podconnect-late-dispatch",
                "podconnect-on-time-delivery", "podconnect-seller-fault-cancellation", "podconnect-valid-tracking",
            ],
            report.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.All(report.Entries.Values, e => Assert.Equal(HealthStatus.Healthy, e.Status));
        Assert.Contains("\"podconnect-fulfillment-loop\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("fake_app_secret", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loop_that_is_not_running_is_unhealthy()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddSingleton<Marketplaces.IMarketplace>(new Testing.InProcess.InProcessMarketplace(new FakeTimeProvider(Now)));
        services.AddSingleton<Providers.IPodProvider>(new Testing.InProcess.InProcessPodProvider("gelato", new FakeTimeProvider(Now), seed: 1));
        services.AddPodConnect(pod => pod
            .UseCatalog(Catalog.ProductCatalog.Create().Add("TEE", Domain.ProductKind.TShirt, p => p.At("gelato", "tee")).Build())
            .RunFulfillment()); // registered, but the host (and with it the hosted loop) never started
        services.AddHealthChecks().AddPodConnect();
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var loop = report.Entries[PodConnectHealthCheckNames.FulfillmentLoop];
        Assert.Equal(HealthStatus.Unhealthy, loop.Status);
        Assert.Equal(false, loop.Data["running"]);
    }

    [Fact]
    public async Task A_remote_api_is_degraded_while_failing_unhealthy_after_the_configured_run_and_healthy_on_success()
    {
        using var server = LoopbackWireMock.Start();
        server.Given(Request.Create().WithPath("/down")).RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().WithPath("/ok")).RespondWith(Response.Create().WithStatusCode(200));
        var time = new FakeTimeProvider(Now);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddHttpClient("alpha", c => c.BaseAddress = new Uri(server.Url!))
            .AddPodConnectResilience("podconnect-alpha", o => (o.MaxRetryAttempts, o.PermitsPerSecond) = (0, 0));
        services.AddHealthChecks().AddPodConnect(o => (o.RemoteApiUnhealthyAfter, o.RemoteApiUnhealthyFailures) = (TimeSpan.FromMinutes(5), 3));
        await using var provider = services.BuildServiceProvider();
        using var alpha = provider.GetRequiredService<IHttpClientFactory>().CreateClient("alpha");
        var health = provider.GetRequiredService<HealthCheckService>();
        async Task<HealthReportEntry> CheckAsync() => (await health.CheckHealthAsync()).Entries[PodConnectHealthCheckNames.RemoteApi("alpha")];

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status); // no call yet
        (await alpha.GetAsync("/down")).Dispose();
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status); // one failure and silence is not an outage
        (await alpha.GetAsync("/down")).Dispose();
        (await alpha.GetAsync("/down")).Dispose();
        var unhealthy = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Equal(3, unhealthy.Data["consecutiveFailures"]);
        (await alpha.GetAsync("/ok")).Dispose();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public void An_unhealthy_queue_age_below_the_degraded_one_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddHealthChecks().AddPodConnect(o => o.LoopQueueAgeUnhealthyAt = TimeSpan.FromSeconds(1)));

        Assert.Equal(nameof(PodConnectHealthCheckOptions.LoopQueueAgeUnhealthyAt), error.ParamName);
    }
}
