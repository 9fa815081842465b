using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using PodConnect.AspNetCore.HealthChecks;
using PodConnect.Dispatch;
using PodConnect.Stores;

namespace PodConnect.AspNetCore.Tests.HealthChecks;

public sealed class LateDispatchHealthCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, HealthStatus.Healthy)]
    [InlineData(2, HealthStatus.Healthy)]
    [InlineData(3, HealthStatus.Degraded)]   // 3% reaches the early warning
    [InlineData(4, HealthStatus.Degraded)]   // exactly TikTok's 4% is still within it
    [InlineData(5, HealthStatus.Unhealthy)]  // over 4%
    public async Task The_late_dispatch_rate_over_30_days_is_judged_against_the_thresholds(int lateOf100, HealthStatus expected)
    {
        await using var services = Services();
        await RecordAsync(services, dispatched: 100, late: lateOf100, at: Now.AddDays(-1));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries[PodConnectHealthCheckNames.LateDispatch];
        Assert.Equal(expected, entry.Status);
        Assert.Equal(lateOf100, entry.Data["late"]);
        Assert.Equal(100, entry.Data["dispatched"]);
        Assert.Contains(PodConnectHealthCheckNames.Tag, entry.Tags);
        Assert.DoesNotContain("order-", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatches_older_than_the_window_no_longer_count()
    {
        await using var services = Services();
        await RecordAsync(services, dispatched: 10, late: 10, at: Now.AddDays(-31));
        await RecordAsync(services, dispatched: 100, late: 0, at: Now.AddDays(-1));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task A_shop_with_no_dispatches_yet_is_healthy()
    {
        await using var services = Services();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task Custom_thresholds_apply()
    {
        await using var services = Services(o => (o.LateDispatchDegradedAt, o.LateDispatchThreshold) = (0.01, 0.02));
        await RecordAsync(services, dispatched: 100, late: 3, at: Now.AddDays(-1));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
    }

    [Fact]
    public void A_degraded_rate_above_the_threshold_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddHealthChecks().AddPodConnect(o => o.LateDispatchDegradedAt = 0.05));

        Assert.Equal(nameof(PodConnect.AspNetCore.HealthChecks.PodConnectHealthCheckOptions.LateDispatchDegradedAt), error.ParamName);
    }

    [Fact]
    public async Task An_unhealthy_shop_answers_503_on_the_health_endpoint()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        builder.Services.AddPodConnect(_ => { });
        builder.Services.AddHealthChecks().AddPodConnect();
        await using var app = builder.Build();
        app.MapHealthChecks("/health");
        await app.StartAsync();
        await RecordAsync(app.Services, dispatched: 10, late: 1, at: Now.AddHours(-1));

        using var client = app.GetTestClient();
        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        await app.StopAsync();
    }

    private static ServiceProvider Services(Action<PodConnect.AspNetCore.HealthChecks.PodConnectHealthCheckOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddPodConnect(_ => { });
        services.AddHealthChecks().AddPodConnect(configure);
        return services.BuildServiceProvider();
    }

    private static async Task RecordAsync(IServiceProvider services, int dispatched, int late, DateTimeOffset at)
    {
        var store = services.GetRequiredService<IDispatchLedgerStore>();
        for (var i = 0; i < dispatched; i++)
        {
            var deadline = i < late ? at.AddHours(-1) : at.AddHours(1);
            await store.TryRecordAsync(new DispatchRecord($"order-{at:yyyyMMdd}-{i}", deadline, at));
        }
    }
}
