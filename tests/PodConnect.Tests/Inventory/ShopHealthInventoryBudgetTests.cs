using PodConnect.Domain;
using PodConnect.Health;
using PodConnect.Inventory;

namespace PodConnect.Tests.Inventory;

/// <summary>The built-in health budget: what the shop's health lets the inventory guard offer per SKU.</summary>
public sealed class ShopHealthInventoryBudgetTests
{
    private const string Shop = "shop-1";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_healthy_shop_has_no_limit()
    {
        Assert.Null(ShopHealthInventoryBudget.AllowanceOf(Snapshot(), nearAllowance: 0, overAllowance: 0));
    }

    [Theory]
    [InlineData(HealthMetric.LateDispatch)]
    [InlineData(HealthMetric.OnTimeDelivery)]
    [InlineData(HealthMetric.SellerFaultCancellation)]
    public void A_metric_more_orders_can_worsen_stops_sales_when_Over(HealthMetric metric)
    {
        var snapshot = Snapshot((metric, HealthState.Over, 0));

        Assert.Equal(0, ShopHealthInventoryBudget.AllowanceOf(snapshot, nearAllowance: 0, overAllowance: 0));
        Assert.Equal(2, ShopHealthInventoryBudget.AllowanceOf(snapshot, nearAllowance: 0, overAllowance: 2));
    }

    [Fact]
    public void Near_caps_each_SKU_at_the_least_headroom_of_the_Near_metrics()
    {
        var snapshot = Snapshot((HealthMetric.LateDispatch, HealthState.Near, 7), (HealthMetric.SellerFaultCancellation, HealthState.Near, 3));

        Assert.Equal(3, ShopHealthInventoryBudget.AllowanceOf(snapshot, nearAllowance: 2, overAllowance: 0));
    }

    [Fact]
    public void Exhausted_headroom_allows_nothing_more()
    {
        Assert.Equal(0, ShopHealthInventoryBudget.AllowanceOf(Snapshot((HealthMetric.LateDispatch, HealthState.Near, 0)), nearAllowance: 0, overAllowance: 5));
    }

    [Fact]
    public void A_young_shop_Near_with_no_headroom_still_sells_the_near_allowance_so_it_is_never_stuck()
    {
        var snapshot = Snapshot((HealthMetric.LateDispatch, HealthState.Near, 0), (HealthMetric.SellerFaultCancellation, HealthState.Near, 8));

        Assert.Equal(5, ShopHealthInventoryBudget.AllowanceOf(snapshot, nearAllowance: 5, overAllowance: 0));
    }

    [Fact]
    public void Over_wins_over_a_larger_Near_headroom()
    {
        var snapshot = Snapshot((HealthMetric.LateDispatch, HealthState.Near, 40), (HealthMetric.OnTimeDelivery, HealthState.Over, 0));

        Assert.Equal(1, ShopHealthInventoryBudget.AllowanceOf(snapshot, nearAllowance: 0, overAllowance: 1));
    }

    [Theory]
    [InlineData(HealthState.Near)]
    [InlineData(HealthState.Over)]
    public void Valid_tracking_does_not_limit_sales_because_selling_less_does_not_fix_carrier_scans(HealthState state)
    {
        Assert.Null(ShopHealthInventoryBudget.AllowanceOf(Snapshot((HealthMetric.ValidTracking, state, 0)), nearAllowance: 0, overAllowance: 0));
    }

    [Fact]
    public async Task Allowances_follow_the_snapshot_read_at_the_last_refresh_per_shop()
    {
        var health = new FakeShopHealth();
        var budget = new ShopHealthInventoryBudget(health, nearAllowance: 5, overAllowance: 0);
        Assert.Null(budget.Allowance(Shop, "TEE")); // never read: no limit

        health.Next = Snapshot((HealthMetric.LateDispatch, HealthState.Over, 0));
        await budget.RefreshAsync([Shop], CancellationToken.None);
        Assert.Equal(0, budget.Allowance(Shop, "TEE"));
        Assert.Null(budget.Allowance("other-shop", "TEE"));

        health.Next = Snapshot();
        await budget.RefreshAsync([Shop], CancellationToken.None);
        Assert.Null(budget.Allowance(Shop, "TEE"));
    }

    private static ShopHealthSnapshot Snapshot(params (HealthMetric Metric, HealthState State, int Headroom)[] overrides)
    {
        var metrics = Enum.GetValues<HealthMetric>().Select(metric =>
        {
            var rule = HealthRules.Default.For(CountryCode.GB, metric);
            var (state, headroom) = overrides.Where(o => o.Metric == metric).Select(o => (o.State, o.Headroom)).DefaultIfEmpty((HealthState.Healthy, 50)).First();
            var rate = RateWithHeadroom(metric, rule.Limit, headroom);
            return new MetricHealth(metric, rule, rate, rate, state);
        }).ToList();
        return new ShopHealthSnapshot(Shop, CountryCode.GB, Now, metrics, RoutingStance.Normal);
    }

    /// <summary>A rate of 1,000 counted outcomes with the fewest bad ones that leave exactly <paramref name="headroom"/> (0 when past the limit).</summary>
    private static HealthRate RateWithHeadroom(HealthMetric metric, double limit, int headroom)
    {
        const int counted = 1_000;
        var threshold = HealthRate.MaxBadFraction(metric, limit);
        for (var bad = 0; bad <= counted; bad++)
        {
            if (HealthRate.HeadroomFor(bad, counted, threshold) <= headroom)
            {
                return new HealthRate(metric, bad, counted, limit, Now.AddDays(-30), Now);
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private sealed class FakeShopHealth : IShopHealth
    {
        public ShopHealthSnapshot? Next { get; set; }

        public ValueTask<ShopHealthSnapshot> GetSnapshotAsync(string shopId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Next ?? throw new InvalidOperationException("no snapshot set"));

        public ValueTask<IReadOnlyList<ShopHealthSnapshot>> GetSnapshotsAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<ShopHealthSnapshot>>(Next is null ? [] : [Next]);
    }
}
