using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PodConnect.AspNetCore.HealthChecks;
using PodConnect.Health;
using PodConnect.Stores;

namespace PodConnect.AspNetCore.Tests.HealthChecks;

/// <summary>
/// The other three shop-health metrics follow the hub's own state (the worst shop decides), and a shared store's
/// probe makes its check Unhealthy while the store does not answer.
/// </summary>
public sealed class ShopHealthAndStoreChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(HealthState.Healthy, HealthState.Healthy, HealthStatus.Healthy)]
    [InlineData(HealthState.Healthy, HealthState.Near, HealthStatus.Degraded)]
    [InlineData(HealthState.Over, HealthState.Near, HealthStatus.Unhealthy)]
    public async Task Each_metric_is_judged_by_the_worst_shop(HealthState shopA, HealthState shopB, HealthStatus expected)
    {
        await using var provider = Services(new FixedShopHealth(
            Snapshot("shop-a", HealthMetric.ValidTracking, shopA),
            Snapshot("shop-b", HealthMetric.ValidTracking, shopB)));

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries[PodConnectHealthCheckNames.ShopHealth(HealthMetric.ValidTracking)];
        Assert.Equal(expected, entry.Status);
        Assert.Equal(2, entry.Data.Count); // one line per shop id, no order ids
        // The other metrics of the same shops are healthy: each check judges its own metric only.
        Assert.Equal(HealthStatus.Healthy, report.Entries[PodConnectHealthCheckNames.ShopHealth(HealthMetric.OnTimeDelivery)].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries[PodConnectHealthCheckNames.ShopHealth(HealthMetric.SellerFaultCancellation)].Status);
    }

    [Fact]
    public async Task Without_orders_the_shop_health_checks_are_healthy()
    {
        await using var provider = Services(new FixedShopHealth());

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(
            ["podconnect-late-dispatch", "podconnect-on-time-delivery", "podconnect-seller-fault-cancellation", "podconnect-valid-tracking"],
            report.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.All(report.Entries.Values, e => Assert.Equal(HealthStatus.Healthy, e.Status));
    }

    [Fact]
    public async Task A_store_that_does_not_answer_its_probe_is_unhealthy_and_healthy_again_when_it_does()
    {
        var probe = new SwitchableProbe();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPodConnect(_ => { });
        services.AddSingleton<IStoreHealthProbe>(probe);
        services.AddHealthChecks().AddPodConnect();
        await using var provider = services.BuildServiceProvider();
        var checks = provider.GetRequiredService<HealthCheckService>();

        probe.Healthy = false;
        var down = (await checks.CheckHealthAsync()).Entries[PodConnectHealthCheckNames.Store("redis")];
        probe.Healthy = true;
        var up = (await checks.CheckHealthAsync()).Entries[PodConnectHealthCheckNames.Store("redis")];

        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Contains("places nothing", down.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, up.Status);
    }

    private static ServiceProvider Services(IShopHealth health)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPodConnect(_ => { });
        services.AddSingleton(health);
        services.AddHealthChecks().AddPodConnect();
        return services.BuildServiceProvider();
    }

    /// <summary>A snapshot whose <paramref name="metric"/> is in <paramref name="state"/> and every other metric healthy.</summary>
    private static ShopHealthSnapshot Snapshot(string shopId, HealthMetric metric, HealthState state)
    {
        var rule = new HealthRule(TimeSpan.FromDays(30), 0.05);
        var metrics = Enum.GetValues<HealthMetric>().Select(m =>
        {
            var s = m == metric ? state : HealthState.Healthy;
            var bad = s switch { HealthState.Over => 10, HealthState.Near => 4, _ => 0 };
            var rate = new HealthRate(m, bad, 100, rule.Limit, Now - rule.Window, Now);
            return new MetricHealth(m, rule, rate, rate, s);
        }).ToList();
        return new ShopHealthSnapshot(shopId, Domain.CountryCode.GB, Now, metrics, RoutingStance.Normal);
    }

    private sealed class FixedShopHealth(params ShopHealthSnapshot[] snapshots) : IShopHealth
    {
        public ValueTask<ShopHealthSnapshot> GetSnapshotAsync(string shopId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(snapshots.Single(s => s.ShopId == shopId));

        public ValueTask<IReadOnlyList<ShopHealthSnapshot>> GetSnapshotsAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<ShopHealthSnapshot>>(snapshots);
    }

    private sealed class SwitchableProbe : IStoreHealthProbe
    {
        public bool Healthy { get; set; } = true;

        public string Name => "redis";

        public ValueTask<StoreHealth> CheckAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Healthy ? new StoreHealth(true, "ping 0.3 ms", TimeSpan.FromMilliseconds(0.3)) : new StoreHealth(false, "connection refused"));
    }
}
